import { expect } from '@open-wc/testing';
import { compareToGroup, compareTwo, type Comparison, type GroupComparison } from '../src/components/summary/compare.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Answers, Result } from '../src/schema/result.js';
import { miniInstrument } from './helpers.js';

let counter = 0;
function result(answers: Answers, profile: Record<string, string> = {}): Result {
  const at = '2027-01-15T12:00:00.000Z';
  return buildResult(miniInstrument(), { id: `r-${++counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile }, 'fr');
}

const all = (v: number): Answers => ({ a1: v, a2: v, b1: v, b2: v });

function two(a: unknown, b: unknown): Comparison {
  const outcome = compareTwo(miniInstrument(), a, b);
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.value;
}

function standing(r: unknown, results: Result[], minGroup?: number): GroupComparison {
  const outcome = compareToGroup(miniInstrument(), r, aggregate(miniInstrument(), results), { minGroup });
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  return outcome.value;
}

describe('compareTwo', () => {
  it('gives both answers and their gap item by item, the widest first, and both scores with their gap', () => {
    const c = two(result({ a1: 4, a2: 1, b1: 'na', b2: 2 }), result({ a1: 2, a2: 4, b1: 3 }));
    // a2: 1 and 4 → 3 points; a1: 4 and 2 → 2; b1 (« ne s’applique pas ») and b2 (no answer): no gap, last.
    expect(c.items).to.deep.equal([
      { id: 'a2', index: 1, a: 1, b: 4, gap: 3 },
      { id: 'a1', index: 0, a: 4, b: 2, gap: 2 },
      { id: 'b1', index: 2, a: 'na', b: 3, gap: null },
      { id: 'b2', index: 3, a: 2, b: null, gap: null },
    ]);
    // Overall: A (4 + 1 + 2 − 3) / 9 = 44.4 %; B (2 + 4 + 3 − 3) / 9 = 66.7 %.
    expect(c.overall).to.deep.equal({ id: 'overall', a: 44.4, b: 66.7, gap: 22.3 });
    // Section A: 3/6 = 50 % and 4/6 = 66.7 %; section B: b2 = 2 → 33.3 %, b1 = 3 → 66.7 %.
    expect(c.sections).to.deep.equal([
      { id: 'a', a: 50, b: 66.7, gap: 16.7 },
      { id: 'b', a: 33.3, b: 66.7, gap: 33.4 },
    ]);
    // fin (a1, b1): 100 % and (2 + 3 − 2) / 6 = 50 %; exp (a2): 0 % and 100 %.
    expect(c.dimensions).to.deep.equal([
      { id: 'fin', a: 100, b: 50, gap: 50 },
      { id: 'exp', a: 0, b: 100, gap: 100 },
    ]);
    expect(c.instrument).to.deep.equal({ id: 'mini', version: '1' });
  });

  it('keeps the questionnaire’s order for equal gaps', () => {
    const c = two(result(all(1)), result({ a1: 2, a2: 1, b1: 2, b2: 1 }));
    expect(c.items.map((i) => [i.id, i.gap])).to.deep.equal([['a1', 1], ['b1', 1], ['a2', 0], ['b2', 0]]);
  });

  it('is a distance: swapping the two results swaps the answers, not the gaps', () => {
    const x = result({ a1: 4, a2: 1 });
    const y = result({ a1: 1, a2: 3 });
    const c = two(x, y);
    const d = two(y, x);
    expect(d.items.map((i) => [i.id, i.gap])).to.deep.equal(c.items.map((i) => [i.id, i.gap]));
    expect(d.overall.gap).to.equal(c.overall.gap);
    expect([d.items[0].a, d.items[0].b]).to.deep.equal([c.items[0].b, c.items[0].a]);
  });

  it('works the scores out again from the answers, never trusting the ones a result carries; ignores answers off the scale', () => {
    const tampered = { ...result(all(1)), scores: { ...result(all(4)).scores } };
    const c = two(tampered, result({ ...all(4), a1: 9 } as unknown as Answers));
    expect(c.overall).to.deep.equal({ id: 'overall', a: 0, b: 100, gap: 100 });
    expect(c.items.find((i) => i.id === 'a1')).to.deep.equal({ id: 'a1', index: 0, a: 1, b: null, gap: null });
  });

  it('refuses, with the reason and which one, a result that is invalid or of another questionnaire or version', () => {
    const good = result(all(2));
    expect(compareTwo(miniInstrument(), { nope: true }, good)).to.deep.equal({ ok: false, which: 0, reason: 'invalid' });
    expect(compareTwo(miniInstrument(), good, { ...good, instrument: { id: 'autre', version: '1' } })).to.deep.equal({
      ok: false,
      which: 1,
      reason: 'other-instrument',
    });
    expect(compareTwo(miniInstrument(), good, { ...good, instrument: { id: 'mini', version: '2' } })).to.deep.equal({
      ok: false,
      which: 1,
      reason: 'other-version',
    });
    expect(compareTwo(miniInstrument(), null, undefined)).to.deep.include({ ok: false, which: 0 });
  });
});

describe('compareToGroup', () => {
  // Overall, by result: 100, 0, 50, 33.3, 66.7 % → median 50, quartiles 33.3 and 66.7, range 0 to 100.
  const group = () => [result(all(4)), result(all(1)), result({ a1: 4, a2: 1, b1: 1, b2: 4 }), result(all(2)), result(all(3))];

  it('gives the result’s score next to the group’s median, quartiles and range, and where it stands', () => {
    const s = standing(result({ a1: 1, a2: 1, b1: 3, b2: 'na' }), group());
    expect(s.n).to.equal(5);
    // Overall: (1 + 1 + 3 − 3) / 9 = 22.2 %, below the first quartile (33.3 %).
    expect(s.overall).to.deep.equal({ id: 'overall', score: 22.2, n: 5, median: 50, q1: 33.3, q3: 66.7, min: 0, max: 100, standing: 'below' });
    // Section A: 0 %, below; section B: b1 = 3 → 66.7 %, the third quartile itself: within.
    expect(s.sections.map((x) => [x.id, x.score, x.standing])).to.deep.equal([['a', 0, 'below'], ['b', 66.7, 'within']]);
    // fin (a1, b1): 33.3 %, the first quartile: within. exp (a2): 0 %; the group's a2 are 4, 1, 1, 2, 3 → 100, 0, 0, 33.3, 66.7: q1 = 0, within.
    expect(s.dimensions.map((x) => [x.id, x.score, x.q1, x.median, x.q3, x.standing])).to.deep.equal([
      ['fin', 33.3, 33.3, 50, 66.7, 'within'],
      ['exp', 0, 0, 33.3, 66.7, 'within'],
    ]);
    // Each item: the answer and the group's median answer (a1: 4, 1, 4, 2, 3 → 3; a2 and b1: 2; b2: 3).
    expect(s.items).to.deep.equal([
      { id: 'a1', answer: 1, median: 3 },
      { id: 'a2', answer: 1, median: 2 },
      { id: 'b1', answer: 3, median: 2 },
      { id: 'b2', answer: 'na', median: 3 },
    ]);
  });

  it('says above the central half, and nothing where the result has no score', () => {
    const s = standing(result({ a1: 4, a2: 4, b1: 4 }), group());
    expect(s.overall.standing).to.equal('above');
    expect(s.sections[1]).to.deep.include({ score: 100, standing: 'above' });
    const blank = standing(result({}), group());
    expect(blank.overall).to.deep.include({ score: null, standing: null, median: 50 });
  });

  it('reads only the group’s figures: no member’s id, name or answers come out', () => {
    const members = group().map((r, i) => ({ ...r, profile: { organisation: `Organisme secret ${i}` } }));
    const s = standing(result(all(2)), members);
    const json = JSON.stringify(s);
    for (const m of members) expect(json).to.not.contain(m.id);
    expect(json).to.not.contain('Organisme secret');
    expect(Object.keys(s.items[0])).to.deep.equal(['id', 'answer', 'median']);
  });

  it('refuses a group too small to keep its members’ answers apart (5 by default, never below 3)', () => {
    const four = group().slice(0, 4);
    const refused = compareToGroup(miniInstrument(), result(all(2)), aggregate(miniInstrument(), four));
    expect(refused).to.deep.equal({ ok: false, which: 'summary', reason: 'group-too-small' });
    expect(standing(result(all(2)), four, 3).n).to.equal(4);
    const tiny = compareToGroup(miniInstrument(), result(all(2)), aggregate(miniInstrument(), group().slice(0, 2)), { minGroup: 1 });
    expect(tiny).to.deep.equal({ ok: false, which: 'summary', reason: 'group-too-small' });
  });

  it('refuses a result or a summary of another questionnaire, or an invalid one', () => {
    const summary = aggregate(miniInstrument(), group());
    const mine = result(all(2));
    expect(compareToGroup(miniInstrument(), { ...mine, format: 'autre' }, summary)).to.deep.equal({ ok: false, which: 0, reason: 'invalid' });
    expect(compareToGroup(miniInstrument(), { ...mine, instrument: { id: 'mini', version: '0' } }, summary)).to.deep.equal({
      ok: false,
      which: 0,
      reason: 'other-version',
    });
    const other = aggregate({ ...miniInstrument(), id: 'autre' }, []);
    expect(compareToGroup(miniInstrument(), mine, other)).to.deep.equal({ ok: false, which: 'summary', reason: 'other-instrument' });
    expect(compareToGroup(miniInstrument(), mine, { nope: true } as never)).to.deep.equal({ ok: false, which: 'summary', reason: 'invalid' });
  });
});
