import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aggregate, type Summary } from '../src/components/summary/aggregate.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers } from '../src/schema/result.js';
import { SummarySchema, type SummaryJson } from '../src/schema/summary.js';
import { miniInstrument } from './helpers.js';

/**
 * Properties of the summary that must hold for any set of results, checked over many random
 * sets (fast-check shrinks a failure to the smallest set that shows it): the order of the
 * results does not matter, every result is counted once or left out with a reason, and no group
 * too small to be shown can be had from the figures that are.
 */

function instrument(): Instrument {
  return {
    ...miniInstrument(),
    profile: [
      {
        id: 'type',
        type: 'choice',
        label: 'Type',
        choices: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: value })),
      },
    ],
  };
}

const ITEMS = ['a1', 'a2', 'b1', 'b2'];
const DATES = ['2027-01-01T00:00:00.000Z', '2027-01-02T08:30:00.000Z', '2027-01-03T17:45:00.000Z'];

/** A result of the mini questionnaire: some items answered, maybe a kind, an id from a small set so that copies occur. */
const aResult = fc
  .record({
    id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12'),
    answers: fc.dictionary(fc.constantFrom(...ITEMS), fc.constantFrom<1 | 2 | 3 | 4 | 'na'>(1, 2, 3, 4, 'na'), { maxKeys: 4 }),
    type: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'not-a-choice'), { nil: undefined }),
    updatedAt: fc.constantFrom(...DATES),
  })
  .map(({ id, answers, type, updatedAt }) =>
    buildResult(instrument(), { id, startedAt: updatedAt, updatedAt, completedAt: updatedAt, answers: answers as Answers, profile: type ? { type } : {} }, 'fr'),
  );

/** Mostly results; sometimes another version of the questionnaire, or anything at all. */
const anEntry = fc.oneof(
  { weight: 8, arbitrary: aResult as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: aResult.map((r) => ({ ...r, instrument: { ...r.instrument, version: '9.9.9' } })) },
  { weight: 1, arbitrary: fc.anything() },
);

const NOW = new Date('2027-02-01T00:00:00.000Z');
const options = (minGroup: number) => ({ now: NOW, groupBy: 'type', minGroup });
/** The summary without the positions of the left-out results, which do follow the order. */
const unordered = (s: Summary) => ({ ...s, excluded: s.excluded.map((e) => `${e.id}:${e.reason}`).sort() });

describe('aggregate: properties', () => {
  it('does not depend on the order of the results', () => {
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 40 }), fc.integer({ min: 3, max: 8 }), fc.integer(), (results, minGroup, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(results, { minLength: results.length }), { seed, numRuns: 1 })[0];
        expect(unordered(aggregate(instrument(), shuffled, options(minGroup)))).to.deep.equal(unordered(aggregate(instrument(), results, options(minGroup))));
      }),
      { numRuns: 150 },
    );
  });

  it('counts every result once or leaves it out with a reason, and its figures add up', () => {
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 40 }), (results) => {
        const summary = aggregate(instrument(), results, options(5));
        expect(summary.n + summary.excluded.length).to.equal(results.length);
        const ids = results.map((r) => (r as { id?: unknown } | null)?.id);
        const counted = new Set(ids.filter((_, index) => !summary.excluded.some((e) => e.index === index)));
        expect(counted.size, 'one result per id').to.equal(summary.n);
        // Each scored result falls in exactly one band.
        const inBands = Object.values(summary.overall.bands).reduce((a, b) => a + b, 0);
        expect(inBands).to.equal(summary.overall.n);
        expect(summary.overall.n).to.be.at.most(summary.n);
        // Each counted result is in each item's counts once: a value, « ne s'applique pas », or blank.
        for (const item of summary.items) {
          const values = Object.values(item.counts).reduce((a, b) => a + b, 0);
          expect(values + item.notApplicable + item.unanswered, item.id).to.equal(summary.n);
        }
        for (const stats of [summary.overall, ...summary.sections, ...summary.dimensions]) {
          if (stats.n === 0) continue;
          expect(stats.min! <= stats.q1! && stats.q1! <= stats.median! && stats.median! <= stats.q3! && stats.q3! <= stats.max!).to.equal(true);
          expect(stats.min).to.be.at.least(0);
          expect(stats.max).to.be.at.most(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a group too small to show be had from the groups shown', () => {
    fc.assert(
      fc.property(fc.array(anEntry, { maxLength: 60 }), fc.integer({ min: -2, max: 9 }), (results, asked) => {
        const summary = aggregate(instrument(), results, options(asked));
        const groups = summary.groups!;
        expect(groups.minGroup).to.equal(Math.max(3, asked));
        for (const group of groups.shown) expect(group.n, `${group.value}`).to.be.at.least(groups.minGroup);
        const shownTotal = groups.shown.reduce((sum, g) => sum + g.n, 0);
        if (groups.shown.length) {
          // The shown groups make up the whole: taking them from the total leaves nothing.
          expect(shownTotal).to.equal(summary.n);
          expect(groups.hidden).to.equal(0);
          // Their band counts add up to the whole's, so that no band count is left over either.
          for (const band of Object.keys(summary.overall.bands)) {
            expect(groups.shown.reduce((sum, g) => sum + (g.overall.bands[band] ?? 0), 0), band).to.equal(summary.overall.bands[band]);
          }
        } else {
          expect(groups.hidden).to.equal(summary.n);
        }
        // An answer outside the questionnaire's choices is never shown as a group of its own.
        expect(groups.shown.some((g) => g.value === 'not-a-choice')).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });

  it('gives output that its published schema accepts, and never throws on any input', () => {
    const accepts: SummaryJson = {} as Summary; // the type, too, is the schema's
    void accepts;
    fc.assert(
      fc.property(fc.oneof(fc.array(anEntry, { maxLength: 30 }), fc.anything()), (results) => {
        const summary = aggregate(instrument(), Array.isArray(results) ? results : [results], options(3));
        const parsed = SummarySchema.safeParse(summary);
        expect(parsed.success, JSON.stringify(parsed.error?.issues ?? [])).to.equal(true);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects, without throwing, whatever is not a summary', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(SummarySchema.safeParse(value).success).to.equal(false);
      }),
    );
    const good = aggregate(instrument(), [], options(5));
    expect(SummarySchema.safeParse(good).success).to.equal(true);
    expect(SummarySchema.safeParse({ ...good, version: 2 }).success).to.equal(false);
    expect(SummarySchema.safeParse({ ...good, n: -1 }).success).to.equal(false);
    expect(SummarySchema.safeParse({ ...good, overall: { ...good.overall, median: 140 } }).success).to.equal(false);
  });
});
