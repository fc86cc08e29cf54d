import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { defaultInstrument } from '../src/instruments/default.js';
import { ABOUT, InstrumentSchema, type Instrument } from '../src/schema/instrument.js';
import type { Answers, Result } from '../src/schema/result.js';
import { computeScores } from '../src/components/checklist/scoring.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { button, shadow, textOf, until, walk } from './helpers.js';
import '../src/partenariat-checklist.js';
import '../src/partenariat-summary.js';

/**
 * What a federation's staff read: the default questionnaire 2.0.0 against its two source
 * documents and the content review (one idea per item, positive wording, who each item is about,
 * the impacts apart from the overall score, « Je ne sais pas » apart from « Ne s'applique pas »).
 */
const instrument = defaultInstrument as Instrument;
type Bilingual = { fr: string; en: string };

/** The documents' text, and a passage, made comparable: apostrophes, emphasis and spaces set aside. */
const normalize = (text: string) =>
  text
    .replace(/[’‘]/g, "'")
    .replace(/\*+/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** Every `{fr, en}` text of the questionnaire, with where it is. */
function texts(value: unknown, path = ''): Array<[string, Bilingual]> {
  if (!value || typeof value !== 'object') return [];
  if ('fr' in value && 'en' in value) return [[path, value as Bilingual]];
  return Object.entries(value).flatMap(([key, v]) => texts(v, `${path}.${key}`));
}

const answersOf = (value: number | 'na' | 'dk', items = instrument.items): Answers => Object.fromEntries(items.map((i) => [i.id, value]));

describe('the default questionnaire, version 2.0.0', () => {
  it('is valid, version 2.0.0 of the same id, with 25 to 40 items in six sections', () => {
    expect(InstrumentSchema.safeParse(instrument).success).to.equal(true);
    expect(instrument.id).to.equal('partenariat-autodiagnostic');
    expect(instrument.version).to.equal('2.0.0');
    expect(instrument.items.length).to.be.within(25, 40);
    expect(instrument.sections.length).to.equal(6);
  });

  it('says of every item whom it is about, and uses the three: us, our partner, together', () => {
    for (const item of instrument.items) expect(ABOUT, item.id).to.include(item.about);
    const count = (about: string) => instrument.items.filter((i) => i.about === about).length;
    expect(count('nous')).to.be.at.least(4);
    expect(count('partenaire')).to.be.at.least(4);
    expect(count('ensemble')).to.be.at.least(4);
    // The fiche puts access to information and time to consult on the office: asked of the partner.
    for (const id of ['acces-information', 'information-claire', 'temps-necessaire', 'transparence']) {
      expect(instrument.items.find((i) => i.id === id)?.about, id).to.equal('partenaire');
    }
  });

  it('gives every item a help text, a recommendation and a source passage found word for word in its document', async () => {
    const documents = (await executeServerCommand('source-documents')) as { hub: string; flhlmq: string };
    const hub = normalize(documents.hub);
    const flhlmq = normalize(documents.flhlmq);
    for (const item of instrument.items) {
      expect(item.help, item.id).to.exist;
      expect(item.recommendation, item.id).to.exist;
      const source = item.source!;
      const text = source.document.startsWith('FLHLMQ') ? flhlmq : source.document.startsWith('HUB') ? hub : '';
      expect(text, `${item.id}: ${source.document}`).not.to.equal('');
      expect(text.includes(normalize(source.passage)), `${item.id}: « ${source.passage} »`).to.equal(true);
    }
  });

  it('is traced in docs/instrument-sources.md: each item on one row of the table, with whom it is about and its passage word for word', async () => {
    // The 1.0.0 table quoted other passages than the code for three items; this keeps them together.
    const doc = await (await fetch('/docs/instrument-sources.md')).text();
    expect(doc).to.contain(`(\`${instrument.id}\`, version ${instrument.version})`);
    const start = doc.indexOf('## Tableau de traçabilité');
    const table = doc.slice(start, doc.indexOf('\n## ', start + 1));
    const rows = table.split('\n').filter((line) => line.startsWith('| '));
    const about = { nous: 'nous', partenaire: 'notre partenaire', ensemble: 'ensemble' } as const;
    for (const item of instrument.items) {
      const row = rows.filter((r) => r.includes(`| \`${item.id}\` |`));
      expect(row, item.id).to.have.length(1);
      expect(row[0], item.id).to.contain(`| ${about[item.about!]} | «\u00a0${item.source!.passage}\u00a0» (${item.source!.document.split(/[ ,]/)[0]}) |`);
    }
    expect(rows.filter((r) => /\| `[a-z-]+` \|/.test(r))).to.have.length(instrument.items.length);
  });

  it('words every item in the positive: no negation on an agreement scale, in French or in English', () => {
    // Whole words only: « traîne » ends in « ne » without being a negation.
    const french = /(?<!\p{L})(ne|n['’]|aucune?|jamais|personne ne|ni|sans|pas)(?!\p{L})/iu;
    const english = /\b(not|no|never|none|nobody|without|nothing)\b|n['’]t\b/i;
    for (const item of instrument.items) {
      const text = item.text as Bilingual;
      expect(text.fr, item.id).not.to.match(french);
      expect(text.en, item.id).not.to.match(english);
    }
  });

  it('has every text in both languages, full doublets, and the French spaces of Québec typography', () => {
    const all = texts(instrument);
    expect(all.length).to.be.greaterThan(150);
    for (const [path, text] of all) {
      expect(text.fr.trim(), path).not.to.equal('');
      expect(text.en.trim(), path).not.to.equal('');
      expect(text.fr, `${path}: an abbreviated inclusive form`).not.to.match(/\w·\w/);
      expect(text.fr, `${path}: an ordinary space before : ; ? ! or inside « »`).not.to.match(/ [:;?!]|« | »/);
      expect(text.en, `${path}: French spaces in English`).not.to.match(/[\u00a0\u202f]/);
      expect(text.en, `${path}: “the office” alone`).not.to.match(/\bthe office\b/i);
    }
    // What the review corrected, word for word.
    const json = JSON.stringify(instrument);
    expect(json).not.to.match(/points? faibles?|vivent de la maladie|questions répondues|older people|good will|precise goal/i);
  });

  it('reports « Ce que notre partenariat apporte » apart from the overall score, and its items say when to answer « Ne s’applique pas »', () => {
    const apart = instrument.sections.filter((s) => s.inOverall === false).map((s) => s.id);
    expect(apart).to.deep.equal(['retombees']);
    const impacts = instrument.items.filter((i) => i.section === 'retombees');
    for (const item of impacts) {
      expect((item.help as Bilingual).fr, item.id).to.contain('Ne s’applique pas');
      expect((item.help as Bilingual).en, item.id).to.contain('Does not apply');
    }
    const rest = instrument.items.filter((i) => i.section !== 'retombees');
    const low = computeScores(instrument, { ...answersOf(3, rest), ...answersOf(1, impacts) });
    const high = computeScores(instrument, { ...answersOf(3, rest), ...answersOf(4, impacts) });
    expect(low.overall).to.deep.equal(high.overall);
    expect(low.overall.total).to.equal(rest.length);
    expect(low.sections.find((s) => s.id === 'retombees')!.percent).to.equal(0);
  });

  it('asks what tenants gain: their projects, their living environment, their needs', () => {
    const ids = instrument.items.map((i) => i.id);
    expect(ids).to.include.members(['projets-locataires', 'milieu-de-vie', 'besoins-locataires']);
  });

  it('offers « Ne s’applique pas » and « Je ne sais pas » as two answers, both left out of the scores and counted apart', () => {
    expect(instrument.scale.notApplicable!.label).to.deep.equal({ fr: 'Ne s’applique pas', en: 'Does not apply' });
    expect(instrument.scale.dontKnow!.label).to.deep.equal({ fr: 'Je ne sais pas', en: 'I don’t know' });
    const [first, second] = instrument.items;
    const scores = computeScores(instrument, { ...answersOf(4), [first.id]: 'na', [second.id]: 'dk' });
    const section = scores.sections.find((s) => s.id === first.section)!;
    expect(section).to.include({ percent: 100, notApplicable: 1, dontKnow: 1, answered: section.total - 2 });
  });

  it('asks who the partnership is with, optionally', () => {
    const field = instrument.profile!.find((f) => f.id === 'type-partenaire')!;
    expect(field.required).not.to.equal(true);
    expect((field.label as Bilingual).fr).to.equal('Avec qui est ce partenariat\u202f?');
    expect(field.choices!.map((c) => (c.label as Bilingual).fr)).to.deep.equal([
      'Office d’habitation (OH)',
      'CCR ou CA de l’office',
      'CLSC (CISSS ou CIUSSS)',
      'Organisme communautaire',
      'Municipalité',
      'Entreprise',
      'Table de concertation',
      'Autre',
    ]);
  });
});

describe('the results of the default questionnaire, as a committee reads them', () => {
  async function results(answers: Answers, lang = 'fr'): Promise<PartenariatChecklist> {
    const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist layout="single" autosave="off" lang=${lang}></partenariat-checklist>`);
    el.answers = answers;
    await el.updateComplete;
    await walk(el, lang === 'fr' ? 'Terminer' : 'Finish', lang === 'fr' ? 'Voir nos résultats' : 'See our results');
    return el;
  }

  it('speaks to the group, never of weak points, and sets the three kinds of suggested actions apart', async function () {
    // The accessibility check of a whole results page of 40 statements takes a few seconds.
    this.timeout(30000);
    const el = await results(answersOf(1));
    const text = textOf(el);
    expect(text).not.to.match(/point faible|points faibles|\bmes (résultats|réponses)\b/i);
    expect(text).to.contain('Qui peut agir');
    const headings = [...shadow(el).querySelectorAll('h5')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Ce qui dépend de nous', 'Ce que nous pouvons demander à notre partenaire', 'Ce que nous pouvons travailler ensemble']);
    // The office's part is listed as what to ask for, not as chores for volunteers.
    const asks = shadow(el).querySelectorAll('h5')[1].nextElementSibling!;
    expect(asks.textContent).to.contain('Notre partenaire nous donne accès à toute l’information nécessaire.');
    expect(asks.textContent).to.contain('Demandez à votre partenaire');
    expect(button(el, 'Modifier nos réponses')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the impacts apart from the overall result, and counts « Je ne sais pas » by section in the table', async () => {
    const answers: Answers = { ...answersOf(4), transparence: 'dk', 'information-claire': 'dk', 'fonds-complementaires': 'na' };
    const el = await results(answers);
    expect(textOf(el)).to.contain('À part du résultat global');
    expect(textOf(el)).to.contain('« Je ne sais pas » : 2.');
    const rows = [...shadow(el).querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    const header = [...shadow(el).querySelectorAll('table thead th')].map((th) => th.textContent!.trim());
    expect(header).to.deep.equal(['Volet', 'Moyenne (sur 4)', 'Pourcentage', 'Réponses', 'Ne s’applique pas', 'Je ne sais pas', 'Niveau']);
    const governance = rows.find((r) => r[0] === 'Gouvernance et communication')!;
    expect(governance[5]).to.equal('2');
    const impacts = rows.find((r) => r[0].startsWith('Les retombées de notre partenariat'))!;
    expect(impacts[0]).to.contain('(à part du résultat global)');
    expect(impacts[4]).to.equal('1');
  });

  it('says the same in English', async () => {
    const el = await results(answersOf(1), 'en');
    const text = textOf(el);
    expect(text).to.contain('Who can act');
    expect(text).to.contain('What we can ask of our partner');
    expect(text).to.contain('Suggested actions');
    expect(text).not.to.match(/weak (point|spot)|\bmy (results|answers)\b/i);
  });
});

describe('results of version 1.0.0', () => {
  const at = '2026-06-01T12:00:00.000Z';
  async function oldInstrument(): Promise<Instrument> {
    return (await (await fetch('/instruments/partenariat-autodiagnostic-1.0.0.json')).json()) as Instrument;
  }
  async function oldResults(): Promise<Result[]> {
    const old = await oldInstrument();
    return [1, 2, 3, 4, 5].map((n) =>
      buildResult(old, { id: `v1-${n}`, startedAt: at, updatedAt: at, completedAt: at, answers: answersOf(((n % 4) + 1) as 1, old.items), profile: {} }, 'fr'),
    );
  }

  it('are kept apart by the summary of 2.0.0, with the reason in words', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .results=${await oldResults()}></partenariat-summary>`);
    await until(() => textOf(el).includes('5 résultats laissés de côté'), 'the results left out');
    expect(textOf(el)).to.contain('0 résultat compté.');
    expect(textOf(el).match(/une autre version du questionnaire/g)).to.have.length(5);
  });

  it('still read in full with the published 1.0.0 questionnaire', async () => {
    const el = await fixture<PartenariatSummary>(
      html`<partenariat-summary instrument-src="/instruments/partenariat-autodiagnostic-1.0.0.json" .results=${await oldResults()}></partenariat-summary>`,
    );
    await until(() => textOf(el).includes('5 résultats comptés.'), 'the five results');
    expect(textOf(el)).not.to.contain('laissé de côté');
    expect(InstrumentSchema.safeParse(await oldInstrument()).success).to.equal(true);
  });
});
