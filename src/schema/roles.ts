import * as z from 'zod/mini';
import { lazy } from './lazy.js';
import { IdSchema } from './text.js';

/**
 * A text of a role table, given once or as `{fr, en}`, of at most `max` characters in each
 * language: every string of a table is bounded, so that a table always fits where it is saved.
 */
const boundedText = (max: number) =>
  z.union([
    z.string().check(z.trim(), z.minLength(1), z.maxLength(max)),
    z
      .object({
        fr: z.optional(z.string().check(z.maxLength(max))),
        en: z.optional(z.string().check(z.maxLength(max))),
      })
      .check(
        z.refine((t) => Boolean(t.fr?.trim() || t.en?.trim()), {
          message: 'Give the text in French ("fr"), English ("en") or both.',
          params: { reason: 'text-missing' },
        }),
      ),
  ]);

/** The most partners, responsibilities and roles a table holds (the schema's limits). */
export const ROLE_TABLE_LIMITS = { partners: 20, responsibilities: 100, roles: 10 } as const;

/** What a role means for the rules that check a role table. */
export const ROLE_MEANINGS = ['does', 'decides', 'consulted', 'informed'] as const;

/** A role a partner can hold for a responsibility: « Décide », « Réalise »… */
export const RoleSchema = lazy(() =>
  z.object({
    id: IdSchema,
    label: boundedText(80),
    /** A few letters for narrow cells and the printed legend. */
    short: z.optional(boundedText(12)),
    description: z.optional(boundedText(500)),
    /**
     * How the rules count it: per responsibility, at least one role that `decides` and at least
     * one that `does` (when several partners decide, the element asks who settles a
     * disagreement). A role may mean both (« Décide et réalise »).
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
      $schema: z.optional(z.string().check(z.maxLength(500))),
      format: z.literal('partenariat-roles'),
      version: z.literal(1),
      title: z.string().check(z.maxLength(200)),
      /** The date of the agreement or meeting, `YYYY-MM-DD`. */
      date: z.optional(z.iso.date()),
      partners: z.array(PartnerSchema).check(z.maxLength(ROLE_TABLE_LIMITS.partners)),
      responsibilities: z.array(ResponsibilitySchema).check(z.maxLength(ROLE_TABLE_LIMITS.responsibilities)),
      vocabulary: z.array(RoleSchema).check(z.minLength(1), z.maxLength(ROLE_TABLE_LIMITS.roles)),
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


const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The role of `partner` for `responsibility`, if any. Only the table's own keys count, so that an
 * id such as `constructor` or `toString` never finds what every object inherits.
 */
export function roleOf(table: RoleTable, responsibility: string, partner: string): string | undefined {
  const row = own(table.assignments, responsibility) ? table.assignments[responsibility] : undefined;
  return row && own(row, partner) ? row[partner] : undefined;
}

/**
 * The table with its `assignments` on objects without a prototype: a key such as `constructor`
 * or `__proto__` is then plain data to read and write, and no edit reaches a built-in object.
 */
export function withPlainAssignments(table: RoleTable): RoleTable {
  const assignments: RoleTable['assignments'] = Object.create(null);
  for (const [responsibility, row] of Object.entries(table.assignments)) {
    const cells: Record<string, string> = Object.create(null);
    for (const [partner, role] of Object.entries(row)) cells[partner] = role;
    assignments[responsibility] = cells;
  }
  return { ...table, assignments };
}

/**
 * Checks what zod would not see or would take too long to list: more `assignments` rows or cells
 * than the table can hold (a file with 260,000 unknown keys would give as many issues), and
 * `__proto__` keys, which zod's records drop silently. Each gives one issue.
 */
function checkAssignmentKeys(data: unknown): z.core.$ZodIssue[] {
  if (!isPlainObject(data) || !isPlainObject(data.assignments)) return [];
  const issues: z.core.$ZodIssue[] = [];
  const tooBig = (path: PropertyKey[], maximum: number, input: unknown) =>
    issues.push({ code: 'too_big', origin: 'object', maximum, inclusive: true, path, input, message: `At most ${maximum} keys.` } as z.core.$ZodIssue);
  const unknown = (path: PropertyKey[], reason: string) =>
    issues.push({ code: 'custom', path, input: '__proto__', params: { reason }, message: 'No such id.' } as z.core.$ZodIssue);
  const rows = Object.keys(data.assignments);
  if (rows.length > ROLE_TABLE_LIMITS.responsibilities) tooBig(['assignments'], ROLE_TABLE_LIMITS.responsibilities, data.assignments);
  for (const key of rows) {
    if (key === '__proto__') unknown(['assignments', key], 'unknown-responsibility');
    const row = data.assignments[key];
    if (!isPlainObject(row)) continue;
    const cells = Object.keys(row);
    if (cells.length > ROLE_TABLE_LIMITS.partners) tooBig(['assignments', key], ROLE_TABLE_LIMITS.partners, row);
    if (cells.includes('__proto__')) unknown(['assignments', key, '__proto__'], 'unknown-partner');
    if (issues.length >= 20) break;
  }
  return issues;
}

/**
 * Parses outside data as a role table: `RoleTableSchema`, after the checks of the keys of
 * `assignments` that zod leaves out; the table comes back with `assignments` on objects without a
 * prototype (see `withPlainAssignments`).
 */
export function parseRoleTable(data: unknown): { success: true; data: RoleTable } | { success: false; issues: z.core.$ZodIssue[] } {
  const early = checkAssignmentKeys(data);
  if (early.length) return { success: false, issues: early };
  const parsed = RoleTableSchema.safeParse(data, { reportInput: true });
  return parsed.success ? { success: true, data: withPlainAssignments(parsed.data) } : { success: false, issues: parsed.error.issues };
}
