import { expect } from '@open-wc/testing';
import { csvNumber, summaryToCsv, type SummaryCsvLabels } from '../src/components/summary/csv.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers } from '../src/schema/result.js';
import { miniInstrument } from './helpers.js';

function instrument(): Instrument {
  const mini = miniInstrument();
  return {
    ...mini,
    items: mini.items.map((item) => (item.id === 'a1' ? { ...item, text: { fr: '=SOMME(A1) "cité"; oui', en: '=SUM(A1) "quoted", yes' } } : item)),
    profile: [{ id: 'type', type: 'choice', label: 'Type', choices: ['a', 'b'].map((value) => ({ value, label: { fr: `Type ${value}`, en: `Kind ${value}` } })) }],
  };
}

const labels: SummaryCsvLabels = {
  scope: 'Portée',
  kind: 'Type',
  id: 'Identifiant',
  label: 'Libellé',
  n: 'Résultats comptés',
  mean: 'Moyenne',
  median: 'Médiane',
  q1: 'Q1',
  q3: 'Q3',
  min: 'Min',
  max: 'Max',
  band: (l) => `Niveau : ${l}`,
  answer: (l) => `Réponse : ${l}`,
  blank: 'Sans réponse',
  itemMedian: 'Médiane de l’énoncé',
  spread: 'Écart type',
  all: 'Tous les résultats',
  others: 'Autres',
  overall: 'Global',
  section: 'Section',
  dimension: 'Dimension',
  item: 'Énoncé',
};

let counter = 0;
const at = '2027-01-15T12:00:00.000Z';
const result = (answers: Answers, type: string) =>
  buildResult(instrument(), { id: `r-${++counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile: { type } }, 'fr');
const all = (v: number): Answers => ({ a1: v, a2: v, b1: v, b2: v });

/** The CSV's rows as cells (it has no quoted separators but the one cell checked apart). */
const table = (text: string, sep: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(sep));

describe('summaryToCsv', () => {
  const results = () => [result(all(4), 'a'), result(all(1), 'a'), result({ a1: 4, a2: 1, b1: 1, b2: 'na' }, 'a'), result(all(4), 'b')];

  it('writes one row per set of figures, in French with ; and a decimal comma', () => {
    const summary = aggregate(instrument(), results(), { groupBy: 'type', minGroup: 3 });
    const text = summaryToCsv(summary, instrument(), 'fr', labels);
    expect(text.startsWith('\uFEFF')).to.equal(true);
    expect(text.endsWith('\r\n')).to.equal(true);
    const rows = table(text, ';');
    expect(rows[0]).to.deep.equal([
      'Portée', 'Type', 'Identifiant', 'Libellé', 'Résultats comptés', 'Moyenne', 'Médiane', 'Q1', 'Q3', 'Min', 'Max',
      'Niveau : Force', 'Niveau : À discuter', 'Niveau : À travailler',
      'Réponse : Pas du tout', 'Réponse : Un peu', 'Réponse : En bonne partie', 'Réponse : Tout à fait', 'Réponse : Ne s’applique pas',
      'Sans réponse', 'Médiane de l’énoncé', 'Écart type',
    ]);
    // Overall: 100, 0, 33.3 (a1 4, a2 1, b1 1 → 3 of 9), 100 → mean 58.3, median 66.7.
    const overall = rows[1];
    expect(overall.slice(0, 5)).to.deep.equal(['Tous les résultats', 'Global', '', 'Global', '4']);
    expect(overall[5]).to.equal(String(summary.overall.mean).replace('.', ','));
    expect(overall[6]).to.match(/^\d+,\d$/);
    expect(overall.slice(11, 14)).to.deep.equal(['2', '0', '2']);
    expect(overall.slice(14)).to.deep.equal(['', '', '', '', '', '', '', '']);
    expect(rows.slice(1, 6).map((r) => `${r[1]} ${r[2]}`)).to.deep.equal(['Global ', 'Section a', 'Section b', 'Dimension fin', 'Dimension exp']);
    expect(rows[2][3]).to.equal('Section A');
    // Kind b (1) is too small: « Autres » would stay under 3, so kind a joins it; its rows say « Autres ».
    expect([...new Set(rows.slice(1).map((r) => r[0]))]).to.deep.equal(['Tous les résultats', 'Autres']);
    expect(rows.find((r) => r[0] === 'Autres')!.slice(1, 5)).to.deep.equal(['Global', '', 'Global', '4']);
    // Items last: the counts of each answer, « does not apply », no answer, median and spread.
    const b2 = rows.find((r) => r[2] === 'b2')!;
    expect(b2.slice(0, 5)).to.deep.equal(['Tous les résultats', 'Énoncé', 'b2', 'Énoncé B2', '3']);
    expect(b2.slice(5, 14)).to.deep.equal(Array(9).fill(''));
    expect(b2.slice(14)).to.deep.equal(['1', '0', '0', '2', '1', '0', '4', String(summary.items[3].spread).replace('.', ',')]);
  });

  it('shows the groups that are shown, by their label, and « Autres »', () => {
    const summary = aggregate(instrument(), [...results(), result(all(2), 'b'), result(all(3), 'b')], { groupBy: 'type', minGroup: 3 });
    const rows = table(summaryToCsv(summary, instrument(), 'fr', labels), ';');
    const scopes = [...new Set(rows.slice(1).map((r) => r[0]))];
    expect(scopes).to.deep.equal(['Tous les résultats', 'Type a', 'Type b']);
    expect(rows.filter((r) => r[0] === 'Type b').map((r) => r[1])).to.deep.equal(['Global', 'Section', 'Section', 'Dimension', 'Dimension']);
    expect(rows.find((r) => r[0] === 'Type b')![4]).to.equal('3');
  });

  it('writes English with , and a decimal point, and neutralizes formulas', () => {
    const summary = aggregate(instrument(), results());
    const text = summaryToCsv(summary, instrument(), 'en', { ...labels, all: 'All results' });
    // The item's text starts with = (a formula to a spreadsheet), holds quotes and the separator.
    expect(text).to.contain(`All results,Énoncé,a1,"'=SUM(A1) ""quoted"", yes",`);
    const overall = text.split('\r\n')[1].split(',');
    expect(overall[5]).to.equal(String(summary.overall.mean));
    expect(overall[5]).to.contain('.');
  });

  it('writes numbers as a spreadsheet of the language reads them', () => {
    expect(csvNumber(37.5, 'fr')).to.equal('37,5');
    expect(csvNumber(37.5, 'en')).to.equal('37.5');
    expect(csvNumber(1234, 'fr')).to.equal('1234');
    expect(csvNumber(null, 'fr')).to.equal('');
  });
});
