import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { acceptRadarData } from '../src/components/radar/quick-check.js';
import { checkRadar as checkWithZod } from '../src/components/radar/check-with-zod.js';
import { checkAxes, checkRadarData, checkSeries, english, type Loaded } from '../src/components/radar/validate.js';
import { describeIssue, formatPath } from '../src/internal/issues.js';
import { addEnglish, inLocale } from '../src/internal/localize.js';
import { ID_MAX_LENGTH, ID_PATTERN } from '../src/schema/id.js';
import { RadarAxesSchema, RadarSeriesListSchema } from '../src/schema/radar.js';
import { localize, type Text } from '../src/schema/text.js';

/**
 * The radar checks its data without zod (validate.ts). It must accept and refuse exactly what
 * RadarAxesSchema and RadarSeriesListSchema accept and refuse, with the same problems in the same
 * order, said in the same words, and read the same labels and values: both are run here on
 * generated data, near the valid shapes and far from them.
 */

addEnglish(english);
const loaded: Loaded = { msg, str, idPattern: ID_PATTERN, idMaxLength: ID_MAX_LENGTH };

type Outcome = { data: unknown[]; issues?: undefined } | { issues: z.core.$ZodIssue[] };
const said = (issues: z.core.$ZodIssue[]) =>
  (['fr', 'en'] as const).flatMap((locale) =>
    inLocale(locale, () => issues.map((i) => `${i.code} ${formatPath(i.path, loaded)}: ${describeIssue(i, loaded)}`)),
  );
/**
 * What the radar reads of the data: each label in both languages, each id; for series, whether
 * there is a band and each value, low and high as the radar reads them (a number, else nothing).
 */
function read(data: unknown[]): unknown {
  const number = (record: unknown, key: string) => {
    const v = (record as Record<string, unknown> | undefined)?.[key];
    return typeof v === 'number' ? v : null;
  };
  return data.map((item) => {
    const { label, id, values, low, high } = item as { label: Text; id?: string } & Record<string, unknown>;
    const keys = ['a', 'b', 'x1', 'pouvoir', '1', 'constructor', 'toString', '__proto__'];
    return {
      id,
      fr: localize(label, 'fr'),
      en: localize(label, 'en'),
      band: Boolean(low && high),
      cells: values === undefined ? [] : keys.map((k) => [number(values, k), number(low, k), number(high, k)]),
    };
  });
}
function same(ours: Outcome, zod: { success: boolean; data?: unknown; error?: { issues: z.core.$ZodIssue[] } }): void {
  if (zod.success) {
    expect(ours.issues, JSON.stringify(ours.issues)).to.equal(undefined);
    expect(read((ours as { data: unknown[] }).data)).to.deep.equal(read(zod.data as unknown[]));
  } else {
    expect(ours.issues, 'refused by zod').to.not.equal(undefined);
    expect(said(ours.issues!)).to.deep.equal(said(zod.error!.issues));
  }
}

const id = fc.oneof(
  fc.constantFrom('a', 'b', 'x1', 'x1', 'pouvoir', 'A-b_c.d:e', 'é', ' a', 'a b', '', '-a'),
  fc.string({ maxLength: 4 }),
  fc.constantFrom('a'.repeat(100), 'a'.repeat(101), '\u{1F600}'.repeat(60), '\u{1F600}'.repeat(101)),
  fc.constantFrom(undefined, null, 3, true, [], ['a'], Array(150).fill('a'), { length: 200 }, { length: 'x' }),
);
const text = fc.oneof(
  fc.constantFrom('Pouvoir', '  Pouvoir  ', '', '   ', '\t'),
  fc.string({ maxLength: 3 }),
  fc.record(
    { fr: fc.oneof(fc.constantFrom('Pouvoir', ' ', '', undefined), fc.constantFrom(3, null)), en: fc.oneof(fc.constantFrom('Power', ' ', undefined), fc.constant(false)), other: fc.string() },
    { requiredKeys: [] },
  ),
  fc.constantFrom(undefined, null, 0, 12, [], ['Pouvoir'], new Date(0), { length: 0 }),
);
const value = fc.oneof(
  fc.double(),
  fc.integer({ min: -50, max: 150 }),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, '50', true, [], {}),
);
const values = fc.oneof(
  fc.dictionary(fc.constantFrom('a', 'b', 'x1', 'pouvoir', '__proto__', 'constructor', '1', 'toString'), value, { maxKeys: 5 }),
  fc.constantFrom(undefined, null, 3, 'a', [], [1, 2], new Map(), new Date(0), Object.create(null), { [Symbol('s')]: 1, a: 2 }),
  fc.constant(Object.defineProperty({ a: 1 }, 'b', { value: 'x', enumerable: false })),
);
const axis = fc.oneof(
  fc.record({ id, label: text, extra: fc.anything() }, { requiredKeys: ['id', 'label'] }),
  fc.record({ id, label: text }, { requiredKeys: [] }),
  fc.constantFrom(undefined, null, 'a', 3, [], new Map()),
);
const series = fc.oneof(
  fc.record({ label: text, values, low: values, high: values }, { requiredKeys: ['label', 'values'] }),
  fc.record({ label: text, values, low: values, high: values }, { requiredKeys: [] }),
  fc.constantFrom(undefined, null, 'a', 3, []),
);
const list = <T>(item: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.array(item, { maxLength: max }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 'axes', 'a string longer than ten', { length: 20 }, 3, {}) },
    { weight: 1, arbitrary: fc.anything() },
  );

describe('the radar checks its data as its zod schemas do', () => {
  it('the axes: same refusals in the same words, same labels', () => {
    fc.assert(
      fc.property(list(axis, 6), (input) => same(checkAxes(input, loaded), RadarAxesSchema.safeParse(input, { reportInput: true }))),
      { numRuns: 1000 },
    );
  });

  it('axes that are almost right: duplicate ids, texts only blank, ids too long', () => {
    const good = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'a'.repeat(101), 'a b'), label: fc.constantFrom('A', ' ', { fr: 'A' }, { en: ' ' }) });
    fc.assert(
      fc.property(fc.array(good, { maxLength: 6 }), (input) => same(checkAxes(input, loaded), RadarAxesSchema.safeParse(input, { reportInput: true }))),
      { numRuns: 500 },
    );
  });

  it('the series: same refusals in the same words, same labels and values', () => {
    fc.assert(
      fc.property(list(series, 12), (input) => same(checkSeries(input), RadarSeriesListSchema.safeParse(input, { reportInput: true }))),
      { numRuns: 1000 },
    );
  });

  it('series that are almost right, up to eleven of them', () => {
    const good = fc.record(
      { label: fc.constantFrom('A', ' ', { fr: 'A', en: 'B' }), values: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.double(), fc.constant(null))) },
      { requiredKeys: ['label', 'values'] },
    );
    fc.assert(
      fc.property(fc.array(good, { maxLength: 11 }), (input) => same(checkSeries(input), RadarSeriesListSchema.safeParse(input, { reportInput: true }))),
      { numRuns: 500 },
    );
  });
});

/**
 * The radar accepts right data at once (quick-check.ts) and loads the full check (validate.ts) only
 * when that quick check refuses it: both must accept exactly the same data, and read it the same.
 */
describe('the quick check of the radar accepts what the full check accepts, and nothing else', () => {
  function agree(axes: unknown, series: unknown): void {
    const quick = acceptRadarData(axes, series);
    const full = checkRadarData(axes, series, loaded);
    if (full.issues) {
      expect(quick, `refused by the full check: ${JSON.stringify(full.issues)}`).to.equal(undefined);
    } else {
      expect(quick, 'accepted by the full check').to.not.equal(undefined);
      expect(read(quick!.axes)).to.deep.equal(read(full.axes));
      expect(read(quick!.series)).to.deep.equal(read(full.series));
    }
  }
  const goodAxes = fc.array(
    fc.record({ id: fc.constantFrom('a', 'b', 'x1', 'pouvoir', 'a'.repeat(100), 'a'.repeat(101), 'a b', ''), label: text }),
    { maxLength: 5 },
  );
  const goodSeries = fc.array(
    fc.record(
      { label: text, values, low: values, high: values },
      { requiredKeys: ['label', 'values'] },
    ),
    { maxLength: 11 },
  );

  it('on data of any shape', () => {
    fc.assert(fc.property(list(axis, 6), list(series, 12), (axes, s) => agree(axes, s)), { numRuns: 1000 });
  });

  it('on data that is almost right', () => {
    fc.assert(fc.property(goodAxes, goodSeries, (axes, s) => agree(axes, s)), { numRuns: 1000 });
  });

  it('on data that is right, or wrong in one place', () => {
    const label = fc.constantFrom<unknown>('A', ' B ', { fr: 'A' }, { fr: ' ', en: 'B' }, { en: 'B', other: 3 });
    const axes = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'x:1', 'y.2'), { maxLength: 6 }).chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ id: fc.constant<unknown>(id), label }))),
    );
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'zz'), fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)), { maxKeys: 4 });
    const seriesList = fc.array(fc.record({ label, values: record, low: record, high: record }, { requiredKeys: ['label', 'values'] }), { maxLength: 10 });
    let accepted = 0;
    fc.assert(
      fc.property(axes, seriesList, fc.nat(40), fc.anything(), (a, s, where, by) => {
        // Mostly right; else with one axis more, which is anything, or has the first one's id.
        const list = where % 4 > 1 ? a : [...a, where % 4 ? by : { ...a[0], label: 'B' }];
        agree(list, s);
        if (acceptRadarData(list, s)) accepted += 1;
      }),
      { numRuns: 1000 },
    );
    expect(accepted, 'data accepted').to.be.greaterThan(200);
  });

  it('accepts the usual data, trimming its labels', () => {
    const data = acceptRadarData(
      [{ id: 'a', label: ' Pouvoir ' }, { id: 'b', label: { fr: 'Savoir', en: 'Knowledge' } }, { id: 'c', label: { en: 'Network' } }],
      [{ label: 'Nous', values: { a: 50, b: null, c: undefined }, low: { a: 10 }, high: { a: 90 } }],
    );
    expect(data?.axes.map((a) => a.label)).to.deep.equal(['Pouvoir', { fr: 'Savoir', en: 'Knowledge' }, { en: 'Network' }]);
    expect(data?.series[0]).to.deep.equal({ label: 'Nous', values: { a: 50, b: null, c: undefined }, low: { a: 10 }, high: { a: 90 } });
  });
});

/** The self-contained files say what is wrong with the radar's data with zod (check-with-zod.ts): same outcome, same words, where. */
describe('the self-contained files check the radar’s data as the npm modules do', () => {
  it('same data read, same problems said in the same words, in both languages', () => {
    fc.assert(
      fc.property(list(axis, 6), list(series, 12), (axes, s) => {
        for (const locale of ['fr', 'en'] as const) {
          const zod = inLocale(locale, () => checkWithZod(axes, s));
          const ours = inLocale(locale, () => checkRadarData(axes, s, loaded));
          if (ours.issues) expect(zod.issues).to.deep.equal(ours.issues);
          else if (zod.issues) expect.fail(`refused with zod: ${JSON.stringify(zod.issues)}`);
          else {
            expect(read(zod.axes)).to.deep.equal(read(ours.axes));
            expect(read(zod.series)).to.deep.equal(read(ours.series));
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
