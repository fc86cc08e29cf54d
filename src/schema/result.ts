import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema, LOCALES } from './text.js';

/** The answer given for « Ne s'applique pas » (before version 2.0.0 of the default questionnaire, also « Je ne sais pas »). */
export const NOT_APPLICABLE = 'na';

/** The answer given for « Je ne sais pas ». */
export const DONT_KNOW = 'dk';

/** One answer: a value of the scale, `"na"` or `"dk"`. */
export const AnswerSchema = lazy(() =>
  z.union([z.number(), z.literal(NOT_APPLICABLE), z.literal(DONT_KNOW)]),
);

/** The answers by item id. */
export const AnswersSchema = lazy(() =>
  z.record(IdSchema, AnswerSchema),
);

/** The longest profile value. */
export const PROFILE_VALUE_MAX_LENGTH = 500;

/** The respondent's profile, by profile field id (organization name, kind of organization…). */
export const ProfileSchema = lazy(() =>
  z.record(IdSchema, z.string().check(z.maxLength(PROFILE_VALUE_MAX_LENGTH))),
);

const Nullable = <T extends z.core.SomeType>(schema: T) => z.nullable(schema);

/** A score over a set of items. `mean` is on the instrument's scale, `percent` from 0 to 100. */
export const ScoreSchema = lazy(() =>
  z.object({
    mean: Nullable(z.number()),
    percent: Nullable(z.number().check(z.gte(0), z.lte(100))),
    /** Items answered on the scale (« Ne s'applique pas » not counted). */
    answered: z.number().check(z.int(), z.gte(0)),
    /** Items answered « Ne s'applique pas ». */
    notApplicable: z.number().check(z.int(), z.gte(0)),
    /** Items answered « Je ne sais pas » (absent from results made before the answer existed). */
    dontKnow: z.optional(z.number().check(z.int(), z.gte(0))),
    /** All the items this score covers. */
    total: z.number().check(z.int(), z.gte(0)),
    /** The band id, or null when no item was answered on the scale. */
    band: Nullable(IdSchema),
  }),
);

export const GroupScoreSchema = lazy(() =>
  z.extend(ScoreSchema, { id: IdSchema }),
);

export const RecommendationSchema = lazy(() =>
  z.object({
    item: IdSchema,
    section: IdSchema,
    band: IdSchema,
    percent: z.number(),
    /** The recommendation, in the result's locale. */
    text: z.string(),
  }),
);

/** The longest result id. */
export const RESULT_ID_MAX_LENGTH = 100;

const DateTimeSchema = lazy(() =>
  z.iso.datetime({ offset: true }),
);

/** What a completed (or partly completed) self-assessment gives: `partenariat-result`, version 1. */
export const ResultSchema = lazy(() =>
  z.object({
    $schema: z.optional(z.string()),
    format: z.literal('partenariat-result'),
    version: z.literal(1),
    id: z.string().check(z.minLength(1), z.maxLength(RESULT_ID_MAX_LENGTH)),
    instrument: z.object({ id: IdSchema, version: z.string() }),
    locale: z.enum(LOCALES),
    startedAt: DateTimeSchema,
    updatedAt: DateTimeSchema,
    completedAt: Nullable(DateTimeSchema),
    profile: ProfileSchema,
    answers: AnswersSchema,
    scores: z.object({
      overall: ScoreSchema,
      sections: z.array(GroupScoreSchema),
      dimensions: z.array(GroupScoreSchema),
      /** By whom the items are about (« nous », « partenaire », « ensemble »), for the questionnaires that say it. */
      about: z.optional(z.array(GroupScoreSchema)),
    }),
    recommendations: z.array(RecommendationSchema),
  }),
);

export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type GroupScore = z.infer<typeof GroupScoreSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type Result = z.infer<typeof ResultSchema>;
