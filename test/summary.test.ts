import { expect, fixture, html } from '@open-wc/testing';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers, Result } from '../src/schema/result.js';
import { errorsDuring, miniInstrument, shadow, textOf } from './helpers.js';
import '../src/partenariat-summary.js';

/** The mini questionnaire with three dimensions (for the radar) and a kind of organization. */
function instrument(): Instrument {
  const mini = miniInstrument();
  return {
    ...mini,
    dimensions: [...mini.dimensions!, { id: 'res', label: { fr: 'Réseautage', en: 'Networking' } }],
    items: mini.items.map((item) => (item.id === 'b2' ? { ...item, dimensions: ['res'] } : item)),
    profile: [
      { id: 'organisation', type: 'text', label: 'Nom' },
      { id: 'type', type: 'choice', label: { fr: 'Type d’organisme', en: 'Kind of organization' }, choices: ['a', 'b'].map((value) => ({ value, label: { fr: `Type ${value}`, en: `Kind ${value}` } })) },
    ],
  };
}

let counter = 0;
function result(answers: Answers, type?: string): Result {
  const at = '2027-01-15T12:00:00.000Z';
  const profile: Record<string, string> = { organisation: `Organisme ${++counter}` };
  if (type) profile.type = type;
  return buildResult(instrument(), { id: `r-${counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile }, 'fr');
}

const all = (v: number): Answers => ({ a1: v, a2: v, b1: v, b2: v });
const group = () => [result(all(4), 'a'), result(all(1), 'a'), result({ a1: 4, a2: 1, b1: 1, b2: 4 }, 'a'), result(all(4), 'b')];

describe('<partenariat-summary>', () => {
  it('shows how many, the bands, the radar, the figures, the strengths, the work and the divergences', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .results=${group()}></partenariat-summary>`);
    const text = textOf(el);
    expect(text).to.contain('Portrait du groupe — Mini questionnaire');
    expect(text).to.contain('4 résultats comptés. Le 15 janvier 2027.');
    expect(text).to.contain('Force 2 résultats');
    expect(text).to.contain('À discuter 1 résultat');
    const rows = [...shadow(el).querySelectorAll('table[part="table"]')[0].querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // Overall: 100, 0, 50, 100 → median 75, quartiles 37.5 and 100.
    expect(rows[0]).to.deep.equal(['Résultat global', '4', '75 %', '37,5 % – 100 %', '0 % – 100 %']);
    expect(text).to.contain('Points forts communs');
    expect(text).to.contain('Là où les avis divergent');
    const radar = shadow(el).querySelector('partenariat-radar')!;
    expect(radar.series[0].values).to.deep.equal({ fin: 75, exp: 50, res: 100 });
    expect(radar.series[0].low).to.deep.equal({ fin: 0, exp: 0, res: 0 });
    expect(radar.series[0].high).to.deep.equal({ fin: 100, exp: 100, res: 100 });
    // Each item's answers are numbers in a table; the bars are drawn for the eye only.
    const items = shadow(el).querySelector('table.items')!;
    expect(items.querySelector('caption')!.textContent).to.contain('énoncé par énoncé');
    expect([...items.querySelectorAll('tbody tr')[0].querySelectorAll('td')].slice(0, 4).map((td) => td.textContent)).to.deep.equal(['1', '0', '0', '3']);
    expect(items.querySelector('.stack')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text).to.not.contain('Organisme');
    await expect(el).to.be.accessible();
  });

  it('speaks English from its own catalogue', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en" .instrument=${instrument()} .results=${group()}></partenariat-summary>`);
    const text = textOf(el);
    expect(text).to.contain('Group summary — Mini questionnaire EN');
    expect(text).to.contain('4 results counted. On January 15, 2027.');
    expect(text).to.contain('Shared strengths');
    expect(text).to.contain('Where views differ');
    await expect(el).to.be.accessible();
  });

  it('gives the days of the first and last results counted, in words', async () => {
    // At noon UTC: the same day in every time zone of the Americas and Europe.
    const on = (day: string, answers: Answers) => ({ ...result(answers), updatedAt: `${day}T12:00:00.000Z` });
    const results = [on('2027-03-15', all(4)), on('2027-02-01', all(2)), on('2027-02-20', all(3))];
    const fr = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .results=${results}></partenariat-summary>`);
    expect(textOf(fr)).to.contain('3 résultats comptés. Du 1er février 2027 au 15 mars 2027.');
    // The day and its month are kept together on one line.
    expect(shadow(fr).querySelector('.lead')!.textContent).to.contain('1er\u00a0février 2027');
    const en = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en" .instrument=${instrument()} .results=${results}></partenariat-summary>`);
    expect(textOf(en)).to.contain('3 results counted. From February 1, 2027 to March 15, 2027.');
  });

  it('compares groups, small ones never apart, and never names an organization', async () => {
    const el = await fixture<PartenariatSummary>(
      html`<partenariat-summary group-by="type" min-group="3" .instrument=${instrument()} .results=${[...group(), result(all(2)), result(all(3))]}></partenariat-summary>`,
    );
    const text = textOf(el);
    expect(text).to.contain('Par groupe : Type d’organisme');
    expect(text).to.contain('Un groupe de moins de 3 résultats n’est jamais montré à part');
    // Kind b (1) and the two without a kind make « Autres » (3); kind a (3) stands on its own.
    const groups = shadow(el).querySelectorAll('table[part="table"]')[1];
    expect([...groups.querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal(['Type a', 'Autres']);
    expect(text).to.not.contain('Type b');
    await expect(el).to.be.accessible();
  });

  it('shows a summary made elsewhere (by a collector) as it would the results', async () => {
    const summary = aggregate(instrument(), group());
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .summary=${summary}></partenariat-summary>`);
    expect(textOf(el)).to.contain('4 résultats comptés.');
  });

  it('lists what it left out, and why', async () => {
    const other = { ...result(all(2)), instrument: { id: 'autre', version: '1' } };
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .results=${[...group(), other, { nope: true }]}></partenariat-summary>`);
    const details = shadow(el).querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('2 résultats laissés de côté');
    expect(details.textContent!.replace(/\s+/g, ' ')).to.contain('n° 5 (r-').and.contain(' : un autre questionnaire').and.contain('n° 6 : pas un résultat valide');
  });

  it('says so, and fires partenariat-error, for data it cannot use; never a blank element', async () => {
    const wrong = aggregate({ ...instrument(), version: '9' }, []);
    const { el, errors } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .summary=${wrong}></partenariat-summary>`),
    );
    expect(errors.map((e) => e.code)).to.deep.equal(['summary-invalid']);
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('ni des résultats ni un portrait de ce questionnaire');
    await expect(el).to.be.accessible();
    const { el: broken, errors: more } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${{ id: 'x' } as unknown as Instrument} .results=${[]}></partenariat-summary>`),
    );
    expect(more.map((e) => e.code)).to.deep.equal(['instrument-invalid']);
    expect(textOf(broken)).to.contain('Le questionnaire donné ne respecte pas le format attendu.');
    // A summary of this questionnaire but not whole (a file cut short, a hand edit): refused, not drawn half.
    const { items: _items, ...cut } = aggregate(instrument(), group());
    void _items;
    const { el: partial, errors: last } = await errorsDuring(() =>
      fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${instrument()} .summary=${cut}></partenariat-summary>`),
    );
    expect(last.map((e) => e.code)).to.deep.equal(['summary-invalid']);
    expect(shadow(partial).querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('says when there is nothing to summarize yet', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    expect(textOf(el)).to.contain('0 résultat compté.');
    expect(textOf(el)).to.contain('Aucun résultat à résumer pour l’instant.');
    await expect(el).to.be.accessible();
  });
});
