import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema, TextSchema } from './text.js';

/**
 * The group's picture that `aggregate()` makes and `<partenariat-summary>` shows, and that a
 * collector's `GET /api/campaigns/:id/summary` returns: `partenariat-summary`, version 1. Kept out
 * of `schema/index` so that the member elements' file does not carry it; published as
 * `schema/summary.schema.json`.
 */

/** A percentage of the scale, or null when nothing was counted. */
const Percent = () => z.nullable(z.number().check(z.gte(0), z.lte(100)));
const Count = () => z.int().check(z.gte(0));

export const StatsSchema = lazy(() =>
  z.object({
    /** Results with a score here (at least one answer on the scale). */
    n: Count(),
    mean: Percent(),
    median: Percent(),
    /** First and third quartiles (linear interpolation between ranks). */
    q1: Percent(),
    q3: Percent(),
    min: Percent(),
    max: Percent(),
    /** How many results fall in each band, by band id. */
    bands: z.record(z.string(), Count()),
  }),
);

const IdentifiedStatsSchema = lazy(() => z.extend(StatsSchema, { id: IdSchema }));

export const ItemSummarySchema = lazy(() =>
  z.object({
    id: IdSchema,
    /** How many results gave each value of the scale, by value. */
    counts: z.record(z.string(), Count()),
    /** « Ne s'applique pas » (before the default questionnaire's 2.0.0, also « Je ne sais pas »). */
    notApplicable: Count(),
    /** « Je ne sais pas » (absent from summaries made before the answer existed). */
    dontKnow: z.optional(Count()),
    /** Results without an answer to this item. */
    unanswered: Count(),
    /** The median answer on the scale. */
    median: z.nullable(z.number()),
    /** The standard deviation of the answers, in percent of the scale's range. */
    spread: z.nullable(z.number().check(z.gte(0))),
  }),
);

export const GroupSummarySchema = lazy(() =>
  z.object({
    /** The profile field's value; null for « Autres » (the small groups merged). */
    value: z.nullable(z.string()),
    label: z.optional(TextSchema),
    n: Count(),
    overall: StatsSchema,
    sections: z.array(IdentifiedStatsSchema),
    dimensions: z.array(IdentifiedStatsSchema),
  }),
);

export const SummarySchema = lazy(() =>
  z.object({
    $schema: z.optional(z.string()),
    format: z.literal('partenariat-summary'),
    version: z.literal(1),
    generatedAt: z.iso.datetime({ offset: true }),
    instrument: z.object({ id: IdSchema, version: z.string().check(z.minLength(1)) }),
    /** The results counted. */
    n: Count(),
    /** The first and last `updatedAt` of the results counted. */
    period: z.object({ from: z.nullable(z.iso.datetime({ offset: true })), to: z.nullable(z.iso.datetime({ offset: true })) }),
    overall: StatsSchema,
    sections: z.array(IdentifiedStatsSchema),
    dimensions: z.array(IdentifiedStatsSchema),
    items: z.array(ItemSummarySchema),
    /** The ids of the items where answers differ the most, widest first. */
    widestSpread: z.array(IdSchema),
    /** Results left out, with why. */
    excluded: z.array(
      z.object({
        index: Count(),
        id: z.nullable(z.string()),
        reason: z.enum(['invalid', 'other-instrument', 'other-version', 'duplicate']),
      }),
    ),
    /** With `groupBy`: the groups large enough to show; small ones merged into « Autres » or hidden. */
    groups: z.optional(
      z.object({
        by: IdSchema,
        minGroup: z.int().check(z.gte(3)),
        shown: z.array(GroupSummarySchema),
        hidden: Count(),
      }),
    ),
  }),
);

export type SummaryJson = z.infer<typeof SummarySchema>;
