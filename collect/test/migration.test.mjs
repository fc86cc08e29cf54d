// The coded rows' migration (0004) on this pass's database (SQLite, or PostgreSQL when
// DATABASE_URL is set): a database as a collector from before leaves it is brought up to date,
// each submission coded as a collector of today codes it when it arrives; a collector from before
// refuses a database that has a migration it does not know. On PostgreSQL, in a database of its
// own, made and dropped here: the test undoes a migration, which no other test may see.
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { sql } from 'kysely';
import { ADMIN_TOKEN, admin, backend, databaseUrl, instrument, LIMITS, makeEnvelope, makeResult, putCampaign, submit, tempDir } from './helpers.mjs';
import { createServer, Store } from '../dist/index.js';

const json = (response) => JSON.parse(response.body);
const data = tempDir();
/** This test's own PostgreSQL database, or null on SQLite. */
let ownUrl = null;
let ownName = null;

async function onServer(text) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

before(async () => {
  if (!databaseUrl) return;
  ownName = `partenariat_migration_${randomUUID().slice(0, 8)}`;
  await onServer(`create database ${ownName}`);
  const url = new URL(databaseUrl);
  url.pathname = `/${ownName}`;
  ownUrl = url.toString();
});
after(async () => {
  data.remove();
  if (ownName) await onServer(`drop database if exists ${ownName}`);
});

async function open() {
  const store = await Store.open({ databaseUrl: ownUrl ?? undefined, dataDir: data.dir });
  const app = await createServer({ store, limits: LIMITS, adminTokenHash: createHash('sha256').update(ADMIN_TOKEN).digest('hex'), log: () => {} });
  await app.ready();
  return { app, store, close: async () => { await app.close(); await store.close(); } };
}

const codedRows = (store, campaign) =>
  store.db.selectFrom('submission_coded').selectAll().where('campaign_id', '=', campaign).orderBy('result_id').execute();
const summaryOf = async (app, campaign) => {
  const summary = json(await app.inject({ url: `/api/campaigns/${campaign}/summary?groupBy=type-organisme`, headers: admin }));
  delete summary.generatedAt;
  return summary;
};

describe(`migration 0004, coded rows (${backend})`, () => {
  test('fills the coded rows of the submissions already there, as they are made when they arrive; a collector from before refuses the database', async () => {
    let ctx = await open();
    const id = await putCampaign(ctx.app, { minGroup: 3 });
    const kinds = ['association-locataires', 'obnl-habitation', 'un-type-inconnu'];
    const envelopes = Array.from({ length: 9 }, (_, i) => {
      const result = makeResult({ answer: 1 + (i % 4), profile: { 'type-organisme': kinds[i % 3] } });
      result.answers[instrument.items[i].id] = i % 2 ? 'na' : 'dk';
      delete result.answers[instrument.items[i + 1].id];
      return makeEnvelope(id, result);
    });
    const receipts = [];
    for (const envelope of envelopes) receipts.push(json(await submit(ctx.app, id, envelope)).receipt);
    const made = await codedRows(ctx.store, id);
    assert.equal(made.length, envelopes.length);
    const summary = await summaryOf(ctx.app, id);
    assert.equal(summary.n, envelopes.length);

    // The database as a collector from before 0004 leaves it.
    const postgres = ctx.store.kind === 'postgres';
    await sql`drop trigger submission_changed_coded${postgres ? sql` on submission` : sql``}`.execute(ctx.store.db);
    if (postgres) await sql`drop function partenariat_submission_changed_coded()`.execute(ctx.store.db);
    await sql`drop table submission_coded`.execute(ctx.store.db);
    await ctx.store.db.deleteFrom('kysely_migration').where('name', '=', '0004-submission-coded').execute();
    await ctx.close();

    // Opened again: the migration codes them, the same rows as when they arrived, the same summary.
    ctx = await open();
    try {
      assert.deepEqual(await codedRows(ctx.store, id), made);
      assert.deepEqual(await summaryOf(ctx.app, id), summary);
      // Its trigger is there: a replacement with its receipt is coded anew, a withdrawal is gone.
      const replaced = structuredClone(envelopes[0]);
      replaced.result.answers[instrument.items[0].id] = 4;
      replaced.result.updatedAt = '2026-11-30T16:00:00.000Z';
      assert.equal((await submit(ctx.app, id, replaced, { authorization: `Receipt ${receipts[0]}` })).statusCode, 200);
      const withdrawn = await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${envelopes[1].result.id}`, headers: { authorization: `Receipt ${receipts[1]}` } });
      assert.equal(withdrawn.statusCode, 204);
      const rows = await codedRows(ctx.store, id);
      assert.equal(rows.length, envelopes.length - 1);
      assert.ok(!rows.some((row) => row.result_id === envelopes[1].result.id));
      const row = rows.find((r) => r.result_id === replaced.result.id);
      assert.equal(row.answers[0], '4');
      assert.equal(row.updated_at, '2026-11-30T16:00:00.000Z');
      assert.equal(row.content_hash, (await ctx.store.findSubmission(id, replaced.result.id)).content_hash);
      // A collector from before knows no 0004; ours knows no later migration: it refuses to start,
      // as a collector from before refuses this database.
      await ctx.store.db.insertInto('kysely_migration').values({ name: '9999-from-a-later-collector', timestamp: new Date().toISOString() }).execute();
    } finally {
      await ctx.close();
    }
    await assert.rejects(open(), /9999-from-a-later-collector/);
  });
});
