import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema, TextSchema } from './text.js';

/** One axis of a radar: an impact dimension, a section… */
export const RadarAxisSchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: TextSchema,
  }),
);

const Value = lazy(() =>
  z.nullable(
    z.number().check(z.refine(Number.isFinite, { message: 'A finite number is expected.', params: { reason: 'not-finite' } })),
  ),
);

/**
 * One series: values by axis id (a missing or null value is drawn as missing). `low` and `high`,
 * when given, draw a band around the values (a group's minimum and maximum, say).
 */
export const RadarSeriesSchema = lazy(() =>
  z.object({
    label: TextSchema,
    values: z.record(z.string(), z.optional(Value)),
    low: z.optional(z.record(z.string(), z.optional(Value))),
    high: z.optional(z.record(z.string(), z.optional(Value))),
  }),
);

export const RadarAxesSchema = lazy(() =>
  z.array(RadarAxisSchema).check(
    z.superRefine((axes, ctx) => {
      const seen = new Set<string>();
      axes.forEach((axis, i) => {
        if (seen.has(axis.id)) {
          ctx.issues.push({
            code: 'custom',
            path: [i, 'id'],
            input: axis.id,
            message: `The id "${axis.id}" is used twice.`,
            params: { reason: 'duplicate-id' },
          });
        }
        seen.add(axis.id);
      });
    }),
  ),
);

export const RadarSeriesListSchema = lazy(() =>
  z.array(RadarSeriesSchema).check(z.maxLength(10)),
);

export type RadarAxis = z.infer<typeof RadarAxisSchema>;
export type RadarSeries = z.infer<typeof RadarSeriesSchema>;
