import { ABOUT, type Band, type Instrument, type Item } from '../../schema/instrument.js';
import type { Answers, GroupScore, Recommendation, Score } from '../../schema/result.js';
import { DONT_KNOW, NOT_APPLICABLE } from '../../schema/result.js';
import { localize, type Locale } from '../../schema/text.js';
import { own } from '../../internal/records.js';

/** Pure scoring of a self-assessment: no DOM, no storage. */

const round = (value: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The lowest and highest values of the scale. */
export function scaleRange(instrument: Instrument): { min: number; max: number } {
  const values = instrument.scale.choices.map((c) => c.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Whether `answer` is one the instrument accepts for its items. */
export function isValidAnswer(instrument: Instrument, answer: unknown): boolean {
  if (answer === NOT_APPLICABLE) return Boolean(instrument.scale.notApplicable);
  if (answer === DONT_KNOW) return Boolean(instrument.scale.dontKnow);
  return typeof answer === 'number' && instrument.scale.choices.some((c) => c.value === answer);
}

/** The answers of `answers` that the instrument accepts: known items, values on its scale. */
export function keepValidAnswers(instrument: Instrument, answers: Answers): Answers {
  const ids = new Set(instrument.items.map((i) => i.id));
  return Object.fromEntries(
    Object.entries(answers ?? {}).filter(([id, answer]) => ids.has(id) && isValidAnswer(instrument, answer)),
  );
}

/** The band a percentage falls in: the one with the highest `min` not above it. */
export function bandFor(instrument: Instrument, percent: number | null): Band | null {
  if (percent === null) return null;
  const index = bandIndexFor(instrument, percent);
  return index < 0 ? null : instrument.bands[index];
}

/** The index in `instrument.bands` of the band `percent` falls in (see {@link bandFor}); -1 for none. */
export function bandIndexFor(instrument: Instrument, percent: number): number {
  const bands = instrument.bands;
  let found = -1;
  for (let i = 0; i < bands.length; i++) {
    if (bands[i].min <= percent && (found < 0 || bands[i].min > bands[found].min)) found = i;
  }
  return found;
}

/**
 * The percentage of a score: `sum` of `answered` answers on a scale from `min` to `max`, rounded
 * once, here, so that the band and every figure shown agree. The summary scores thousands of
 * results with it, without building a {@link Score} for each.
 */
export function percentOf(sum: number, answered: number, min: number, max: number): number {
  return round(((sum - answered * min) * 100) / (answered * (max - min)), 1);
}

/** The score over `items`: the mean of the answers on the scale; « ne s'applique pas » and « je ne sais pas » left out. */
export function scoreItems(instrument: Instrument, items: readonly Item[], answers: Answers): Score {
  const { min, max } = scaleRange(instrument);
  let sum = 0;
  let answered = 0;
  let notApplicable = 0;
  let dontKnow = 0;
  for (const item of items) {
    const answer = own(answers, item.id);
    if (answer === NOT_APPLICABLE) notApplicable++;
    else if (answer === DONT_KNOW) dontKnow++;
    else if (typeof answer === 'number') {
      sum += answer;
      answered++;
    }
  }
  if (answered === 0) {
    return { mean: null, percent: null, answered, notApplicable, dontKnow, total: items.length, band: null };
  }
  const percent = percentOf(sum, answered, min, max);
  return {
    mean: round(sum / answered, 2),
    percent,
    answered,
    notApplicable,
    dontKnow,
    total: items.length,
    band: bandFor(instrument, percent)?.id ?? null,
  };
}

export interface Scores {
  overall: Score;
  sections: GroupScore[];
  dimensions: GroupScore[];
  /** Present when the questionnaire says whom its items are about. */
  about?: GroupScore[];
}

type Groups = {
  /** The items the overall score covers: those of the sections not set apart (`inOverall: false`). */
  overall: Item[];
  sections: Array<[string, Item[]]>;
  dimensions: Array<[string, Item[]]>;
  /** « nous », « partenaire », « ensemble », those that have items, in that order. */
  about: Array<[string, Item[]]>;
};

/** Each group's items, worked out once per questionnaire (a summary scores thousands of results). */
const groupsOf = new WeakMap<Instrument, Groups>();
export function itemGroups(instrument: Instrument): Groups {
  let groups = groupsOf.get(instrument);
  if (!groups) {
    const apart = new Set(instrument.sections.filter((s) => s.inOverall === false).map((s) => s.id));
    groups = {
      overall: instrument.items.filter((item) => !apart.has(item.section)),
      sections: instrument.sections.map((section) => [section.id, instrument.items.filter((item) => item.section === section.id)]),
      dimensions: (instrument.dimensions ?? []).map((dimension) => [
        dimension.id,
        instrument.items.filter((item) => item.dimensions?.includes(dimension.id)),
      ]),
      about: ABOUT.map((about): [string, Item[]] => [about, instrument.items.filter((item) => item.about === about)]).filter(
        ([, items]) => items.length,
      ),
    };
    groupsOf.set(instrument, groups);
  }
  return groups;
}

/**
 * Scores overall (without the sections set apart), by section, by impact dimension and, when the
 * questionnaire says it, by whom the items are about; in the instrument's order.
 */
export function computeScores(instrument: Instrument, answers: Answers): Scores {
  const { overall, sections, dimensions, about } = itemGroups(instrument);
  const scores: Scores = {
    overall: scoreItems(instrument, overall, answers),
    sections: sections.map(([id, items]) => ({ id, ...scoreItems(instrument, items, answers) })),
    dimensions: dimensions.map(([id, items]) => ({ id, ...scoreItems(instrument, items, answers) })),
  };
  if (about.length) scores.about = about.map(([id, items]) => ({ id, ...scoreItems(instrument, items, answers) }));
  return scores;
}

/**
 * The recommendations of the items answered in a band that calls for them, weakest first
 * (then in the instrument's order), in `locale`.
 */
export function recommendationsFor(instrument: Instrument, answers: Answers, locale: Locale): Recommendation[] {
  const found: Recommendation[] = [];
  for (const item of instrument.items) {
    const answer = own(answers, item.id);
    if (typeof answer !== 'number' || !item.recommendation) continue;
    const percent = scoreItems(instrument, [item], answers).percent ?? 0;
    const band = bandFor(instrument, percent);
    if (band?.recommend) {
      found.push({
        item: item.id,
        section: item.section,
        band: band.id,
        percent,
        text: localize(item.recommendation, locale),
      });
    }
  }
  // Array.prototype.sort is stable: equal scores keep the instrument's order.
  return found.sort((a, b) => a.percent - b.percent);
}

/** The items not answered yet (neither on the scale nor off it). */
export function unansweredItems(instrument: Instrument, answers: Answers): Item[] {
  return instrument.items.filter((item) => own(answers, item.id) === undefined);
}
