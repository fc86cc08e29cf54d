import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument, Item } from '../../schema/instrument.js';
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

/** The value at quantile `p` of `sorted` (ascending), interpolating between ranks. */
function quantile(sorted: ArrayLike<number>, p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** A result that passed, as the summary keeps it. */
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
  /** Where its answers start in the table of answers. */
  row: number;
}

/** No band: the score has no answer on the scale. */
const NO_SCORE = -2;

/**
 * The work of one summary: the questionnaire read once, then each result's answers kept as small
 * numbers in one table (a row per result, a column per item: 0 unanswered, 1… the scale's choices,
 * then « ne s'applique pas », then « je ne sais pas »), and each result scored once, overall, by section and by dimension,
 * into typed arrays. Ten thousand results make no object per answer or per score: the figures are
 * the same as scoring each result with `computeScores`, in far less time and garbage.
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
  private readonly min: number;
  private readonly max: number;
  /** The items of overall, then each section, then each dimension, as columns. */
  readonly groups: Int32Array[];
  codes: Uint8Array;
  private used = 0;
  /** By group then by result: the score's percentage, and its band's index (-1: none; {@link NO_SCORE}). */
  percents = new Float64Array(0);
  bands = new Int32Array(0);
  scored = 0;

  constructor(readonly instrument: Instrument, capacity: number) {
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
    ({ min: this.min, max: this.max } = scaleRange(instrument));
    const { overall, sections, dimensions } = itemGroups(instrument);
    const columns = (items: readonly Item[]) => Int32Array.from(items, (item) => instrument.items.indexOf(item));
    this.groups = [columns(overall), ...sections.map(([, items]) => columns(items)), ...dimensions.map(([, items]) => columns(items))];
    this.codes = new Uint8Array(Math.max(1, capacity) * this.items);
  }

  /** A new row of answers, all unanswered. */
  newRow(): number {
    if ((this.used + 1) * this.items > this.codes.length) {
      const grown = new Uint8Array(this.codes.length * 2 + this.items);
      grown.set(this.codes);
      this.codes = grown;
    }
    return this.used++ * this.items;
  }

  clearRow(row: number) {
    this.codes.fill(0, row, row + this.items);
  }

  /**
   * Puts `answers` in the row at `row`, keeping only what the questionnaire accepts (as
   * `keepValidAnswers` does). False, before the schema has had its say, when `answers` is not
   * surely what {@link AnswersSchema} accepts: a plain object of ids to finite numbers, `"na"` or `"dk"`.
   */
  fill(row: number, answers: unknown): boolean {
    if (!isPlain(answers) || Object.getOwnPropertySymbols(answers).length) return false;
    const codes = this.codes;
    for (const key of Object.keys(answers)) {
      const column = this.column.get(key);
      if (column === undefined && !isId(key)) return false;
      const answer = answers[key];
      let code: number;
      if (answer === NOT_APPLICABLE) code = this.na;
      else if (answer === DONT_KNOW) code = this.dk;
      else if (typeof answer === 'number' && Number.isFinite(answer)) code = this.code.get(answer) ?? 0;
      else return false;
      if (code && column !== undefined) codes[row + column] = code;
    }
    return true;
  }

  /** Scores the rows of `entries` (in that order), as `scoreItems` does, into {@link percents} and {@link bands}. */
  score(entries: readonly Entry[]) {
    const n = entries.length;
    const { codes, values, groups, instrument, min, max } = this;
    this.scored = n;
    this.percents = new Float64Array(groups.length * n);
    this.bands = new Int32Array(groups.length * n);
    const scaleCodes = values.length;
    for (let g = 0; g < groups.length; g++) {
      const columns = groups[g];
      const at = g * n;
      for (let r = 0; r < n; r++) {
        const row = entries[r].row;
        let sum = 0;
        let answered = 0;
        for (let c = 0; c < columns.length; c++) {
          const code = codes[row + columns[c]];
          if (code !== 0 && code < scaleCodes) {
            sum += values[code];
            answered++;
          }
        }
        if (answered === 0) {
          this.bands[at + r] = NO_SCORE;
          continue;
        }
        const percent = percentOf(sum, answered, min, max);
        this.percents[at + r] = percent;
        this.bands[at + r] = bandIndexFor(instrument, percent);
      }
    }
  }

  /** The figures of group `g` over the scored results at `positions`. */
  stats(g: number, positions: ArrayLike<number>): Stats {
    const { instrument } = this;
    const at = g * this.scored;
    const sorted = new Float64Array(positions.length);
    let count = 0;
    const tally = new Int32Array(instrument.bands.length);
    for (let i = 0; i < positions.length; i++) {
      const band = this.bands[at + positions[i]];
      if (band === NO_SCORE) continue;
      sorted[count++] = this.percents[at + positions[i]];
      if (band >= 0) tally[band]++;
    }
    const bands = Object.fromEntries(instrument.bands.map((b) => [b.id, 0]));
    instrument.bands.forEach((b, i) => (bands[b.id] += tally[i]));
    if (!count) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null, bands };
    const values = sorted.subarray(0, count).sort();
    let sum = 0;
    for (let i = 0; i < count; i++) sum += values[i];
    return {
      n: count,
      mean: round(sum / count),
      median: round(quantile(values, 0.5)),
      q1: round(quantile(values, 0.25)),
      q3: round(quantile(values, 0.75)),
      min: values[0],
      max: values[count - 1],
      bands,
    };
  }

  figures(positions: ArrayLike<number>) {
    const { instrument } = this;
    const sections = instrument.sections.length;
    return {
      overall: this.stats(0, positions),
      sections: instrument.sections.map((section, i) => ({ id: section.id, ...this.stats(1 + i, positions) })),
      dimensions: (instrument.dimensions ?? []).map((dimension, i) => ({ id: dimension.id, ...this.stats(1 + sections + i, positions) })),
    };
  }

  /** The answers to item `i` over `entries`. */
  item(i: number, entries: readonly Entry[]): ItemSummary {
    const { instrument, values, codes, na, dk } = this;
    const tally = new Int32Array(values.length + 2);
    for (const entry of entries) tally[codes[entry.row + i]]++;
    const counts = Object.fromEntries(instrument.scale.choices.map((c) => [String(c.value), 0]));
    // The answers given, in ascending order of value (the scale's order is checked ascending, but
    // sorting costs nothing here and keeps no assumption).
    const order = values.map((value, code) => ({ value, code })).slice(1).sort((a, b) => a.value - b.value);
    let given = 0;
    for (const { value, code } of order) {
      counts[String(value)] += tally[code];
      given += tally[code];
    }
    const sorted = new Float64Array(given);
    let at = 0;
    for (const { value, code } of order) sorted.fill(value, at, (at += tally[code]));
    const scale = instrument.scale.choices;
    const range = scale[scale.length - 1].value - scale[0].value;
    let spread: number | null = null;
    if (given) {
      let sum = 0;
      for (let k = 0; k < given; k++) sum += sorted[k];
      const mean = sum / given;
      let squares = 0;
      for (let k = 0; k < given; k++) squares += (sorted[k] - mean) ** 2;
      spread = round((Math.sqrt(squares / given) / range) * 100);
    }
    return {
      id: instrument.items[i].id,
      counts,
      notApplicable: na ? tally[na] : 0,
      dontKnow: dk ? tally[dk] : 0,
      unanswered: tally[0],
      median: given ? quantile(sorted, 0.5) : null,
      spread,
    };
  }
}

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

/**
 * The groups by the profile field `by`: each with at least `minGroup` results is shown; the
 * smaller ones are merged into one « Autres » group, and while that group is still too small,
 * the smallest shown group joins it, so that no hidden group's figures can be had by taking the
 * shown groups from the total.
 */
function groupsOf(table: Table, entries: readonly Entry[], by: string, minGroup: number): Summary['groups'] {
  const { instrument } = table;
  const field = (instrument.profile ?? []).find((f) => f.id === by);
  const byValue = new Map<string | null, number[]>();
  entries.forEach((entry, position) => {
    // Only the profile's own listed values, as the schema gives them (never an inherited or hidden one).
    const raw = Object.prototype.propertyIsEnumerable.call(entry.profile, by) ? entry.profile[by] : undefined;
    const value = raw !== undefined && field?.choices?.some((c) => c.value === raw) ? raw : null;
    const list = byValue.get(value);
    if (list) list.push(position);
    else byValue.set(value, [position]);
  });
  // Unknown or missing values count with the small groups: they are never shown apart.
  const others = [...(byValue.get(null) ?? [])];
  byValue.delete(null);
  const shown = [...byValue].filter(([, list]) => list.length >= minGroup);
  for (const [, list] of byValue) if (list.length < minGroup) for (const position of list) others.push(position);
  // Largest first; equal sizes in the questionnaire's order of choices.
  const order = (value: string | null) => field?.choices?.findIndex((c) => c.value === value) ?? 0;
  shown.sort((a, b) => b[1].length - a[1].length || order(a[0]) - order(b[0]));
  while (others.length > 0 && others.length < minGroup && shown.length > 0) for (const position of shown.pop()![1]) others.push(position);
  const summaries: GroupSummary[] = shown
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([value, list]) => ({
      value,
      label: field?.choices?.find((c) => c.value === value)?.label,
      n: list.length,
      ...table.figures(list),
    }));
  const merged = others.length >= minGroup;
  if (merged) summaries.push({ value: null, n: others.length, ...table.figures(others) });
  return { by, minGroup, shown: summaries, hidden: merged ? 0 : others.length };
}

/** What the schema gives of `entry` (read when two copies of one result tie on their time). */
const countedOf = (entry: Entry) => (entry.counted ??= CountedResultSchema.parse(entry.value));

/** Whether `a` is the later copy of one result: the later `updatedAt`, else (the same instant) the larger answers, whatever their order in the list. */
function later(a: Entry, b: Entry): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return JSON.stringify(countedOf(a)) > JSON.stringify(countedOf(b));
}

/**
 * The summary of `results` (any values: each is checked against the result schema) for
 * `instrument`. Results of another questionnaire or version, or that fail the schema, are left
 * out with the reason; the same result id twice counts once (the later `updatedAt`).
 */
export function aggregate(instrument: Instrument, results: readonly unknown[], options: AggregateOptions = {}): Summary {
  const minGroup = Math.max(3, Math.floor(options.minGroup ?? 5));
  const excluded: Summary['excluded'] = [];
  const table = new Table(instrument, results.length);
  const byId = new Map<string, Entry>();
  results.forEach((value, index) => {
    const row = table.newRow();
    let read = readCounted(value);
    let counted: Counted | undefined;
    if (!read || !table.fill(row, read.answers)) {
      // Unsure: the schema decides, and says why.
      table.clearRow(row);
      const parsed = CountedResultSchema.safeParse(value);
      if (!parsed.success) {
        const id = (value as { id?: unknown } | null)?.id;
        excluded.push({ index, id: typeof id === 'string' ? id : null, reason: 'invalid' });
        return;
      }
      read = counted = parsed.data;
      table.fill(row, counted.answers);
    }
    if (read.instrument.id !== instrument.id || read.instrument.version !== instrument.version) {
      excluded.push({ index, id: read.id, reason: read.instrument.id !== instrument.id ? 'other-instrument' : 'other-version' });
      return;
    }
    const entry: Entry = { index, value, counted, id: read.id, updatedAt: read.updatedAt, profile: read.profile, row };
    const earlier = byId.get(entry.id);
    if (earlier && later(earlier, entry)) {
      excluded.push({ index, id: entry.id, reason: 'duplicate' });
      return;
    }
    if (earlier) excluded.push({ index: earlier.index, id: entry.id, reason: 'duplicate' });
    byId.set(entry.id, entry);
  });
  excluded.sort((a, b) => a.index - b.index);

  // In the order the results came, so that the output does not depend on it beyond that.
  const entries = [...byId.values()].sort((a, b) => a.index - b.index);
  table.score(entries);
  const all = Array.from(entries, (_, i) => i);
  const dates = entries.map((e) => e.updatedAt).sort();
  const items = instrument.items.map((_, i) => table.item(i, entries));
  const widestSpread = items
    .filter((item) => item.spread !== null && item.spread > 0)
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.spread! - a.item.spread! || a.i - b.i)
    .slice(0, WIDEST)
    .map(({ item }) => item.id);
  const field = options.groupBy ? (instrument.profile ?? []).find((f) => f.id === options.groupBy) : undefined;
  return {
    format: 'partenariat-summary',
    version: 1,
    generatedAt: (options.now ?? new Date()).toISOString(),
    instrument: { id: instrument.id, version: instrument.version },
    n: entries.length,
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    ...table.figures(all),
    items,
    widestSpread,
    excluded,
    // Only a field of choices: grouping by a free text (an organization's name) would name it.
    ...(field?.type === 'choice' ? { groups: groupsOf(table, entries, field.id, minGroup) } : {}),
  };
}
