/**
 * The summary worked out the plain way, one object per result, per answer and per score: what
 * `aggregate()` computed before it kept answers and scores in typed arrays. Kept here, and only
 * for tests, to check that the fast way gives exactly the same output.
 */
import * as z from 'zod/mini';
import type { Instrument } from '../src/schema/instrument.js';
import { DONT_KNOW, NOT_APPLICABLE, ResultSchema, type Answers, type Score } from '../src/schema/result.js';
import { own } from '../src/internal/records.js';
import { computeScores, keepValidAnswers } from '../src/components/checklist/scoring.js';
import type { AggregateOptions, GroupSummary, ItemSummary, Stats, Summary } from '../src/components/summary/aggregate.js';

export const CountedSchema = z.pick(ResultSchema, {
  format: true, version: true, id: true, instrument: true, locale: true, updatedAt: true, profile: true, answers: true,
});
type Counted = z.infer<typeof CountedSchema>;
type Scored = { result: Counted; answers: Answers; scores: ReturnType<typeof computeScores> };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The sum of `f(value) × how many times it comes` over the distinct values of `sorted` (ascending):
 * the order of the terms that `aggregate()` adds, so that the two round alike.
 */
function perValue(sorted: readonly number[], f: (value: number) => number): number {
  let sum = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    sum += (j - i) * f(sorted[i]);
    i = j;
  }
  return sum;
}

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
    mean: round(perValue(values, (v) => v) / values.length),
    median: round(quantile(values, 0.5)),
    q1: round(quantile(values, 0.25)),
    q3: round(quantile(values, 0.75)),
    min: values[0],
    max: values[values.length - 1],
    bands,
  };
}

function groupFigures(instrument: Instrument, scored: readonly Scored[]) {
  return {
    overall: stats(instrument, scored.map((s) => s.scores.overall)),
    sections: instrument.sections.map((section, i) => ({ id: section.id, ...stats(instrument, scored.map((s) => s.scores.sections[i])) })),
    dimensions: (instrument.dimensions ?? []).map((dimension, i) => ({ id: dimension.id, ...stats(instrument, scored.map((s) => s.scores.dimensions[i])) })),
  };
}

function itemSummary(instrument: Instrument, id: string, scored: readonly Scored[]): ItemSummary {
  const values = instrument.scale.choices.map((c) => c.value);
  const counts = Object.fromEntries(values.map((v) => [String(v), 0]));
  let notApplicable = 0;
  let dontKnow = 0;
  let unanswered = 0;
  const given: number[] = [];
  for (const { answers } of scored) {
    const answer = own(answers, id);
    if (answer === undefined) unanswered++;
    else if (answer === NOT_APPLICABLE) notApplicable++;
    else if (answer === DONT_KNOW) dontKnow++;
    else {
      counts[String(answer)]++;
      given.push(answer);
    }
  }
  given.sort((a, b) => a - b);
  const range = values[values.length - 1] - values[0];
  let spread: number | null = null;
  if (given.length) {
    const mean = perValue(given, (v) => v) / given.length;
    const variance = perValue(given, (v) => (v - mean) ** 2) / given.length;
    spread = round((Math.sqrt(variance) / range) * 100);
  }
  return { id, counts, notApplicable, dontKnow, unanswered, median: given.length ? quantile(given, 0.5) : null, spread };
}

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
  const others = [...(byValue.get(null) ?? [])];
  byValue.delete(null);
  const shown = [...byValue].filter(([, list]) => list.length >= minGroup);
  for (const [, list] of byValue) if (list.length < minGroup) others.push(...list);
  const order = (value: string | null) => field?.choices?.findIndex((c) => c.value === value) ?? 0;
  shown.sort((a, b) => b[1].length - a[1].length || order(a[0]) - order(b[0]));
  while (others.length > 0 && others.length < minGroup && shown.length > 0) others.push(...shown.pop()![1]);
  const summaries: GroupSummary[] = shown
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([value, list]) => ({ value, label: field?.choices?.find((c) => c.value === value)?.label, n: list.length, ...groupFigures(instrument, list) }));
  const merged = others.length >= minGroup;
  if (merged) summaries.push({ value: null, n: others.length, ...groupFigures(instrument, others) });
  return { by, minGroup, shown: summaries, hidden: merged ? 0 : others.length };
}

function later(a: Counted, b: Counted): boolean {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return JSON.stringify(a) > JSON.stringify(b);
}

export function referenceAggregate(instrument: Instrument, results: readonly unknown[], options: AggregateOptions = {}): Summary {
  const minGroup = Math.max(3, Math.floor(options.minGroup ?? 5));
  const excluded: Summary['excluded'] = [];
  const byId = new Map<string, { index: number; result: Counted }>();
  results.forEach((value, index) => {
    const parsed = CountedSchema.safeParse(value);
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
    .slice(0, 5)
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
    ...(field?.type === 'choice' ? { groups: groupsOf(instrument, scored, field.id, minGroup) } : {}),
  };
}
