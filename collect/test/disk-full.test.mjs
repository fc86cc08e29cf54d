// The SQLite file's disk full (SQLite's max_page_count stands in for a full disk): each
// submission that does not fit gets a 503 problem that says so, with Retry-After; nothing is
// half-stored; the database stays sound; once there is room again, the same submissions go in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { admin, backend, makeEnvelope, makeResult, putCampaign, startApp, submit } from './helpers.mjs';

test('the SQLite disk full: 503 that says so, nothing half-stored, no corruption, recovery when space returns', { skip: backend !== 'sqlite' && 'SQLite only' }, async () => {
  const ctx = await startApp();
  try {
    const id = await putCampaign(ctx.app);
    assert.equal((await submit(ctx.app, id, makeEnvelope(id))).statusCode, 201);
    // Room for a few more pages only (the store's own connection; the pragma lasts as long as it).
    const sqlite = ctx.store.sqlite;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = sqlite.pragma('page_count', { simple: true });
    sqlite.pragma(`max_page_count = ${pages + 8}`);

    const big = (n) => makeEnvelope(id, makeResult({ profile: { organisation: `${'Organisme '.repeat(45)}${n}` } }));
    const acknowledged = [];
    const refused = [];
    // One at a time, then 40 at once (committed together, in one transaction).
    for (let n = 0; n < 40 && !refused.length; n++) {
      const envelope = big(n);
      const response = await submit(ctx.app, id, envelope, { 'accept-language': 'fr' });
      if (response.statusCode === 201) acknowledged.push(envelope);
      else refused.push({ envelope, response });
    }
    const burst = Array.from({ length: 40 }, (_, n) => big(100 + n));
    const answers = await Promise.all(burst.map((envelope) => submit(ctx.app, id, envelope)));
    answers.forEach((response, i) => (response.statusCode === 201 ? acknowledged : refused).push(response.statusCode === 201 ? burst[i] : { envelope: burst[i], response }));

    assert.ok(refused.length > 0, 'the disk filled up');
    for (const { response } of refused) {
      assert.equal(response.statusCode, 503, `${response.body} ${ctx.lines.filter((l) => / error /.test(l)).slice(-3).join(' / ')}`);
      const body = JSON.parse(response.body);
      assert.equal(body.type, 'urn:partenariat:problem:storage-full');
      assert.match(body.title, /Espace disque plein/);
      assert.match(body.detail, /rien n’a été enregistré/);
      assert.ok(Number(response.headers['retry-after']) > 0, 'Retry-After');
    }
    // Every acknowledged one is there, none of the refused ones, and the file is sound.
    const storedIds = async () => new Set((await ctx.store.listSubmissions(id)).map((row) => row.result_id));
    let stored = await storedIds();
    assert.deepEqual(acknowledged.filter((e) => !stored.has(e.result.id)).map((e) => e.result.id), [], 'acknowledged and lost');
    assert.deepEqual(refused.filter(({ envelope }) => stored.has(envelope.result.id)).map(({ envelope }) => envelope.result.id), [], 'refused and stored');
    assert.equal(stored.size, acknowledged.length + 1);
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    // Reads still work while the disk is full.
    assert.equal(JSON.parse((await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin })).body).n, stored.size);
    assert.equal((await ctx.app.inject({ url: '/healthz' })).statusCode, 200);

    // Room again: the refused ones, sent again as the element would, go in, once each.
    sqlite.pragma('max_page_count = 1073741823');
    for (const { envelope } of refused) assert.equal((await submit(ctx.app, id, envelope)).statusCode, 201);
    for (const envelope of acknowledged.slice(0, 3)) assert.equal((await submit(ctx.app, id, envelope)).statusCode, 200);
    stored = await storedIds();
    assert.equal(stored.size, 1 + acknowledged.length + refused.length);
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    await ctx.close();
  }
});
