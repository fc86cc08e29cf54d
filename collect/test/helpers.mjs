// Shared by the collector's tests: the database of this pass, campaigns, results and envelopes.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, defaultInstrument, Store } from '../dist/index.js';

/** This pass's database: PostgreSQL when DATABASE_URL is set, SQLite otherwise. */
export const databaseUrl = process.env.DATABASE_URL || undefined;
export const backend = databaseUrl ? 'postgres' : 'sqlite';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const instrument = defaultInstrument;

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'partenariat-collect-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A campaign id no other test or pass uses, so that passes on one PostgreSQL never meet. */
export const campaignId = (name = 'c') => `${name}-${randomUUID().slice(0, 8)}`;

export const LIMITS = { maxBody: 65536, maxAdminBody: 1048576, submitRate: 1000, readRate: 1000, adminFailRate: 5 };

/** A collector on this pass's database, driven with `app.inject`, with its log kept in `lines`. */
export async function startApp(limits = {}, shared = null) {
  const data = shared ?? tempDir();
  const store = await Store.open({ databaseUrl, dataDir: data.dir });
  const lines = [];
  const app = await createServer({
    store,
    limits: { ...LIMITS, ...limits },
    adminTokenHash: (await import('node:crypto')).createHash('sha256').update(ADMIN_TOKEN).digest('hex'),
    log: (line) => lines.push(line),
  });
  await app.ready();
  return {
    app,
    store,
    lines,
    async close() {
      await app.close();
      await store.close();
      if (!shared) data.remove();
    },
  };
}

export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

export function campaignBody(extra = {}) {
  return {
    title: { fr: 'Campagne d’essai', en: 'Test campaign' },
    instrument,
    ...extra,
  };
}

const score = (percent) => ({ mean: percent === null ? null : 1 + (3 * percent) / 100, percent, answered: 1, notApplicable: 0, total: 1, band: percent === null ? null : 'force' });

/** A complete result of the default questionnaire. */
export function makeResult({ id = randomUUID(), answer = 3, profile = {} } = {}) {
  const answers = Object.fromEntries(instrument.items.map((item) => [item.id, answer]));
  const percent = ((answer - 1) / 3) * 100;
  return {
    format: 'partenariat-result',
    version: 1,
    id,
    instrument: { id: instrument.id, version: instrument.version },
    locale: 'fr',
    startedAt: '2026-11-30T14:00:00.000Z',
    updatedAt: '2026-11-30T14:15:00.000Z',
    completedAt: '2026-11-30T14:15:00.000Z',
    profile: { organisation: 'Association des locataires du quartier', 'type-organisme': 'ocf', ...profile },
    answers,
    scores: {
      overall: score(percent),
      sections: instrument.sections.map((s) => ({ id: s.id, ...score(percent) })),
      dimensions: (instrument.dimensions ?? []).map((d) => ({ id: d.id, ...score(percent) })),
    },
    recommendations: [],
  };
}

export function makeEnvelope(campaign, result = makeResult()) {
  return {
    format: 'partenariat-submission',
    version: 1,
    campaign,
    consent: { time: '2026-11-30T14:16:00.000Z', recipient: 'la Fédération régionale des locataires', wording: 'consent-v1' },
    result,
  };
}

/** Creates a campaign over HTTP and gives its id. */
export async function putCampaign(app, extra = {}, id = campaignId()) {
  const response = await app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody(extra) });
  if (response.statusCode !== 201) throw new Error(`campaign: ${response.statusCode} ${response.body}`);
  return id;
}

export function submit(app, campaign, envelope, headers = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/campaigns/${campaign}/submissions`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(envelope),
  });
}

/** The cells of a CSV text (`separator` between cells, `"` around those that need it), rows run together. */
export function csvCells(csv, separator = ',') {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator || c === '\n') (cells.push(cell.replace(/\r$/, '')), (cell = ''));
    else cell += c;
  }
  cells.push(cell);
  return cells;
}
