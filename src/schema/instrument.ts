import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema, TextSchema } from './text.js';

/** One choice of the answer scale. Higher values are better. */
export const ScaleChoiceSchema = lazy(() =>
  z.object({
    value: z.number().check(z.refine(Number.isFinite, { message: 'A finite number is expected.', params: { reason: 'not-finite' } })),
    label: TextSchema,
  }),
);

/**
 * The answer scale: ordered choices (worst first) and two optional answers off the scale,
 * « Ne s'applique pas » and « Je ne sais pas », both left out of every score.
 */
export const ScaleSchema = lazy(() =>
  z
    .object({
      choices: z.array(ScaleChoiceSchema).check(z.minLength(2), z.maxLength(11)),
      /** « Ne s'applique pas »: answered as `"na"`, left out of every score. */
      notApplicable: z.optional(z.object({ label: TextSchema })),
      /** « Je ne sais pas »: answered as `"dk"`, left out of every score and counted apart (not knowing is a finding too). */
      dontKnow: z.optional(z.object({ label: TextSchema })),
    })
    .check(
      z.superRefine((scale, ctx) => {
        const values = scale.choices.map((c) => c.value);
        values.forEach((value, i) => {
          if (i > 0 && value <= values[i - 1]) {
            ctx.issues.push({
              code: 'custom',
              input: value,
              path: ['choices', i, 'value'],
              message: 'Choices go from the lowest value to the highest, each value once.',
              params: { reason: 'scale-order' },
            });
          }
        });
      }),
    ),
);

export const SectionSchema = lazy(() =>
  z.object({
    id: IdSchema,
    title: TextSchema,
    description: z.optional(TextSchema),
    /**
     * `false`: the section is scored and shown apart, and left out of the overall score (for
     * items that do not fit every partnership, such as what it brings in funds or expertise).
     */
    inOverall: z.optional(z.boolean()),
  }),
);

/** An impact dimension, such as Financier or Réseautage. */
export const DimensionSchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: TextSchema,
    description: z.optional(TextSchema),
  }),
);

/** Where an item comes from in the source documents. */
export const SourceSchema = lazy(() =>
  z.object({
    document: z.string().check(z.minLength(1)),
    passage: z.string().check(z.minLength(1)),
  }),
);

/**
 * Who an item is about: « nous » (what depends on us), « partenaire » (what we can ask of our
 * partner) or « ensemble » (what we work on together). Results show the three apart.
 */
export const ABOUT = ['nous', 'partenaire', 'ensemble'] as const;

export const ItemSchema = lazy(() =>
  z.object({
    id: IdSchema,
    section: IdSchema,
    text: TextSchema,
    help: z.optional(TextSchema),
    dimensions: z.optional(z.array(IdSchema)),
    about: z.optional(z.enum(ABOUT)),
    /** What to work on when the item scores low. */
    recommendation: z.optional(TextSchema),
    source: z.optional(SourceSchema),
  }),
);

/**
 * A score band. A score belongs to the band with the highest `min` (a percentage) not above it.
 * Items whose own score falls in a band with `recommend: true` show their recommendation.
 */
export const BandSchema = lazy(() =>
  z.object({
    id: IdSchema,
    min: z.number().check(z.gte(0), z.lte(100)),
    label: TextSchema,
    description: z.optional(TextSchema),
    recommend: z.optional(z.boolean()),
  }),
);

export const ProfileFieldSchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: TextSchema,
    help: z.optional(TextSchema),
    /** A short free text, or one choice from a list. */
    type: z.enum(['text', 'choice']),
    choices: z.optional(z.array(z.object({ value: IdSchema, label: TextSchema })).check(z.minLength(1))),
    required: z.optional(z.boolean()),
  }),
);

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** A questionnaire: what `<partenariat-checklist>` asks. */
export const InstrumentSchema = lazy(() =>
  z
    .object({
      $schema: z.optional(z.string()),
      format: z.optional(z.literal('partenariat-instrument')),
      id: IdSchema,
      version: z.string().check(z.minLength(1), z.maxLength(40)),
      title: TextSchema,
      description: z.optional(TextSchema),
      /** Where the questionnaire comes from (its sources, who wrote it), shown with the introduction and the results. */
      credits: z.optional(TextSchema),
      scale: ScaleSchema,
      sections: z.array(SectionSchema).check(z.minLength(1)),
      dimensions: z.optional(z.array(DimensionSchema)),
      items: z.array(ItemSchema).check(z.minLength(1)),
      bands: z.array(BandSchema).check(z.minLength(1)),
      profile: z.optional(z.array(ProfileFieldSchema)),
    })
    .check(
      z.superRefine((inst, ctx) => {
        const issue = (path: PropertyKey[], reason: string, message: string, input: unknown) =>
          ctx.issues.push({ code: 'custom', path, message, input, params: { reason } });
        const sectionIds = new Set(inst.sections.map((s) => s.id));
        const dimensionIds = new Set((inst.dimensions ?? []).map((d) => d.id));
        for (const [key, list] of [
          ['sections', inst.sections],
          ['items', inst.items],
          ['dimensions', inst.dimensions ?? []],
          ['bands', inst.bands],
          ['profile', inst.profile ?? []],
        ] as const) {
          const ids = list.map((x) => x.id);
          for (const dup of new Set(duplicates(ids))) {
            issue([key, ids.lastIndexOf(dup), 'id'], 'duplicate-id', `The id "${dup}" is used twice.`, dup);
          }
        }
        inst.items.forEach((item, i) => {
          if (!sectionIds.has(item.section)) {
            issue(['items', i, 'section'], 'unknown-section', `No section has the id "${item.section}".`, item.section);
          }
          (item.dimensions ?? []).forEach((d, j) => {
            if (!dimensionIds.has(d)) {
              issue(['items', i, 'dimensions', j], 'unknown-dimension', `No dimension has the id "${d}".`, d);
            }
          });
        });
        if (!inst.bands.some((b) => b.min === 0)) {
          issue(['bands'], 'no-zero-band', 'One band must start at 0 so that every score has a band.', inst.bands);
        }
        new Set(duplicates(inst.bands.map((b) => String(b.min)))).forEach((min) =>
          issue(['bands'], 'same-band-min', `Two bands start at ${min}.`, min),
        );
        (inst.profile ?? []).forEach((field, i) => {
          if (field.type === 'choice' && !field.choices) {
            issue(['profile', i, 'choices'], 'choices-needed', 'A "choice" field needs its choices.', field);
          }
        });
      }),
    ),
);

export type ScaleChoice = z.infer<typeof ScaleChoiceSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type About = (typeof ABOUT)[number];
export type Band = z.infer<typeof BandSchema>;
export type ProfileField = z.infer<typeof ProfileFieldSchema>;
export type Instrument = z.infer<typeof InstrumentSchema>;
