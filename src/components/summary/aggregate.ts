import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument, Item, ProfileField } from '../../schema/instrument.js';
import { DONT_KNOW, NOT_APPLICABLE, PROFILE_VALUE_MAX_LENGTH, RESULT_ID_MAX_LENGTH, ResultSchema } from '../../schema/result.js';
import { ID_MAX_LENGTH, ID_PATTERN, type Text } from '../../schema/text.js';
import { bandIndexFor, itemGroups, percentOf, scaleRange } from '../checklist/scoring.js';

/**
 * The group's picture from many results of one questionnaire: pure (no DOM, no Lit), the same in
 * the browser (`<partenariat-summary>`) and in the collector (`GET …/summary`). Scores are worked
 * out again from each result's answers with the checklist's own scoring, so that a result edited
 * by hand cannot skew them. No output names an organization or ranks them.
 */

/** Figures over the results that have a score: counts, mean, median, quartiles, range, bands. */
export interface Stats {
  /** Results with a score here (at least one answer on the scale). */
  n: number;
  mean: number | null;
  median: number | null;
  /** First and third quartiles (linear interpolation between ranks, as R's type 7). */
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** How many results fall in each band, by band id, in the questionnaire's order. */
  bands: Record<string, number>;
}

export interface ItemSummary {
  id: string;
  /** How many results gave each value of the scale, by value. */
  counts: Record<string, number>;
  /** « Ne s'applique pas » (before the default questionnaire's 2.0.0, also « Je ne sais pas »). */
  notApplicable: number;
  /** « Je ne sais pas », for the questionnaires that offer it. */
  dontKnow: number;
  /** Results without an answer to this item. */
  unanswered: number;
  /** The median answer on the scale; null without answers. */
  median: number | null;
  /** The standard deviation of the answers on the scale, in percent of the scale's range. */
  spread: number | null;
}

export interface GroupSummary {
  /** The profile field's value; `null` for « Autres » (the small groups merged) . */
  value: string | null;
  /** The choice's label, as the questionnaire gives it; for « Autres », none. */
  label?: Text;
  /** How many results the group holds. */
  n: number;
  overall: Stats;
  sections: Array<Stats & { id: string }>;
  dimensions: Array<Stats & { id: string }>;
}

export type ExclusionReason = 'invalid' | 'other-instrument' | 'other-version' | 'duplicate';

export interface Summary {
  format: 'partenariat-summary';
  version: 1;
  generatedAt: string;
  instrument: { id: string; version: string };
  /** The results counted. */
  n: number;
  /** The first and last `updatedAt` of the results counted. */
  period: { from: string | null; to: string | null };
  overall: Stats;
  sections: Array<Stats & { id: string }>;
  dimensions: Array<Stats & { id: string }>;
  items: ItemSummary[];
  /** The ids of the items where answers differ the most, widest first (at most {@link WIDEST}). */
  widestSpread: string[];
  /** Results left out, with why (their id when they have one). */
  excluded: Array<{ index: number; id: string | null; reason: ExclusionReason }>;
  /** With `groupBy`: the groups large enough to show, and the small ones merged into « Autres ». */
  groups?: {
    by: string;
    minGroup: number;
    shown: GroupSummary[];
    /** How many results are in groups too small to show that could not be merged into one large enough. */
    hidden: number;
  };
}

export interface AggregateOptions {
  /** A profile field of type `choice` (kind of organization, region) to compare groups by. */
  groupBy?: string;
  /** The smallest group shown: 5 by default, never below 3. */
  minGroup?: number;
  /** The time written in the output (for reproducible output and tests). */
  now?: Date;
}

/**
 * The parts of a result that the summary reads, checked by the result's own schema. The scores and
 * recommendations a result carries are worked out again from its answers, so they need no check.
 */
const CountedResultSchema = lazy(() =>
  z.pick(ResultSchema, { format: true, version: true, id: true, instrument: true, locale: true, updatedAt: true, profile: true, answers: true }),
);

type Counted = z.infer<typeof CountedResultSchema>;

/** How many items `widestSpread` lists. */
export const WIDEST = 5;

const round = (value: number) => Math.round(value * 10) / 10;

/** The value at quantile `p` of `length` values in ascending order, `valueAt(rank)` each, interpolating between ranks. */
function quantile(valueAt: (rank: number) => number, length: number, p: number): number {
  const at = (length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return valueAt(low) + (valueAt(high) - valueAt(low)) * (at - low);
}

/** A result that passed, kept until the end when the same id may come again (see {@link createAggregator}). */
interface Entry {
  /** Its place in the list given. */
  index: number;
  /** The result as given. */
  value: unknown;
  /** What the schema gives of it, when the schema read it (see {@link readCounted}). */
  counted: Counted | undefined;
  id: string;
  updatedAt: string;
  profile: Readonly<Record<string, string>>;
  /** Where its answers start in the table of kept answers. */
  row: number;
}

/** The percentages a score can take, in tenths: 0, 0.1 … 100 (see `percentOf`). */
const TENTHS = 1001;

/**
 * How many scores took each percentage, for one score (overall, a section, a dimension) over one
 * group of results: all the figures need, in a few kilobytes whatever the number of results. The
 * percentages are rounded to a tenth by `percentOf`, so a count per tenth holds them; any other
 * value (there is none today) is counted apart, so that nothing is ever rounded here.
 */
class Tally {
  readonly tenths = new Int32Array(TENTHS);
  /** The tenths taken at least once, in the order first taken: the figures read these alone, not all 1,001. */
  readonly taken: number[] = [];
  other: Map<number, number> | undefined;

  add(percent: number) {
    const tenth = Math.round(percent * 10);
    if (tenth >= 0 && tenth < TENTHS && tenth / 10 === percent) {
      if (this.tenths[tenth]++ === 0) this.taken.push(tenth);
    } else (this.other ??= new Map()).set(percent, (this.other.get(percent) ?? 0) + 1);
  }
}

/** The results of one value of the grouping field (all results without `groupBy`): n, and a {@link Tally} per score. */
interface Bucket {
  n: number;
  tallies: Tally[];
}

/**
 * The questionnaire read once, for the many results of one summary: each result's answers become
 * small numbers in a row (a column per item: 0 unanswered, 1… the scale's choices, then « ne
 * s'applique pas », then « je ne sais pas »), scored overall, by section and by dimension without
 * an object per answer or per score, and counted into tallies, per item and per score. Ten thousand
 * results make no object per answer or per score, and keep nothing per result: the figures are the
 * same as scoring each result with `computeScores` and sorting the scores, in far less time and memory.
 */
class Table {
  readonly items: number;
  /** The column of each item id. */
  private readonly column = new Map<string, number>();
  /** The code of each value of the scale. */
  private readonly code = new Map<number, number>();
  /** The scale's value of each code (index 0 unused). */
  readonly values: number[] = [0];
  /** The code of « ne s'applique pas », 0 when the scale has none (such an answer is left out). */
  readonly na: number;
  /** The code of « je ne sais pas », 0 when the scale has none. */
  readonly dk: number;
  /** How many codes an item's tally holds. */
  private readonly width: number;
  private readonly min: number;
  private readonly max: number;
  /** The items of overall, then each section, then each dimension, as columns. */
  readonly groups: Int32Array[];
  /** The row a result is read into. */
  readonly scratch: Uint8Array;
  /** By item, how many counted results gave each code. */
  readonly answered: Int32Array;
  /** Scratch of {@link stats}: the tallies of one score merged, by tenth; all zero between calls. */
  private readonly merged = new Int32Array(TENTHS);

  constructor(readonly instrument: Instrument) {
    this.items = instrument.items.length;
    // Only ids the schema accepts as keys: a key found here needs no other check.
    instrument.items.forEach((item, i) => {
      if (!this.column.has(item.id) && isId(item.id)) this.column.set(item.id, i);
    });
    for (const choice of instrument.scale.choices) {
      if (this.code.has(choice.value)) continue;
      this.values.push(choice.value);
      this.code.set(choice.value, this.values.length - 1);
    }
    this.na = instrument.scale.notApplicable ? this.values.length : 0;
    this.dk = instrument.scale.dontKnow ? this.values.length + (this.na ? 1 : 0) : 0;
    this.width = this.values.length + 2;
    ({ min: this.min, max: this.max } = scaleRange(instrument));
    const { overall, sections, dimensions } = itemGroups(instrument);
    const columns = (items: readonly Item[]) => Int32Array.from(items, (item) => instrument.items.indexOf(item));
    this.groups = [columns(overall), ...sections.map(([, items]) => columns(items)), ...dimensions.map(([, items]) => columns(items))];
    this.scratch = new Uint8Array(this.items);
    this.answered = new Int32Array(this.items * this.width);
  }

  newBucket(): Bucket {
    return { n: 0, tallies: this.groups.map(() => new Tally()) };
  }

  /**
   * Puts `answers` in `row` (all unanswered before), keeping only what the questionnaire accepts (as
   * `keepValidAnswers` does). False, before the schema has had its say, when `answers` is not
   * surely what {@link AnswersSchema} accepts: a plain object of ids to finite numbers, `"na"` or `"dk"`.
   */
  fill(row: Uint8Array, answers: unknown): boolean {
    if (!isPlain(answers) || Object.getOwnPropertySymbols(answers).length) return false;
    // for…in rather than Object.keys: the engine reads each value from the key's own slot. It also
    // walks what a page may have added to Object.prototype, which the schema never reads: skipped.
    for (const key in answers) {
      if (!hasOwn.call(answers, key)) continue;
      const column = this.column.get(key);
      if (column === undefined && !isId(key)) return false;
      const answer = answers[key];
      let code: number;
      if (answer === NOT_APPLICABLE) code = this.na;
      else if (answer === DONT_KNOW) code = this.dk;
      else if (typeof answer === 'number' && Number.isFinite(answer)) code = this.code.get(answer) ?? 0;
      else return false;
      if (code && column !== undefined) row[column] = code;
    }
    return true;
  }

  /** The highest code an item's answer can take (see {@link fill}). */
  get top(): number {
    return Math.max(this.values.length - 1, this.na, this.dk);
  }

  /** `row` as text, one character per item: its code in base 36 (see {@link CodedResult}). */
  encode(row: Uint8Array): string {
    let text = '';
    for (let i = 0; i < this.items; i++) text += CODE_CHARACTERS[row[i]];
    return text;
  }

  /** Puts the codes of `text` (see {@link encode}) in `row`; false, `row` then unsure, when `text` is not one code per item that this questionnaire gives. */
  decode(text: string, row: Uint8Array): boolean {
    if (typeof text !== 'string' || text.length !== this.items) return false;
    const top = this.top;
    for (let i = 0; i < this.items; i++) {
      const c = text.charCodeAt(i);
      // '0'…'9', then 'a'…'z': the digits of base 36.
      const code = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
      if (code < 0 || code > top) return false;
      row[i] = code;
    }
    return true;
  }

  /** Counts the answers of `row` (at `at`) into {@link answered}, and its scores (as `scoreItems` does) into `bucket`. */
  count(row: Uint8Array, at: number, bucket: Bucket) {
    const { values, groups, min, max, answered, width, items } = this;
    const scaleCodes = values.length;
    bucket.n++;
    for (let i = 0; i < items; i++) answered[i * width + row[at + i]]++;
    for (let g = 0; g < groups.length; g++) {
      const columns = groups[g];
      let sum = 0;
      let given = 0;
      for (let c = 0; c < columns.length; c++) {
        const code = row[at + columns[c]];
        if (code !== 0 && code < scaleCodes) {
          sum += values[code];
          given++;
        }
      }
      if (given) bucket.tallies[g].add(percentOf(sum, given, min, max));
    }
  }

  /** The figures of score `g` over the results of `buckets`. */
  stats(g: number, buckets: readonly Bucket[]): Stats {
    const { instrument } = this;
    // The percentages taken and how many times, in ascending order: the sorted scores, each value once.
    const { merged } = this;
    const distinct: number[] = [];
    const others = new Map<number, number>();
    for (const bucket of buckets) {
      const tally = bucket.tallies[g];
      for (const t of tally.taken) {
        if (merged[t] === 0) distinct.push(t);
        merged[t] += tally.tenths[t];
      }
      for (const [value, times] of tally.other ?? []) others.set(value, (others.get(value) ?? 0) + times);
    }
    const runs: Array<[number, number]> = [];
    // A typed array sorts its numbers in place, without a comparison function to call.
    for (const t of Int32Array.from(distinct).sort()) {
      runs.push([t / 10, merged[t]]);
      merged[t] = 0;
    }
    if (others.size) {
      runs.push(...others);
      runs.sort((a, b) => a[0] - b[0]);
    }
    const tally = new Int32Array(instrument.bands.length);
    let count = 0;
    for (const [value, times] of runs) {
      count += times;
      const band = bandIndexFor(instrument, value);
      if (band >= 0) tally[band] += times;
    }
    const bands = Object.fromEntries(instrument.bands.map((b) => [b.id, 0]));
    instrument.bands.forEach((b, i) => (bands[b.id] += tally[i]));
    if (!count) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null, bands };
    // Summed per value taken (the value times how many), in ascending order (see `perValue` in the tests' reference).
    let sum = 0;
    for (const [value, times] of runs) sum += value * times;
    const at = valueAtRank(runs);
    return {
      n: count,
      mean: round(sum / count),
      median: round(quantile(at, count, 0.5)),
      q1: round(quantile(at, count, 0.25)),
      q3: round(quantile(at, count, 0.75)),
      min: runs[0][0],
      max: runs[runs.length - 1][0],
      bands,
    };
  }

  figures(buckets: readonly Bucket[]) {
    const { instrument } = this;
    const sections = instrument.sections.length;
    return {
      overall: this.stats(0, buckets),
      sections: instrument.sections.map((section, i) => ({ id: section.id, ...this.stats(1 + i, buckets) })),
      dimensions: (instrument.dimensions ?? []).map((dimension, i) => ({ id: dimension.id, ...this.stats(1 + sections + i, buckets) })),
    };
  }

  /** The answers to item `i` over the results counted. */
  item(i: number): ItemSummary {
    const { instrument, values, na, dk, width } = this;
    const tally = this.answered.subarray(i * width, (i + 1) * width);
    const counts = Object.fromEntries(instrument.scale.choices.map((c) => [String(c.value), 0]));
    // The answers given, in ascending order of value (the scale's order is checked ascending, but
    // sorting costs nothing here and keeps no assumption).
    const order = values.map((value, code) => ({ value, code })).slice(1).sort((a, b) => a.value - b.value);
    const runs: Array<[number, number]> = [];
    let given = 0;
    for (const { value, code } of order) {
      counts[String(value)] += tally[code];
      given += tally[code];
      if (tally[code]) runs.push([value, tally[code]]);
    }
    const scale = instrument.scale.choices;
    const range = scale[scale.length - 1].value - scale[0].value;
    let spread: number | null = null;
    if (given) {
      // Per answer given (the value times how many), in ascending order: a few terms, however many results.
      let sum = 0;
      for (const [value, times] of runs) sum += value * times;
      const mean = sum / given;
      let squares = 0;
      for (const [value, times] of runs) squares += times * (value - mean) ** 2;
      spread = round((Math.sqrt(squares / given) / range) * 100);
    }
    return {
      id: instrument.items[i].id,
      counts,
      notApplicable: na ? tally[na] : 0,
      dontKnow: dk ? tally[dk] : 0,
      unanswered: tally[0],
      median: given ? quantile(valueAtRank(runs), given, 0.5) : null,
      spread,
    };
  }
}

/** The value at each rank of the sorted list that `runs` (ascending values, each with how many times it comes) stands for. */
function valueAtRank(runs: ReadonlyArray<readonly [number, number]>): (rank: number) => number {
  const ends = new Float64Array(runs.length);
  let end = 0;
  runs.forEach(([, times], r) => (ends[r] = end += times));
  return (rank) => {
    let low = 0;
    let high = runs.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] > rank) high = mid;
      else low = mid + 1;
    }
    return runs[low][0];
  };
}

const hasOwn = Object.prototype.hasOwnProperty;

/** The characters of the codes 0 to 35 in {@link CodedResult.answers}: base 36, as `Number.prototype.toString(36)` writes them. */
const CODE_CHARACTERS = '0123456789abcdefghijklmnopqrstuvwxyz';

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);

let dateTime: RegExp | undefined;
/** The pattern of the result schema's dates: the schema's own, so that the two cannot drift apart. */
const isDateTime = (value: unknown): value is string => {
  dateTime ??= (ResultSchema.shape.updatedAt._zod.def as { pattern: RegExp }).pattern;
  return typeof value === 'string' && ((dateTime.lastIndex = 0), dateTime.test(value));
};

/**
 * The parts of `value` the summary reads, without the schema when `value` is surely what
 * {@link CountedResultSchema} accepts (the answers are checked as they are put in the table);
 * undefined when unsure, and then the schema decides. Never looser than the schema: a test feeds
 * both many malformed results and compares.
 */
export function readCounted(value: unknown): { id: string; updatedAt: string; instrument: { id: string; version: string }; profile: Record<string, string>; answers: unknown } | undefined {
  if (!isPlain(value)) return undefined;
  const { format, version, id, instrument, locale, updatedAt, profile, answers } = value;
  if (format !== 'partenariat-result' || version !== 1) return undefined;
  if (typeof id !== 'string' || id.length < 1 || id.length > RESULT_ID_MAX_LENGTH) return undefined;
  if (!isPlain(instrument) || !isId(instrument.id) || typeof instrument.version !== 'string') return undefined;
  if (locale !== 'fr' && locale !== 'en') return undefined;
  if (!isDateTime(updatedAt)) return undefined;
  if (!isPlain(profile) || Object.getOwnPropertySymbols(profile).length) return undefined;
  for (const key of Object.keys(profile)) {
    const field = profile[key];
    if (!isId(key) || typeof field !== 'string' || field.length > PROFILE_VALUE_MAX_LENGTH) return undefined;
  }
  return { id, updatedAt, instrument: { id: instrument.id, version: instrument.version }, profile: profile as Record<string, string>, answers };
}

type Read = NonNullable<ReturnType<typeof readCounted>>;

/**
 * Reads `value` as `add()` counts it: its answers coded into `row` (all of it overwritten), or why
 * it is left out (it fails the schema, or is of another questionnaire or version).
 */
function readInto(table: Table, row: Uint8Array, value: unknown): { read: Read; counted: Counted | undefined } | { id: string | null; reason: ExclusionReason } {
  const { instrument } = table;
  row.fill(0);
  let read: Read | undefined = readCounted(value);
  let counted: Counted | undefined;
  if (!read || !table.fill(row, read.answers)) {
    // Unsure: the schema decides, and says why.
    row.fill(0);
    const parsed = CountedResultSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | null)?.id;
      return { id: typeof id === 'string' ? id : null, reason: 'invalid' };
    }
    read = counted = parsed.data;
    table.fill(row, counted.answers);
  }
  if (read.instrument.id !== instrument.id || read.instrument.version !== instrument.version) {
    return { id: read.id, reason: read.instrument.id !== instrument.id ? 'other-instrument' : 'other-version' };
  }
  return { read, counted };
}

/**
 * The version of the coding {@link createCoder} gives. A store that keeps coded results keeps this
 * number (and which questionnaire they were coded for) with each, and counts with
 * {@link Aggregator.addCoded} only those of the version and questionnaire at hand: any change of
 * what a code means, or of which profile values a coded result keeps, takes a new version.
 */
export const CODING_VERSION = 1;

/** A result as a summary of one questionnaire counts it (see {@link createCoder}). */
export interface CodedResult {
  id: string;
  updatedAt: string;
  /** The profile's values of the questionnaire's `choice` fields (the only ones a summary groups by), as the result gives them. */
  profile: Readonly<Record<string, string>>;
  /**
   * One character per item, in the questionnaire's order: the code of its answer in base 36
   * ('0'…'9', 'a'…): 0 unanswered (or an answer the questionnaire does not take), 1… the scale's
   * choices in the scale's order, then « ne s'applique pas » if the scale has it, then « je ne
   * sais pas » if it has it.
   */
  answers: string;
}

/**
 * A coder of results for `instrument`: what {@link Aggregator.addCoded} counts of a result, for
 * the same figures as {@link Aggregator.add} of it; null for a result that `add()` would leave
 * out (invalid, or of another questionnaire or version). A collector codes each submission once,
 * when it arrives, and its summary then reads a short row per result.
 */
export function createCoder(instrument: Instrument): (result: unknown) => CodedResult | null {
  const table = new Table(instrument);
  const row = new Uint8Array(table.items);
  const fields = (instrument.profile ?? []).filter((field) => field.type === 'choice').map((field) => field.id);
  return (value) => {
    const reading = readInto(table, row, value);
    if ('reason' in reading) return null;
    const { id, updatedAt, profile } = reading.read;
    const kept: Record<string, string> = {};
    for (const field of fields) {
      if (Object.prototype.propertyIsEnumerable.call(profile, field)) kept[field] = profile[field];
    }
    return { id, updatedAt, profile: kept, answers: table.encode(row) };
  };
}

/**
 * The groups by the profile field `field`, from the buckets of its values (`null`: a value that is
 * not one of its choices, or none): each with at least `minGroup` results is shown; the smaller ones
 * are merged into one « Autres » group, and while that group is still too small, the smallest shown
 * group joins it, so that no hidden group's figures can be had by taking the shown groups from the total.
 */
function groupsOf(table: Table, buckets: ReadonlyMap<string | null, Bucket>, field: ProfileField, minGroup: number): Summary['groups'] {
  // Unknown or missing values count with the small groups: they are never shown apart.
  const others: Bucket[] = [];
  const nullBucket = buckets.get(null);
  if (nullBucket) others.push(nullBucket);
  const byValue = [...buckets].filter((entry): entry is [string, Bucket] => entry[0] !== null);
  const shown = byValue.filter(([, bucket]) => bucket.n >= minGroup);
  for (const [, bucket] of byValue) if (bucket.n < minGroup) others.push(bucket);
  const size = (list: readonly Bucket[]) => list.reduce((n, bucket) => n + bucket.n, 0);
  // Largest first; equal sizes in the questionnaire's order of choices.
  const order = (value: string | null) => field.choices?.findIndex((c) => c.value === value) ?? 0;
  shown.sort((a, b) => b[1].n - a[1].n || order(a[0]) - order(b[0]));
  while (size(others) > 0 && size(others) < minGroup && shown.length > 0) others.push(shown.pop()![1]);
  const summaries: GroupSummary[] = shown
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([value, bucket]) => ({
      value,
      label: field.choices?.find((c) => c.value === value)?.label,
      n: bucket.n,
      ...table.figures([bucket]),
    }));
  const merged = size(others) >= minGroup;
  if (merged) summaries.push({ value: null, n: size(others), ...table.figures(others) });
  return { by: field.id, minGroup, shown: summaries, hidden: merged ? 0 : size(others) };
}

/** What the schema gives of `entry` (read when two copies of one result tie on their time). */
const countedOf = (entry: Entry) => (entry.counted ??= CountedResultSchema.parse(entry.value));

/** Whether `a` is the later copy of one result: the later `updatedAt`, else (the same instant) the larger answers, whatever their order in the list. */
function later(a: Entry, b: Entry): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return JSON.stringify(countedOf(a)) > JSON.stringify(countedOf(b));
}

export interface AggregatorOptions extends AggregateOptions {
  /**
   * The caller vouches that no two results share an id (a database keyed by it, as the
   * collector's): each result is counted as it comes and nothing of it is kept, so that memory
   * stays flat however many there are. Without it, the same id twice counts once (the later).
   */
  uniqueIds?: boolean;
}

/** A summary built one result at a time (see {@link createAggregator}). */
export interface Aggregator {
  /** Counts one more result (any value: it is checked as {@link aggregate} checks it). */
  add(result: unknown): void;
  /**
   * Counts one more result, as {@link createCoder} coded it for this aggregator's questionnaire
   * (the caller vouches for that: same questionnaire, same {@link CODING_VERSION}): the same
   * figures as `add()` of the result, without reading it again. Only with `uniqueIds`. A row that
   * is not one code per item this questionnaire gives is left out as invalid.
   */
  addCoded(coded: CodedResult): void;
  /** The summary of the results added, as {@link aggregate} gives it. */
  finish(): Summary;
}

/**
 * The summary of results given one at a time, for `instrument`: the same figures as
 * {@link aggregate} (which uses it), without holding every result at once. A collector streams its
 * stored results through it.
 */
export function createAggregator(instrument: Instrument, options: AggregatorOptions = {}): Aggregator {
  const minGroup = Math.max(3, Math.floor(options.minGroup ?? 5));
  const excluded: Summary['excluded'] = [];
  const table = new Table(instrument);
  const row = table.scratch;
  // Only a field of choices: grouping by a free text (an organization's name) would name it.
  const candidate = options.groupBy ? (instrument.profile ?? []).find((f) => f.id === options.groupBy) : undefined;
  const field = candidate?.type === 'choice' ? candidate : undefined;
  const buckets = new Map<string | null, Bucket>();
  let n = 0;
  let from: string | null = null;
  let to: string | null = null;
  // Without uniqueIds: each result's answers, kept until the end, and the latest copy of each id.
  let kept = new Uint8Array(0);
  let rows = 0;
  const byId = new Map<string, Entry>();
  let index = 0;

  const bucketOf = (profile: Readonly<Record<string, string>>): Bucket => {
    let value: string | null = null;
    if (field) {
      // Only the profile's own listed values, as the schema gives them (never an inherited or hidden one).
      const raw = Object.prototype.propertyIsEnumerable.call(profile, field.id) ? profile[field.id] : undefined;
      if (raw !== undefined && field.choices?.some((c) => c.value === raw)) value = raw;
    }
    let bucket = buckets.get(value);
    if (!bucket) buckets.set(value, (bucket = table.newBucket()));
    return bucket;
  };
  const count = (answers: Uint8Array, at: number, updatedAt: string, profile: Readonly<Record<string, string>>) => {
    n++;
    if (from === null || updatedAt < from) from = updatedAt;
    if (to === null || updatedAt > to) to = updatedAt;
    table.count(answers, at, bucketOf(profile));
  };

  return {
    add(value) {
      const at = index++;
      const reading = readInto(table, row, value);
      if ('reason' in reading) {
        excluded.push({ index: at, id: reading.id, reason: reading.reason });
        return;
      }
      const { read, counted } = reading;
      if (options.uniqueIds) {
        count(row, 0, read.updatedAt, read.profile);
        return;
      }
      const entry: Entry = { index: at, value, counted, id: read.id, updatedAt: read.updatedAt, profile: read.profile, row: -1 };
      const earlier = byId.get(entry.id);
      if (earlier && later(earlier, entry)) {
        excluded.push({ index: at, id: entry.id, reason: 'duplicate' });
        return;
      }
      if (earlier) excluded.push({ index: earlier.index, id: entry.id, reason: 'duplicate' });
      if ((rows + 1) * table.items > kept.length) {
        const grown = new Uint8Array(kept.length * 2 + table.items);
        grown.set(kept);
        kept = grown;
      }
      entry.row = rows++ * table.items;
      kept.set(row, entry.row);
      byId.set(entry.id, entry);
    },

    addCoded(coded) {
      if (!options.uniqueIds) throw new Error('addCoded() counts each row as it comes: it needs uniqueIds.');
      const at = index++;
      if (!table.decode(coded.answers, row)) {
        excluded.push({ index: at, id: typeof coded.id === 'string' ? coded.id : null, reason: 'invalid' });
        return;
      }
      count(row, 0, coded.updatedAt, coded.profile);
    },

    finish() {
      for (const entry of byId.values()) count(kept, entry.row, entry.updatedAt, entry.profile);
      // Counted now: a second finish() gives the same summary.
      byId.clear();
      excluded.sort((a, b) => a.index - b.index);
      const all = [...buckets.values()];
      const items = instrument.items.map((_, i) => table.item(i));
      const widestSpread = items
        .filter((item) => item.spread !== null && item.spread > 0)
        .map((item, i) => ({ item, i }))
        .sort((a, b) => b.item.spread! - a.item.spread! || a.i - b.i)
        .slice(0, WIDEST)
        .map(({ item }) => item.id);
      return {
        format: 'partenariat-summary',
        version: 1,
        generatedAt: (options.now ?? new Date()).toISOString(),
        instrument: { id: instrument.id, version: instrument.version },
        n,
        period: { from, to },
        ...table.figures(all),
        items,
        widestSpread,
        excluded,
        ...(field ? { groups: groupsOf(table, buckets, field, minGroup) } : {}),
      };
    },
  };
}

/**
 * The summary of `results` (any values: each is checked against the result schema) for
 * `instrument`. Results of another questionnaire or version, or that fail the schema, are left
 * out with the reason; the same result id twice is counted once (the later `updatedAt`).
 */
export function aggregate(instrument: Instrument, results: readonly unknown[], options: AggregateOptions = {}): Summary {
  const aggregator = createAggregator(instrument, { groupBy: options.groupBy, minGroup: options.minGroup, now: options.now });
  for (const result of results) aggregator.add(result);
  return aggregator.finish();
}
