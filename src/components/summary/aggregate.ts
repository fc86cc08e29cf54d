import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument } from '../../schema/instrument.js';
import { NOT_APPLICABLE, ResultSchema, type Answers, type Score } from '../../schema/result.js';
import type { Text } from '../../schema/text.js';
import { own } from '../../internal/records.js';
import { computeScores, keepValidAnswers } from '../checklist/scoring.js';

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
  /** « Ne s'applique pas / Je ne sais pas ». */
  notApplicable: number;
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
 * recommendations a result carries are worked out again from its answers, so they need no check:
 * that halves the time of a summary of 10,000 results.
 */
const CountedResultSchema = lazy(() =>
  z.pick(ResultSchema, { format: true, version: true, id: true, instrument: true, locale: true, updatedAt: true, profile: true, answers: true }),
);

type Counted = z.infer<typeof CountedResultSchema>;

/** How many items `widestSpread` lists. */
export const WIDEST = 5;

const round = (value: number) => Math.round(value * 10) / 10;

/** The value at quantile `p` of `sorted` (ascending), interpolating between ranks. */
function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function stats(instrument: Instrument, scores: ReadonlyArray<Score>): Stats {
  const values = scores.map((s) => s.percent).filter((p): p is number => p !== null).sort((a, b) => a - b);
  const bands = Object.fromEntries(instrument.bands.map((b) => [b.id, 0]));
  for (const score of scores) if (score.band !== null && Object.hasOwn(bands, score.band)) bands[score.band]++;
  if (!values.length) return { n: 0, mean: null, median: null, q1: null, q3: null, min: null, max: null, bands };
  return {
    n: values.length,
    mean: round(values.reduce((sum, v) => sum + v, 0) / values.length),
    median: round(quantile(values, 0.5)),
    q1: round(quantile(values, 0.25)),
    q3: round(quantile(values, 0.75)),
    min: values[0],
    max: values[values.length - 1],
    bands,
  };
}

type Scored = { result: Counted; answers: Answers; scores: ReturnType<typeof computeScores> };

function groupFigures(instrument: Instrument, scored: readonly Scored[]) {
  return {
    overall: stats(instrument, scored.map((s) => s.scores.overall)),
    sections: instrument.sections.map((section, i) => ({ id: section.id, ...stats(instrument, scored.map((s) => s.scores.sections[i])) })),
    dimensions: (instrument.dimensions ?? []).map((dimension, i) => ({
      id: dimension.id,
      ...stats(instrument, scored.map((s) => s.scores.dimensions[i])),
    })),
  };
}

function itemSummary(instrument: Instrument, id: string, scored: readonly Scored[]): ItemSummary {
  const values = instrument.scale.choices.map((c) => c.value);
  const counts = Object.fromEntries(values.map((v) => [String(v), 0]));
  let notApplicable = 0;
  let unanswered = 0;
  const given: number[] = [];
  for (const { answers } of scored) {
    const answer = own(answers, id);
    if (answer === undefined) unanswered++;
    else if (answer === NOT_APPLICABLE) notApplicable++;
    else {
      counts[String(answer)]++;
      given.push(answer);
    }
  }
  given.sort((a, b) => a - b);
  const range = values[values.length - 1] - values[0];
  let spread: number | null = null;
  if (given.length) {
    const mean = given.reduce((sum, v) => sum + v, 0) / given.length;
    const variance = given.reduce((sum, v) => sum + (v - mean) ** 2, 0) / given.length;
    spread = round((Math.sqrt(variance) / range) * 100);
  }
  return { id, counts, notApplicable, unanswered, median: given.length ? quantile(given, 0.5) : null, spread };
}

/**
 * The groups by the profile field `by`: each with at least `minGroup` results is shown; the
 * smaller ones are merged into one « Autres » group, and while that group is still too small,
 * the smallest shown group joins it, so that no hidden group's figures can be had by taking the
 * shown groups from the total.
 */
function groupsOf(instrument: Instrument, scored: readonly Scored[], by: string, minGroup: number): Summary['groups'] {
  const field = (instrument.profile ?? []).find((f) => f.id === by);
  const byValue = new Map<string | null, Scored[]>();
  for (const s of scored) {
    const raw = own(s.result.profile, by);
    const value = raw !== undefined && field?.choices?.some((c) => c.value === raw) ? raw : null;
    const list = byValue.get(value);
    if (list) list.push(s);
    else byValue.set(value, [s]);
  }
  // Unknown or missing values count with the small groups: they are never shown apart.
  const others = [...(byValue.get(null) ?? [])];
  byValue.delete(null);
  const shown = [...byValue].filter(([, list]) => list.length >= minGroup);
  for (const [, list] of byValue) if (list.length < minGroup) others.push(...list);
  // Largest first; equal sizes in the questionnaire's order of choices.
  const order = (value: string | null) => field?.choices?.findIndex((c) => c.value === value) ?? 0;
  shown.sort((a, b) => b[1].length - a[1].length || order(a[0]) - order(b[0]));
  while (others.length > 0 && others.length < minGroup && shown.length > 0) others.push(...shown.pop()![1]);
  const summaries: GroupSummary[] = shown
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([value, list]) => ({
      value,
      label: field?.choices?.find((c) => c.value === value)?.label,
      n: list.length,
      ...groupFigures(instrument, list),
    }));
  const merged = others.length >= minGroup;
  if (merged) summaries.push({ value: null, n: others.length, ...groupFigures(instrument, others) });
  return { by, minGroup, shown: summaries, hidden: merged ? 0 : others.length };
}

/** Whether `a` is the later copy of one result: the later `updatedAt`, else (the same instant) the larger answers, whatever their order in the list. */
function later(a: Counted, b: Counted): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return JSON.stringify(a) > JSON.stringify(b);
}

/**
 * The summary of `results` (any values: each is checked against the result schema) for
 * `instrument`. Results of another questionnaire or version, or that fail the schema, are left
 * out with the reason; the same result id twice counts once (the later `updatedAt`).
 */
export function aggregate(instrument: Instrument, results: readonly unknown[], options: AggregateOptions = {}): Summary {
  const minGroup = Math.max(3, Math.floor(options.minGroup ?? 5));
  const excluded: Summary['excluded'] = [];
  const byId = new Map<string, { index: number; result: Counted }>();
  results.forEach((value, index) => {
    const parsed = CountedResultSchema.safeParse(value);
    if (!parsed.success) {
      const id = (value as { id?: unknown } | null)?.id;
      excluded.push({ index, id: typeof id === 'string' ? id : null, reason: 'invalid' });
      return;
    }
    const result = parsed.data;
    if (result.instrument.id !== instrument.id || result.instrument.version !== instrument.version) {
      excluded.push({ index, id: result.id, reason: result.instrument.id !== instrument.id ? 'other-instrument' : 'other-version' });
      return;
    }
    const earlier = byId.get(result.id);
    if (earlier && later(earlier.result, result)) {
      excluded.push({ index, id: result.id, reason: 'duplicate' });
      return;
    }
    if (earlier) excluded.push({ index: earlier.index, id: result.id, reason: 'duplicate' });
    byId.set(result.id, { index, result });
  });
  excluded.sort((a, b) => a.index - b.index);

  // In the order the results came, so that the output does not depend on it beyond that.
  const scored: Scored[] = [...byId.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ result }) => {
      const answers = keepValidAnswers(instrument, result.answers);
      return { result, answers, scores: computeScores(instrument, answers) };
    });
  const dates = scored.map((s) => s.result.updatedAt).sort();
  const items = instrument.items.map((item) => itemSummary(instrument, item.id, scored));
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
    n: scored.length,
    period: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    ...groupFigures(instrument, scored),
    items,
    widestSpread,
    excluded,
    // Only a field of choices: grouping by a free text (an organization's name) would name it.
    ...(field?.type === 'choice' ? { groups: groupsOf(instrument, scored, field.id, minGroup) } : {}),
  };
}
