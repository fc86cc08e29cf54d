/** What an admin sends to create or update a campaign, and what anyone may read of it. */
import * as z from 'zod/mini';
import { InstrumentSchema, type Instrument } from '../../src/schema/instrument.js';
import type { CampaignRow } from './store.js';
import { canonicalHash } from './util.js';

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

const DateTime = z.iso.datetime({ offset: true });

export const CampaignInputSchema = z
  .object({
    title: z.object({
      fr: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
      en: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    }),
    instrument: InstrumentSchema,
    origins: z.optional(
      z.array(
        z.string().check(
          z.refine(isOrigin, {
            message: 'An origin: scheme, host and port only, such as "https://example.org".',
            params: { reason: 'not-an-origin' },
          }),
        ),
      ).check(z.maxLength(500)),
    ),
    opensAt: z.optional(z.nullable(DateTime)),
    closesAt: z.optional(z.nullable(DateTime)),
    minGroup: z.optional(z.number().check(z.int(), z.gte(3), z.lte(1000))),
    publicSummary: z.optional(z.boolean()),
  })
  .check(
    z.refine((c) => !c.opensAt || !c.closesAt || Date.parse(c.opensAt) < Date.parse(c.closesAt), {
      message: 'closesAt comes after opensAt.',
      path: ['closesAt'],
      params: { reason: 'closes-before-opening' },
    }),
  );

export type CampaignInput = z.infer<typeof CampaignInputSchema>;

/** The row to store for a campaign. */
export function campaignRow(id: string, input: CampaignInput): Omit<CampaignRow, 'created_at' | 'updated_at'> {
  const iso = (value: string | null | undefined) => (value ? new Date(value).toISOString() : null);
  return {
    id,
    title_fr: input.title.fr,
    title_en: input.title.en,
    instrument: JSON.stringify(input.instrument),
    instrument_hash: canonicalHash(input.instrument),
    instrument_id: input.instrument.id,
    instrument_version: input.instrument.version,
    origins: JSON.stringify(input.origins ?? []),
    opens_at: iso(input.opensAt),
    closes_at: iso(input.closesAt),
    min_group: input.minGroup ?? 5,
    public_summary: input.publicSummary ? 1 : 0,
  };
}

export type CampaignState = 'open' | 'not-open-yet' | 'closed';

export function campaignState(row: Pick<CampaignRow, 'opens_at' | 'closes_at'>, now = new Date()): CampaignState {
  const t = now.toISOString();
  if (row.closes_at && t >= row.closes_at) return 'closed';
  if (row.opens_at && t < row.opens_at) return 'not-open-yet';
  return 'open';
}

export function instrumentOf(row: CampaignRow): Instrument {
  return JSON.parse(row.instrument) as Instrument;
}

export function originsOf(row: Pick<CampaignRow, 'origins'>): string[] {
  return JSON.parse(row.origins) as string[];
}

/** What every view of a campaign says: its id, title, state and dates. */
function basics(row: CampaignRow) {
  return {
    id: row.id,
    title: { fr: row.title_fr, en: row.title_en },
    open: campaignState(row) === 'open',
    opensAt: row.opens_at,
    closesAt: row.closes_at,
  };
}

/** What anyone may read of a campaign. */
export function publicView(row: CampaignRow) {
  return { ...basics(row), instrument: instrumentOf(row) };
}

/** What an admin sees of a campaign in the list (the questionnaire named, not sent whole). */
export function adminView(row: CampaignRow & { n: number }) {
  const { id, version } = instrumentOf(row);
  return {
    ...basics(row),
    origins: originsOf(row),
    minGroup: row.min_group,
    publicSummary: row.public_summary === 1,
    instrument: { id, version },
    n: row.n,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
