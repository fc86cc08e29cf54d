import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument } from '../../schema/instrument.js';
import { ResultSchema, type Answer, type Profile, type Score } from '../../schema/result.js';
import { own } from '../../internal/records.js';
import { computeScores, keepValidAnswers, type Scores } from '../checklist/scoring.js';
import type { Stats, Summary } from './aggregate.js';

/**
 * Two partners' views side by side, and one result next to its group: pure (no DOM, no Lit).
 * As in `aggregate`, scores are worked out again from each result's answers, never read from
 * the result. Comparing to a group reads only the summary's figures (medians, quartiles,
 * ranges), never another member's answers.
 */

/** Why a result cannot be compared: not a result, or one of another questionnaire or version. */
export type CompareReason = 'invalid' | 'other-instrument' | 'other-version';

/** An answer as compared: a value of the scale, `"na"` (« Ne s'applique pas »), or null (none). */
export type ComparedAnswer = Answer | null;

/** One item of two results: both answers, and how far apart they are. */
export interface ItemGap {
  id: string;
  /** The item's place in the questionnaire (from 0). */
  index: number;
  a: ComparedAnswer;
  b: ComparedAnswer;
  /** How many points of the scale lie between the two answers; null when either is missing or « ne s'applique pas ». */
  gap: number | null;
}

/** A section's, a dimension's or the overall score of two results (in percent), and their gap in percentage points. */
export interface ScoreGap {
  id: string;
  a: number | null;
  b: number | null;
  gap: number | null;
}

export interface Comparison {
  instrument: { id: string; version: string };
  overall: ScoreGap;
  sections: ScoreGap[];
  dimensions: ScoreGap[];
  /** Every item, the widest gap first; equal gaps in the questionnaire's order; items without a gap last. */
  items: ItemGap[];
  /** Each result's profile (for naming the two views), as given. */
  profiles: [Profile, Profile];
}

/** Where a score stands next to the group's central half (first to third quartile). */
export type Standing = 'below' | 'within' | 'above';

/** A score next to the group's figures. */
export interface ScoreStanding {
  id: string;
  /** The result's score, in percent. */
  score: number | null;
  /** How many of the group's results have a score here. */
  n: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
  /** Null when the result or the group has no score here. */
  standing: Standing | null;
}

/** One item: the result's answer next to the group's median answer (on the scale). */
export interface ItemStanding {
  id: string;
  answer: ComparedAnswer;
  median: number | null;
}

export interface GroupComparison {
  instrument: { id: string; version: string };
  /** How many results the group counts. */
  n: number;
  overall: ScoreStanding;
  sections: ScoreStanding[];
  dimensions: ScoreStanding[];
  items: ItemStanding[];
}

export type Outcome<T> =
  | { ok: true; value: T }
  /** `which`: the position of the faulty input (0 or 1 for two results; 0 for the result, `summary` for the summary). */
  | { ok: false; which: 0 | 1 | 'summary'; reason: CompareReason | 'group-too-small' };

/** The parts of a result a comparison reads, checked by the result's own schema (as `aggregate` does). */
const ComparedResultSchema = lazy(() =>
  z.pick(ResultSchema, { format: true, version: true, id: true, instrument: true, locale: true, updatedAt: true, profile: true, answers: true }),
);
type Compared = z.infer<typeof ComparedResultSchema>;

const round = (value: number) => Math.round(value * 10) / 10;

/** The smallest group a result is compared to, by default; never below 3. */
export const MIN_GROUP = 5;

function check(instrument: Instrument, value: unknown): { ok: true; result: Compared } | { ok: false; reason: CompareReason } {
  const parsed = ComparedResultSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { id, version } = parsed.data.instrument;
  if (id !== instrument.id) return { ok: false, reason: 'other-instrument' };
  if (version !== instrument.version) return { ok: false, reason: 'other-version' };
  return { ok: true, result: parsed.data };
}

function scoreGap(id: string, a: Score, b: Score): ScoreGap {
  const gap = a.percent === null || b.percent === null ? null : round(Math.abs(a.percent - b.percent));
  return { id, a: a.percent, b: b.percent, gap };
}

/**
 * The two views of `a` and `b` (any values: each is checked) on `instrument`, item by item, the
 * widest gap first, and by section and dimension. Neither is ranked: gaps are distances.
 */
export function compareTwo(instrument: Instrument, a: unknown, b: unknown): Outcome<Comparison> {
  const checked = [check(instrument, a), check(instrument, b)] as const;
  for (const which of [0, 1] as const) {
    const c = checked[which];
    if (!c.ok) return { ok: false, which, reason: c.reason };
  }
  const [ra, rb] = checked.map((c) => (c as { result: Compared }).result);
  const answersA = keepValidAnswers(instrument, ra.answers);
  const answersB = keepValidAnswers(instrument, rb.answers);
  const sa = computeScores(instrument, answersA);
  const sb = computeScores(instrument, answersB);
  const items = instrument.items
    .map((item, index): ItemGap => {
      const x = own(answersA, item.id) ?? null;
      const y = own(answersB, item.id) ?? null;
      const gap = typeof x === 'number' && typeof y === 'number' ? Math.abs(x - y) : null;
      return { id: item.id, index, a: x, b: y, gap };
    })
    // Widest first, items without a gap last; Array.prototype.sort is stable, so equal gaps keep the questionnaire's order.
    .sort((p, q) => (q.gap ?? -1) - (p.gap ?? -1));
  return {
    ok: true,
    value: {
      instrument: { id: instrument.id, version: instrument.version },
      overall: scoreGap('overall', sa.overall, sb.overall),
      sections: sa.sections.map((s, i) => scoreGap(s.id, s, sb.sections[i])),
      dimensions: sa.dimensions.map((d, i) => scoreGap(d.id, d, sb.dimensions[i])),
      items,
      profiles: [{ ...ra.profile }, { ...rb.profile }],
    },
  };
}

function standing(id: string, score: Score, stats: Stats | undefined): ScoreStanding {
  const s = stats ?? { n: 0, median: null, q1: null, q3: null, min: null, max: null };
  const value = score.percent;
  let where: Standing | null = null;
  if (value !== null && s.n > 0 && s.q1 !== null && s.q3 !== null) {
    where = value < s.q1 ? 'below' : value > s.q3 ? 'above' : 'within';
  }
  return { id, score: value, n: s.n, median: s.median, q1: s.q1, q3: s.q3, min: s.min, max: s.max, standing: where };
}

export interface GroupOptions {
  /** The smallest group a result is compared to: {@link MIN_GROUP} by default, never below 3. */
  minGroup?: number;
}

/**
 * `result` (any value: it is checked) next to the group of `summary` (from `aggregate`, for the
 * same questionnaire): its score and the group's median, quartiles and range overall, by
 * section and by dimension, with where it stands; its answer and the group's median answer for
 * each item. A group smaller than `minGroup` is refused: its figures would come too close to
 * its members' own answers.
 */
export function compareToGroup(instrument: Instrument, result: unknown, summary: Summary, options: GroupOptions = {}): Outcome<GroupComparison> {
  const checked = check(instrument, result);
  if (!checked.ok) return { ok: false, which: 0, reason: checked.reason };
  const fits = summary?.format === 'partenariat-summary' && summary.version === 1;
  if (!fits) return { ok: false, which: 'summary', reason: 'invalid' };
  if (summary.instrument?.id !== instrument.id) return { ok: false, which: 'summary', reason: 'other-instrument' };
  if (summary.instrument.version !== instrument.version) return { ok: false, which: 'summary', reason: 'other-version' };
  const minGroup = Math.max(3, Math.floor(options.minGroup ?? MIN_GROUP));
  if (!(summary.n >= minGroup)) return { ok: false, which: 'summary', reason: 'group-too-small' };

  const answers = keepValidAnswers(instrument, checked.result.answers);
  const scores: Scores = computeScores(instrument, answers);
  const byId = <T extends { id: string }>(list: readonly T[] | undefined) => new Map((list ?? []).map((x) => [x.id, x]));
  const sections = byId(summary.sections);
  const dimensions = byId(summary.dimensions);
  const items = byId(summary.items);
  return {
    ok: true,
    value: {
      instrument: { id: instrument.id, version: instrument.version },
      n: summary.n,
      overall: standing('overall', scores.overall, summary.overall),
      sections: scores.sections.map((s) => standing(s.id, s, sections.get(s.id))),
      dimensions: scores.dimensions.map((d) => standing(d.id, d, dimensions.get(d.id))),
      items: instrument.items.map((item) => ({ id: item.id, answer: own(answers, item.id) ?? null, median: items.get(item.id)?.median ?? null })),
    },
  };
}
