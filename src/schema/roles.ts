import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema, TextSchema } from './text.js';

/** What a role means for the rules that check a role table. */
export const ROLE_MEANINGS = ['does', 'decides', 'consulted', 'informed'] as const;

/** A role a partner can hold for a responsibility: « Décide », « Réalise »… */
export const RoleSchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: TextSchema,
    /** A few letters for narrow cells and the printed legend. */
    short: z.optional(TextSchema),
    description: z.optional(TextSchema),
    /**
     * How the rules count it: per responsibility, exactly one role that `decides` and at least one
     * that `does`. A role may mean both (« Décide et réalise »).
     */
    meanings: z.optional(z.array(z.enum(ROLE_MEANINGS))),
  }),
);

export const PartnerSchema = lazy(() =>
  z.object({
    id: IdSchema,
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  }),
);

export const ResponsibilitySchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  }),
);

/**
 * A governance role table: partners as columns, responsibilities as rows, a role in each cell
 * (`assignments[responsibility][partner]` is a role id; an empty cell is absent).
 */
export const RoleTableSchema = lazy(() =>
  z
    .object({
      $schema: z.optional(z.string()),
      format: z.literal('partenariat-roles'),
      version: z.literal(1),
      title: z.string().check(z.maxLength(200)),
      /** The date of the agreement or meeting, `YYYY-MM-DD`. */
      date: z.optional(z.iso.date()),
      partners: z.array(PartnerSchema).check(z.maxLength(20)),
      responsibilities: z.array(ResponsibilitySchema).check(z.maxLength(100)),
      vocabulary: z.array(RoleSchema).check(z.minLength(1), z.maxLength(10)),
      assignments: z.record(IdSchema, z.record(IdSchema, IdSchema)),
    })
    .check(
      z.superRefine((table, ctx) => {
        const issue = (path: PropertyKey[], reason: string, message: string, input: unknown) =>
          ctx.issues.push({ code: 'custom', path, message, input, params: { reason } });
        for (const key of ['partners', 'responsibilities', 'vocabulary'] as const) {
          const seen = new Set<string>();
          table[key].forEach((x, i) => {
            if (seen.has(x.id)) issue([key, i, 'id'], 'duplicate-id', `The id "${x.id}" is used twice.`, x.id);
            seen.add(x.id);
          });
        }
        const partners = new Set(table.partners.map((p) => p.id));
        const responsibilities = new Set(table.responsibilities.map((r) => r.id));
        const roles = new Set(table.vocabulary.map((r) => r.id));
        for (const [resp, row] of Object.entries(table.assignments)) {
          if (!responsibilities.has(resp)) issue(['assignments', resp], 'unknown-responsibility', `No responsibility has the id "${resp}".`, resp);
          for (const [partner, role] of Object.entries(row)) {
            if (!partners.has(partner)) issue(['assignments', resp, partner], 'unknown-partner', `No partner has the id "${partner}".`, partner);
            else if (!roles.has(role)) issue(['assignments', resp, partner], 'unknown-role', `No role has the id "${role}".`, role);
          }
        }
      }),
    ),
);

export type Role = z.infer<typeof RoleSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type Responsibility = z.infer<typeof ResponsibilitySchema>;
export type RoleTable = z.infer<typeof RoleTableSchema>;
