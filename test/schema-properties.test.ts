import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { bandFor, computeScores, scoreItems } from '../src/components/checklist/scoring.js';
import { SavedProgressSchema } from '../src/components/checklist/storage.js';
import { sayIssues } from '../src/schema/issues.js';
import { InstrumentSchema, type Instrument } from '../src/schema/instrument.js';
import { ResultSchema, type Answers } from '../src/schema/result.js';
import { parseRoleTable } from '../src/schema/roles.js';
import { SubmissionSchema } from '../src/schema/submission.js';
import { miniInstrument } from './helpers.js';

/**
 * Properties of the data model over many generated inputs (fast-check shrinks a failure to the
 * smallest input that shows it): parsing anything never throws and a refusal always says where
 * and what, in words; scoring keeps its promises whatever the questionnaire and the answers.
 * The summary's own properties are in aggregate-properties.test.ts.
 */

type Parse = (data: unknown) => { success: true } | { success: false; issues: z.core.$ZodIssue[] };
const PARSERS: Record<string, Parse> = {
  instrument: (d) => {
    const r = InstrumentSchema.safeParse(d);
    return r.success ? { success: true } : { success: false, issues: r.error.issues };
  },
  result: (d) => {
    const r = ResultSchema.safeParse(d);
    return r.success ? { success: true } : { success: false, issues: r.error.issues };
  },
  submission: (d) => {
    const r = SubmissionSchema.safeParse(d);
    return r.success ? { success: true } : { success: false, issues: r.error.issues };
  },
  'saved progress': (d) => {
    const r = SavedProgressSchema.safeParse(d);
    return r.success ? { success: true } : { success: false, issues: r.error.issues };
  },
  'role table': (d) => parseRoleTable(d),
};

/** A refusal is clear: at least one issue, each with a path that can be written and a message in words. */
function assertClear(parse: Parse, data: unknown): boolean {
  const outcome = parse(data);
  if (outcome.success) return true;
  expect(outcome.issues.length).to.be.greaterThan(0);
  const said = sayIssues(outcome.issues);
  outcome.issues.forEach((issue, i) => {
    expect(Array.isArray(issue.path)).to.equal(true);
    expect(said[i].path).to.be.a('string').and.not.equal('');
    expect(said[i].message).to.be.a('string').and.match(/\p{L}{2,}/u);
  });
  return true;
}

/** Replaces one value somewhere in `value` (chosen by `where`) by `by`. */
function mutate(value: unknown, where: number, by: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  const path = paths[where % paths.length];
  if (!path.length) return by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = by;
  return copy;
}

const anyJson = fc.oneof(fc.anything(), fc.jsonValue(), fc.json().map((t) => JSON.parse(t) as unknown));

describe('parsing outside data: properties', () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`parsing any value as a ${name} never throws, and a refusal says where and what`, () => {
      fc.assert(fc.property(anyJson, (data) => assertClear(parse, data)), { numRuns: 300 });
    });
  }

  it('a valid questionnaire with any one value replaced is taken or refused clearly, never with an exception', () => {
    const valid = miniInstrument();
    fc.assert(
      fc.property(fc.nat(), fc.oneof(fc.anything(), fc.string(), fc.constant(null)), (where, by) => assertClear(PARSERS.instrument, mutate(valid, where, by))),
      { numRuns: 500 },
    );
  });
});

// ---- scoring ----

/** A questionnaire: 2 to 11 increasing scale values, 1 to 3 sections, 1 to 8 items, bands from 0. */
const anInstrument: fc.Arbitrary<Instrument> = fc
  .record({
    values: fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 11 }),
    sections: fc.integer({ min: 1, max: 3 }),
    items: fc.array(fc.record({ section: fc.nat(), dims: fc.subarray(['d1', 'd2']) }), { minLength: 1, maxLength: 8 }),
    mins: fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 4 }),
  })
  .map(({ values, sections, items, mins }) => ({
    id: 'gen',
    version: '1',
    title: 'Généré',
    scale: { choices: [...values].sort((a, b) => a - b).map((value) => ({ value, label: String(value) })), notApplicable: { label: 'NA' } },
    sections: Array.from({ length: sections }, (_, i) => ({ id: `s${i}`, title: `S${i}` })),
    dimensions: [{ id: 'd1', label: 'D1' }, { id: 'd2', label: 'D2' }],
    items: items.map((item, i) => ({ id: `q${i}`, section: `s${item.section % sections}`, text: `Q${i}`, dimensions: item.dims })),
    bands: [0, ...mins].map((min) => ({ id: `b${min}`, min, label: `B${min}` })),
  }));

/** A questionnaire and answers to some of its items: values of its scale or « Ne s'applique pas ». */
const withAnswers = anInstrument.chain((instrument) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...instrument.items.map((i) => i.id)),
        fc.oneof(fc.constantFrom(...instrument.scale.choices.map((c) => c.value)), fc.constant('na' as const)),
      ),
    )
    .map((pairs) => ({ instrument, answers: Object.fromEntries(pairs) as Answers })),
);

describe('scoring: properties', () => {
  it('generated questionnaires are valid ones (so that the properties below are about real input)', () => {
    fc.assert(fc.property(anInstrument, (instrument) => InstrumentSchema.safeParse(instrument).success));
  });

  it('every percent is within 0–100 (or null when nothing is answered on the scale), every mean within the scale', () => {
    fc.assert(
      fc.property(withAnswers, ({ instrument, answers }) => {
        const values = instrument.scale.choices.map((c) => c.value);
        const scores = computeScores(instrument, answers);
        for (const score of [scores.overall, ...scores.sections, ...scores.dimensions]) {
          if (score.answered === 0) {
            expect([score.percent, score.mean, score.band]).to.deep.equal([null, null, null]);
          } else {
            expect(score.percent).to.be.within(0, 100);
            expect(score.mean).to.be.within(Math.min(...values) - 0.005, Math.max(...values) + 0.005);
          }
          expect(score.answered + score.notApplicable).to.be.at.most(score.total);
        }
      }),
    );
  });

  it('« Ne s’applique pas » is never counted: the score is that of the answers on the scale alone', () => {
    fc.assert(
      fc.property(withAnswers, ({ instrument, answers }) => {
        const onScale = Object.fromEntries(Object.entries(answers).filter(([, a]) => a !== 'na'));
        const all = scoreItems(instrument, instrument.items, answers);
        const without = scoreItems(instrument, instrument.items, onScale);
        expect({ ...all, notApplicable: 0 }).to.deep.equal(without);
        expect(all.answered).to.equal(Object.keys(onScale).length);
        expect(all.notApplicable).to.equal(Object.keys(answers).length - Object.keys(onScale).length);
      }),
    );
  });

  it('adding a « Ne s’applique pas » answer changes no score, only the count of such answers', () => {
    fc.assert(
      fc.property(withAnswers, fc.nat(), ({ instrument, answers }, pick) => {
        const open = instrument.items.filter((i) => !(i.id in answers));
        fc.pre(open.length > 0);
        const item = open[pick % open.length];
        const before = computeScores(instrument, answers);
        const after = computeScores(instrument, { ...answers, [item.id]: 'na' });
        const strip = (s: { notApplicable: number }) => ({ ...s, notApplicable: 0 });
        expect(strip(after.overall)).to.deep.equal(strip(before.overall));
        expect(after.overall.notApplicable).to.equal(before.overall.notApplicable + 1);
        expect(after.sections.map(strip)).to.deep.equal(before.sections.map(strip));
        expect(after.dimensions.map(strip)).to.deep.equal(before.dimensions.map(strip));
      }),
    );
  });

  it('the order of the answers does not matter', () => {
    fc.assert(
      fc.property(
        withAnswers.chain(({ instrument, answers }) =>
          fc.shuffledSubarray(Object.entries(answers), { minLength: Object.keys(answers).length }).map((shuffled) => ({
            instrument,
            answers,
            shuffled: Object.fromEntries(shuffled) as Answers,
          })),
        ),
        ({ instrument, answers, shuffled }) => {
          expect(computeScores(instrument, shuffled)).to.deep.equal(computeScores(instrument, answers));
        },
      ),
    );
  });

  it('each score’s band is the one with the highest start not above its percent', () => {
    fc.assert(
      fc.property(withAnswers, ({ instrument, answers }) => {
        const scores = computeScores(instrument, answers);
        for (const score of [scores.overall, ...scores.sections, ...scores.dimensions]) {
          if (score.percent === null) continue;
          const band = instrument.bands.find((b) => b.id === score.band)!;
          expect(band, `a band for ${score.percent}`).to.exist;
          expect(band.min).to.be.at.most(score.percent);
          expect(instrument.bands.filter((b) => b.min <= score.percent! && b.min > band.min)).to.deep.equal([]);
          expect(bandFor(instrument, score.percent)?.id).to.equal(score.band);
        }
      }),
    );
  });

  it('a higher answer never lowers a score', () => {
    fc.assert(
      fc.property(withAnswers, fc.nat(), ({ instrument, answers }, pick) => {
        const rated = Object.entries(answers).filter(([, a]) => a !== 'na');
        fc.pre(rated.length > 0);
        const [id, value] = rated[pick % rated.length];
        const higher = instrument.scale.choices.map((c) => c.value).filter((v) => v > (value as number));
        fc.pre(higher.length > 0);
        const before = computeScores(instrument, answers).overall.percent!;
        const after = computeScores(instrument, { ...answers, [id]: higher[0] }).overall.percent!;
        expect(after).to.be.at.least(before);
      }),
    );
  });
});
