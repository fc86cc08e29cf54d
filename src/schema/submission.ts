import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { ResultSchema } from './result.js';
import { IdSchema } from './text.js';

/**
 * The consent a person gave before sending: when, to whom (as the element named the recipient
 * to the person), and which wording of the consent text was shown (its id, so that the
 * recipient can show later exactly what was agreed to).
 */
export const ConsentSchema = lazy(() =>
  z.object({
    time: z.iso.datetime({ offset: true }),
    recipient: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    wording: IdSchema,
  }),
);

/**
 * What `<partenariat-checklist>` sends to a collector: `partenariat-submission`, version 1.
 * The result's `id` is the submission's id: sending the same envelope again is never counted
 * twice.
 */
export const SubmissionSchema = lazy(() =>
  z.object({
    $schema: z.optional(z.string()),
    format: z.literal('partenariat-submission'),
    version: z.literal(1),
    /** The campaign's id, as in the collector's URL. */
    campaign: IdSchema,
    consent: ConsentSchema,
    result: ResultSchema,
  }),
);

export type Consent = z.infer<typeof ConsentSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;
