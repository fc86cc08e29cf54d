import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers, Result } from '../src/schema/result.js';
import { errorsDuring, miniInstrument, shadow, textOf } from './helpers.js';
import '../src/partenariat-summary.js';

/** The mini questionnaire with three dimensions (for the radar) and the organization's name. */
function instrument(): Instrument {
  const mini = miniInstrument();
  return {
    ...mini,
    dimensions: [...mini.dimensions!, { id: 'res', label: { fr: 'Réseautage', en: 'Networking' } }],
    items: mini.items.map((item) => (item.id === 'b2' ? { ...item, dimensions: ['res'] } : item)),
    profile: [{ id: 'organisation', type: 'text', label: { fr: 'Nom de l’organisme', en: 'Organization name' } }],
  };
}

let counter = 0;
function result(answers: Answers, organisation?: string): Result {
  const at = '2027-01-15T12:00:00.000Z';
  const profile: Record<string, string> = organisation ? { organisation } : {};
  return buildResult(instrument(), { id: `r-${++counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile }, 'fr');
}

const all = (v: number): Answers => ({ a1: v, a2: v, b1: v, b2: v });
const cells = (tr: Element) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const rows = (table: Element) => [...table.querySelectorAll('tbody tr')].map(cells);
const fold = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** Each guide item of a group (by its heading's id): its statement, the answers as said, and its recommendation. */
function guide(el: PartenariatSummary, id: string) {
  const section = shadow(el).querySelector(`section[aria-labelledby="${id}"]`)!;
  return [...section.querySelectorAll('.guide-item')].map((li) => ({
    text: fold(li.querySelector('h4')!),
    answers: [...li.querySelectorAll('dl > div')].map((d) => `${fold(d.querySelector('dt')!)}: ${fold(d.querySelector('dd')!)}`),
    recommendation: li.querySelector('.recommendation') ? fold(li.querySelector('.recommendation')!) : null,
  }));
}

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  children?: AXNode[];
}
function* walk(node: AXNode | null | undefined): Generator<AXNode> {
  if (!node) return;
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}
const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const pair = () => [
  result({ a1: 4, a2: 1, b1: 'na', b2: 2 }, 'Association des locataires'),
  result({ a1: 2, a2: 4, b1: 3 }, 'Office d’habitation'),
];

describe('<partenariat-summary mode="compare">', function () {
  // Axe, the accessibility tree and the keyboard walk take a while on a busy machine.
  this.timeout(30000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('shows the two views item by item, the widest gap first, both answers in words, the gap and the recommendation', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .instrument=${instrument()} .results=${pair()}></partenariat-summary>`);
    expect(fold(shadow(el).querySelector('h2')!)).to.equal('Deux regards sur notre partenariat — Mini questionnaire');
    // a2: « Pas du tout » and « Tout à fait », 3 points apart; a1: 2 points; named from each result's profile.
    expect(guide(el, 'guide-differ')).to.deep.equal([
      {
        text: 'Énoncé A2',
        answers: ['Association des locataires: Pas du tout', 'Office d’habitation: Tout à fait', 'Écart: 3 points d’écart sur 3'],
        recommendation: 'Piste pour en parler : Conseil A2',
      },
      {
        text: 'Énoncé A1',
        answers: ['Association des locataires: Tout à fait', 'Office d’habitation: Un peu', 'Écart: 2 points d’écart sur 3'],
        recommendation: 'Piste pour en parler : Conseil A1',
      },
    ]);
    expect(guide(el, 'guide-missing').map((i) => i.answers)).to.deep.equal([
      ['Association des locataires: Ne s’applique pas', 'Office d’habitation: En bonne partie', 'Écart: Pas d’écart calculé : une réponse manque ou ne s’applique pas'],
      ['Association des locataires: Un peu', 'Office d’habitation: Sans réponse', 'Écart: Pas d’écart calculé : une réponse manque ou ne s’applique pas'],
    ]);
    expect(textOf(el)).to.contain('Aucun énoncé n’a la même réponse des deux côtés.');
    // Scores worked out again: overall 44.4 % and 66.7 %; fin (a1, b1) 100 % and 50 %.
    const table = shadow(el).querySelector('table.compare-scores')!;
    expect(cells(table.querySelector('thead tr')!)).to.deep.equal(['Volet', 'Association des locataires', 'Office d’habitation', 'Écart (points de pourcentage)']);
    expect(rows(table)).to.deep.equal([
      ['Résultat global', '44,4 %', '66,7 %', '22,3'],
      ['Section A', '50 %', '66,7 %', '16,7'],
      ['Section B', '33,3 %', '66,7 %', '33,4'],
      ['Impact : Financier', '100 %', '50 %', '50'],
      ['Impact : Expertise', '0 %', '100 %', '100'],
      ['Impact : Réseautage', '33,3 %', '—', '—'],
    ]);
    const radar = shadow(el).querySelector('partenariat-radar')!;
    expect(radar.series.map((s) => [s.label, s.values])).to.deep.equal([
      ['Association des locataires', { fin: 100, exp: 0, res: 33.3 }],
      ['Office d’habitation', { fin: 50, exp: 100, res: null }],
    ]);
    // The gap's bar is for the eye only; its words are beside it.
    expect(shadow(el).querySelector('.gap-meter')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('offers, in the guide, the source passage each statement comes from', async () => {
    const withSource = instrument();
    withSource.items.find((i) => i.id === 'a2')!.source = { document: 'Fiche de la fédération', passage: 'sur une base d’égalité' };
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .instrument=${withSource} .results=${pair()}></partenariat-summary>`);
    const items = [...shadow(el).querySelectorAll('section[aria-labelledby="guide-differ"] .guide-item')];
    const details = items[0].querySelector<HTMLDetailsElement>('details.source')!;
    expect(fold(details.querySelector('summary')!)).to.equal('D’où vient cet énoncé ?');
    expect(details.querySelector('q')!.textContent).to.equal('sur une base d’égalité');
    expect(items[1].querySelector('details.source')).to.equal(null);
    await expect(el).to.be.accessible();
    // In English too: the shared view's messages are not the summary's copies of them.
    el.lang = 'en';
    await el.updateComplete;
    expect(fold(shadow(el).querySelector('details.source summary')!)).to.equal('Where does this statement come from?');
  });

  it('names the views from `labels`, else « Vue A » and « Vue B » when the profiles do not tell them apart', async () => {
    const named = await fixture<PartenariatSummary>(
      html`<partenariat-summary mode="compare" .labels=${['Notre association', 'L’office']} .instrument=${instrument()} .results=${pair()}></partenariat-summary>`,
    );
    expect(guide(named, 'guide-differ')[0].answers.slice(0, 2)).to.deep.equal(['Notre association: Pas du tout', 'L’office: Tout à fait']);
    named.labels = ['L’association', 'Notre office'];
    await named.updateComplete;
    expect(guide(named, 'guide-differ')[0].answers.slice(0, 2)).to.deep.equal(['L’association: Pas du tout', 'Notre office: Tout à fait']);
    const anonymous = await fixture<PartenariatSummary>(
      html`<partenariat-summary mode="compare" .instrument=${instrument()} .results=${[result(all(1), 'Même nom'), result(all(2), 'Même nom')]}></partenariat-summary>`,
    );
    expect(guide(anonymous, 'guide-differ')[0].answers).to.deep.equal(['Vue A: Pas du tout', 'Vue B: Un peu', 'Écart: 1 point d’écart sur 3']);
    expect(textOf(anonymous)).to.contain('Aucun énoncé n’a la même réponse des deux côtés.');
    expect(rows(shadow(anonymous).querySelector('table.compare-scores')!)[0]).to.deep.equal(['Résultat global', '0 %', '33,3 %', '33,3']);
  });

  it('keeps equal answers together, and speaks English', async () => {
    const el = await fixture<PartenariatSummary>(
      html`<partenariat-summary lang="en" mode="compare" .instrument=${instrument()} .results=${[result(all(3)), result({ ...all(3), b2: 1 })]}></partenariat-summary>`,
    );
    expect(fold(shadow(el).querySelector('h2')!)).to.equal('Two views of our partnership — Mini questionnaire EN');
    expect(guide(el, 'guide-differ')).to.deep.equal([
      { text: 'Statement B2', answers: ['View A: Mostly', 'View B: Not at all', 'Gap: 2 points apart out of 3'], recommendation: 'A way into the conversation: Advice B2' },
    ]);
    expect(guide(el, 'guide-agree').map((i) => i.text)).to.deep.equal(['Statement A1', 'Statement A2', 'Statement B1']);
    expect(guide(el, 'guide-agree')[0].answers[2]).to.equal('Gap: Same answer');
    expect(textOf(el)).to.contain('Print the guide');
    await expect(el).to.be.accessible();
  });

  it('gives a screen reader each item as a heading in a list, and the keyboard reaches the print button and the table', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .instrument=${instrument()} .results=${pair()}></partenariat-summary>`);
    const nodes = [...walk((await executeServerCommand('a11y-full-tree')) as AXNode)];
    const headings = nodes.filter((n) => n.role === 'heading').map((n) => `${n.level}:${norm(n.name)}`);
    expect(headings).to.include.members(['3:Là où vos regards diffèrent', '4:Énoncé A2', '4:Énoncé A1', '3:Une réponse manque ou ne s’applique pas']);
    expect(headings.indexOf('4:Énoncé A2')).to.be.below(headings.indexOf('4:Énoncé A1'));
    expect(nodes.filter((n) => n.role === 'list').length).to.be.at.least(2);
    expect(nodes.some((n) => n.role === 'table' && norm(n.name) === 'Les deux regards en chiffres')).to.equal(true);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement;
      reached.push(active ? `${active.tagName.toLowerCase()}:${active.getAttribute('aria-labelledby') ?? norm(active.textContent).slice(0, 20)}` : '');
    }
    expect(reached[0]).to.equal('button:Imprimer le guide');
    expect(reached).to.include('div:compare-caption');
  });

  it('prints as a guide: no button, each item kept in one piece', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .instrument=${instrument()} .results=${pair()}></partenariat-summary>`);
    const button = shadow(el).querySelector('button')!;
    const item = shadow(el).querySelector('.guide-item')!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(button).display).to.equal('none');
    expect(getComputedStyle(item).breakInside).to.equal('avoid');
  });

  it('says why, and fires partenariat-error, when it is not given two results of this questionnaire', async () => {
    const { el, errors } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .instrument=${instrument()} .results=${[...pair(), result(all(1))]}></partenariat-summary>`),
    );
    expect(errors.map((e) => [e.code, e.issues[0].path])).to.deep.equal([['summary-compare-invalid', 'results']]);
    expect(fold(shadow(el).querySelector('[role="alert"]')!)).to.equal(
      'Pour comparer deux regards, il faut exactement deux résultats du même questionnaire (reçus : 3).',
    );
    expect(shadow(el).querySelector('.guide-item')).to.equal(null);
    await expect(el).to.be.accessible();

    const other = { ...result(all(2)), instrument: { id: 'autre', version: '1' } };
    const { el: second, errors: more } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary lang="en" mode="compare" .instrument=${instrument()} .results=${[result(all(1)), other]}></partenariat-summary>`),
    );
    expect(more.map((e) => [e.code, e.issues[0].path, e.message])).to.deep.equal([
      ['summary-compare-invalid', 'results[1]', 'These two results cannot be compared: result no. 2 does not fit (it comes from another questionnaire).'],
    ]);
    expect(fold(shadow(second).querySelector('[role="alert"]')!)).to.contain('result no. 2 does not fit');
  });
});

describe('<partenariat-summary> with a `result`: one result against the group', function () {
  this.timeout(30000);
  // Overall, by result: 100, 0, 50, 33.3, 66.7 % → median 50, quartiles 33.3 and 66.7.
  const group = () => [
    result(all(4), 'Organisme secret 1'),
    result(all(1), 'Organisme secret 2'),
    result({ a1: 4, a2: 1, b1: 1, b2: 4 }, 'Organisme secret 3'),
    result({ ...all(2), b2: 4 }, 'Organisme secret 4'),
    result({ ...all(3), b2: 4 }, 'Organisme secret 5'),
  ];
  const mine = () => result({ a1: 1, a2: 1, b1: 3, b2: 'na' }, 'Notre association');

  it('shows where the result stands next to the group’s median and spread, by section and dimension, and each item’s median', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .result=${mine()} .results=${group()}></partenariat-summary>`);
    expect(fold(shadow(el).querySelector('h2')!)).to.equal('Un résultat et son groupe — Mini questionnaire');
    expect(textOf(el)).to.contain('Ce résultat à côté des 5 résultats du groupe : la médiane du groupe');
    const table = shadow(el).querySelector('table.standing')!;
    expect(cells(table.querySelector('thead tr')!)).to.deep.equal([
      'Volet', 'Ce résultat', 'Médiane du groupe', 'Moitié centrale (1er au 3e quartile)', 'Du plus bas au plus haut', 'Où se situe ce résultat',
    ]);
    // Overall: (1 + 1 + 3 − 3) / 9 = 22.2 %; the group's 100, 0, 50, 50, 75 → median 50, quartiles 50 and 75.
    // Section B: b1 = 3 → 66.7 %; the group's 100, 0, 50, 66.7, 83.3 → median 66.7, quartiles 50 and 83.3.
    expect(rows(table)).to.deep.equal([
      ['Résultat global', '22,2 %', '50 %', '50 % – 75 %', '0 % – 100 %', 'Sous la moitié centrale'],
      ['Section A', '0 %', '50 %', '33,3 % – 66,7 %', '0 % – 100 %', 'Sous la moitié centrale'],
      ['Section B', '66,7 %', '66,7 %', '50 % – 83,3 %', '0 % – 100 %', 'Dans la moitié centrale'],
      ['Impact : Financier', '33,3 %', '50 %', '33,3 % – 66,7 %', '0 % – 100 %', 'Dans la moitié centrale'],
      ['Impact : Expertise', '0 %', '33,3 %', '0 % – 66,7 %', '0 % – 100 %', 'Dans la moitié centrale'],
      ['Impact : Réseautage', '—', '100 %', '100 % – 100 %', '0 % – 100 %', '—'],
    ]);
    // Each item: the result's answer and the group's median answer (a1: 4, 1, 4, 2, 3 → 3; b2: 4, 1, 4, 4, 4 → 4).
    expect(rows(shadow(el).querySelector('table.standing-items')!)).to.deep.equal([
      ['1. Énoncé A1', 'Pas du tout', 'En bonne partie'],
      ['2. Énoncé A2', 'Pas du tout', 'Un peu'],
      ['3. Énoncé B1', 'En bonne partie', 'Un peu'],
      ['4. Énoncé B2', 'Ne s’applique pas', 'Tout à fait'],
    ]);
    const radar = shadow(el).querySelector('partenariat-radar')!;
    expect(radar.series.map((s) => s.label)).to.deep.equal(['Médiane du groupe', 'Ce résultat']);
    expect(radar.series[0]).to.deep.include({ values: { fin: 50, exp: 33.3, res: 100 }, low: { fin: 0, exp: 0, res: 0 }, high: { fin: 100, exp: 100, res: 100 } });
    expect(radar.series[1].values).to.deep.equal({ fin: 33.3, exp: 0, res: null });
    await expect(el).to.be.accessible();
  });

  it('never shows another member’s answers, names or ids: only the group’s figures', async () => {
    const members = group();
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .result=${mine()} .results=${members}></partenariat-summary>`);
    const text = textOf(el);
    expect(text).to.not.contain('Organisme secret');
    for (const m of members) expect(shadow(el).innerHTML).to.not.contain(m.id);
    // No counts of answers item by item (only member 2 answered « Pas du tout » to B2: it must not show).
    expect(shadow(el).querySelector('.stack')).to.equal(null);
    expect(text).to.not.contain('Répartition');
    expect(rows(shadow(el).querySelector('table.standing-items')!)[3]).to.not.include('Pas du tout');
  });

  it('works as well from a summary made elsewhere, and names the result from `labels`', async () => {
    const summary = aggregate(instrument(), group());
    const el = await fixture<PartenariatSummary>(
      html`<partenariat-summary lang="en" .labels=${['Our association']} .instrument=${instrument()} .result=${mine()} .summary=${summary}></partenariat-summary>`,
    );
    expect(fold(shadow(el).querySelector('h2')!)).to.equal('One result and its group — Mini questionnaire EN');
    expect(rows(shadow(el).querySelector('table.standing')!)[0]).to.deep.equal(['Overall result', '22.2%', '50%', '50% – 75%', '0% – 100%', 'Below the middle half']);
    expect(cells(shadow(el).querySelector('table.standing thead tr')!)[1]).to.equal('Our association');
    expect(textOf(el)).to.contain('“Our association” next to the group’s 5 results: the group’s median');
    await expect(el).to.be.accessible();
  });

  it('refuses a group too small and a result that does not fit, with a message and partenariat-error', async () => {
    const { el, errors } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .result=${mine()} .results=${group().slice(0, 4)}></partenariat-summary>`),
    );
    expect(errors.map((e) => e.code)).to.deep.equal(['summary-group-too-small']);
    expect(fold(shadow(el).querySelector('[role="alert"]')!)).to.contain('Le groupe compte moins de 5 résultats');
    expect(shadow(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();

    const wrong = { ...mine(), instrument: { id: 'mini', version: '2' } };
    const { el: second, errors: more } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .result=${wrong} .results=${group()}></partenariat-summary>`),
    );
    expect(more.map((e) => [e.code, e.issues[0].path])).to.deep.equal([['summary-result-invalid', 'result']]);
    expect(fold(shadow(second).querySelector('[role="alert"]')!)).to.equal(
      'Ce résultat ne peut pas être situé dans le groupe (il vient d’une autre version du questionnaire).',
    );
  });
});
