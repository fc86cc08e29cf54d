import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { checkAxes, checkSeries } from '../src/components/radar/validate.js';
import { describeIssue, formatPath } from '../src/internal/issues.js';
import { inLocale } from '../src/internal/localize.js';
import { RadarAxesSchema, RadarSeriesListSchema } from '../src/schema/radar.js';
import { localize, type Text } from '../src/schema/text.js';

/**
 * The radar checks its data without zod (validate.ts). It must accept and refuse exactly what
 * RadarAxesSchema and RadarSeriesListSchema accept and refuse, with the same problems in the same
 * order, said in the same words, and read the same labels and values: both are run here on
 * generated data, near the valid shapes and far from them.
 */

type Outcome = { data: unknown[]; issues?: undefined } | { issues: z.core.$ZodIssue[] };
const said = (issues: z.core.$ZodIssue[]) =>
  (['fr', 'en'] as const).flatMap((locale) =>
    inLocale(locale, () => issues.map((i) => `${i.code} ${formatPath(i.path)}: ${describeIssue(i)}`)),
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
      fc.property(list(axis, 6), (input) => same(checkAxes(input), RadarAxesSchema.safeParse(input, { reportInput: true }))),
      { numRuns: 1000 },
    );
  });

  it('axes that are almost right: duplicate ids, texts only blank, ids too long', () => {
    const good = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'a'.repeat(101), 'a b'), label: fc.constantFrom('A', ' ', { fr: 'A' }, { en: ' ' }) });
    fc.assert(
      fc.property(fc.array(good, { maxLength: 6 }), (input) => same(checkAxes(input), RadarAxesSchema.safeParse(input, { reportInput: true }))),
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
