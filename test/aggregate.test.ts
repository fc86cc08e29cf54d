import { expect } from '@open-wc/testing';
import { aggregate, type Summary } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers, Result } from '../src/schema/result.js';
import { miniInstrument } from './helpers.js';

/** The mini questionnaire with a kind of organization to group by, and a free-text name. */
function instrument(): Instrument {
  return {
    ...miniInstrument(),
    profile: [
      { id: 'organisation', type: 'text', label: 'Nom' },
      {
        id: 'type',
        type: 'choice',
        label: 'Type',
        choices: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: { fr: `Type ${value}`, en: `Kind ${value}` } })),
      },
    ],
  };
}

let counter = 0;
function result(answers: Answers, extra: { type?: string; updatedAt?: string; id?: string } = {}): Result {
  const at = extra.updatedAt ?? '2027-01-15T12:00:00.000Z';
  const profile: Record<string, string> = { organisation: `Organisme ${++counter}` };
  if (extra.type) profile.type = extra.type;
  return buildResult(instrument(), { id: extra.id ?? `r-${counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile }, 'fr');
}

const all = (v: number | 'na'): Answers => ({ a1: v, a2: v, b1: v, b2: v });
const NOW = new Date('2027-02-01T00:00:00.000Z');

/** A reproducible shuffle (a small linear congruential generator). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('aggregate', () => {
  it('gives n, mean, median, quartiles, range and bands computed by hand', () => {
    const summary = aggregate(instrument(), [result(all(4)), result(all(1)), result({ a1: 4, a2: 1, b1: 1, b2: 4 })], { now: NOW });
    expect(summary).to.deep.include({ format: 'partenariat-summary', version: 1, generatedAt: NOW.toISOString(), n: 3 });
    expect(summary.instrument).to.deep.equal({ id: 'mini', version: '1' });
    // Overall: 100 %, 0 % and (10 − 4) / 12 = 50 %.
    expect(summary.overall).to.deep.equal({
      n: 3, mean: 50, median: 50, q1: 25, q3: 75, min: 0, max: 100,
      bands: { force: 1, 'a-discuter': 1, 'a-travailler': 1 },
    });
    // Section A: 100 %, 0 %, and a1 = 4, a2 = 1 → 50 %.
    expect(summary.sections[0]).to.deep.include({ id: 'a', n: 3, median: 50, min: 0, max: 100 });
    // Dimension fin (a1, b1): 100 %, 0 %, and 4 + 1 → 50 %.
    expect(summary.dimensions.map((d) => [d.id, d.n, d.median])).to.deep.equal([['fin', 3, 50], ['exp', 3, 0]]);
    // Item a1: 4, 1, 4 — mean 3, variance 2, deviation 1.414 over a range of 3: 47.1 %.
    expect(summary.items[0]).to.deep.equal({ id: 'a1', counts: { 1: 1, 2: 0, 3: 0, 4: 2 }, notApplicable: 0, dontKnow: 0, unanswered: 0, median: 4, spread: 47.1 });
    expect(summary.period).to.deep.equal({ from: '2027-01-15T12:00:00.000Z', to: '2027-01-15T12:00:00.000Z' });
    expect(summary.excluded).to.deep.equal([]);
    expect(summary.groups).to.equal(undefined);
  });

  it('counts « ne s’applique pas » and blanks apart, out of every score', () => {
    const summary = aggregate(instrument(), [result({ a1: 'na', a2: 2 }), result({ a1: 3, a2: 'na', b1: 'na' })]);
    expect(summary.items.map((i) => [i.id, i.notApplicable, i.unanswered])).to.deep.equal([
      ['a1', 1, 0], ['a2', 1, 0], ['b1', 1, 1], ['b2', 0, 2],
    ]);
    // Dimension fin (a1, b1): the first has no answer on the scale there, so one result counts.
    expect(summary.dimensions[0]).to.deep.include({ n: 1, median: 66.7 });
    expect(summary.overall.n).to.equal(2);
  });

  it('lists the items where answers differ most, widest first, and none where all agree', () => {
    const summary = aggregate(instrument(), [
      result({ a1: 1, a2: 2, b1: 3, b2: 3 }),
      result({ a1: 4, a2: 3, b1: 3, b2: 3 }),
      result({ a1: 4, a2: 2, b1: 3, b2: 3 }),
    ]);
    expect(summary.widestSpread).to.deep.equal(['a1', 'a2']);
  });

  it('leaves out, with the reason, results of another questionnaire or version, invalid ones, and older copies', () => {
    const good = result(all(2), { id: 'same', updatedAt: '2027-01-10T00:00:00.000Z' });
    const newer = result(all(4), { id: 'same', updatedAt: '2027-01-20T00:00:00.000Z' });
    const other = { ...result(all(1)), instrument: { id: 'autre', version: '1' } };
    const version = { ...result(all(1)), instrument: { id: 'mini', version: '2' } };
    const summary = aggregate(instrument(), [good, other, { not: 'a result' }, version, newer, null]);
    expect(summary.excluded.map((e) => [e.index, e.reason])).to.deep.equal([
      [0, 'duplicate'], [1, 'other-instrument'], [2, 'invalid'], [3, 'other-version'], [5, 'invalid'],
    ]);
    expect(summary.excluded[0].id).to.equal('same');
    expect(summary.n).to.equal(1);
    expect(summary.overall.median).to.equal(100);
    expect(summary.period).to.deep.equal({ from: '2027-01-20T00:00:00.000Z', to: '2027-01-20T00:00:00.000Z' });
  });

  it('does not depend on the order of the results', () => {
    const results = [
      result(all(4), { type: 'a' }), result(all(1), { type: 'a' }), result({ a1: 2, b1: 'na' }, { type: 'b' }),
      result({ a1: 3, a2: 3 }, { type: 'a' }), result(all(2), { type: 'c', id: 'twice', updatedAt: '2027-01-01T00:00:00.000Z' }),
      result(all(3), { type: 'c', id: 'twice', updatedAt: '2027-01-01T00:00:00.000Z' }), result(all('na'), { type: 'b' }),
    ];
    const strip = (s: Summary) => ({ ...s, excluded: s.excluded.map((e) => [e.id, e.reason]) });
    const reference = strip(aggregate(instrument(), results, { now: NOW, groupBy: 'type', minGroup: 3 }));
    for (let seed = 1; seed <= 20; seed++) {
      expect(strip(aggregate(instrument(), shuffled(results, seed), { now: NOW, groupBy: 'type', minGroup: 3 })), `seed ${seed}`).to.deep.equal(reference);
    }
  });

  describe('groups', () => {
    /** 6 of kind a, 5 of b, 2 of c, 1 of d and one without a kind. */
    const population = () => [
      ...Array.from({ length: 6 }, (_, i) => result(all(i % 2 ? 4 : 3), { type: 'a' })),
      ...Array.from({ length: 5 }, () => result(all(2), { type: 'b' })),
      ...Array.from({ length: 2 }, () => result(all(1), { type: 'c' })),
      result(all(4), { type: 'd' }),
      result(all(1)),
    ];

    it('merges the small groups into « Autres », and a shown one too while that is still too small', () => {
      const { groups, n } = aggregate(instrument(), population(), { groupBy: 'type' });
      // c, d and the blank make 4 < 5: b (the smallest shown) joins them.
      expect(groups!.shown.map((g) => [g.value, g.n])).to.deep.equal([['a', 6], [null, 9]]);
      expect(groups!.shown[0].label).to.deep.equal({ fr: 'Type a', en: 'Kind a' });
      expect(groups).to.deep.include({ by: 'type', minGroup: 5, hidden: 0 });
      // Nothing hidden can be had by subtraction: the shown groups make up the total.
      expect(groups!.shown.reduce((sum, g) => sum + g.n, 0)).to.equal(n);
    });

    it('shows every group of at least minGroup, and « Autres » when the small ones reach it together', () => {
      const { groups } = aggregate(instrument(), population(), { groupBy: 'type', minGroup: 3 });
      expect(groups!.shown.map((g) => [g.value, g.n])).to.deep.equal([['a', 6], ['b', 5], [null, 4]]);
      expect(groups!.shown[1].overall.median).to.equal(33.3);
    });

    it('never shows a group under 3, whatever minGroup says', () => {
      const few = [result(all(4), { type: 'a' }), result(all(4), { type: 'a' }), result(all(1), { type: 'b' })];
      const { groups } = aggregate(instrument(), few, { groupBy: 'type', minGroup: 1 });
      expect(groups!.minGroup).to.equal(3);
      // a (2) and b (1) together make 3: one « Autres », and nothing apart.
      expect(groups!.shown.map((g) => [g.value, g.n])).to.deep.equal([[null, 3]]);
      const { groups: none } = aggregate(instrument(), few.slice(0, 2), { groupBy: 'type' });
      expect(none!.shown).to.deep.equal([]);
      expect(none!.hidden).to.equal(2);
    });

    it('groups by a field of choices only, never by a free text such as an organization’s name', () => {
      const summary = aggregate(instrument(), population(), { groupBy: 'organisation', minGroup: 3 });
      expect(summary.groups).to.equal(undefined);
      expect(JSON.stringify(summary)).to.not.contain('Organisme');
    });
  });
});
