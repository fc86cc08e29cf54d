// PostgreSQL's disk full. A trigger on the submission table raises SQLSTATE 53100 (disk_full),
// which is what PostgreSQL itself reports when it cannot extend a table's file ("could not
// extend file …: No space left on device"), for any new row of this test's campaign; a copy
// already stored needs no room, and goes through as it would on a full disk. Each new
// submission gets a 503 problem that says so, with Retry-After; nothing is half-stored; reads
// go on; once the trigger is dropped (room again), the same resends are stored exactly once.
// The trigger and its function are dropped whatever happens.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import pg from 'pg';
import { admin, backend, databaseUrl, makeEnvelope, putCampaign, startApp, submit } from './helpers.mjs';

test('the PostgreSQL disk full (SQLSTATE 53100): 503 that says so, nothing half-stored, reads go on, recovery when space returns', {
  skip: backend !== 'postgres' && 'PostgreSQL only (set DATABASE_URL)',
}, async () => {
  const ctx = await startApp();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const suffix = randomUUID().slice(0, 8);
  // Names, not values: they cannot be parameters, so they are quoted as identifiers.
  const fn = pg.escapeIdentifier(`partenariat_test_disk_full_${suffix}`);
  const trigger = fn;
  try {
    const id = await putCampaign(ctx.app);
    const first = makeEnvelope(id);
    assert.equal((await submit(ctx.app, id, first)).statusCode, 201);

    // The disk fills up: a new row of this campaign cannot be written (other campaigns, of
    // other tests on the same cluster, are left alone).
    await client.query(`create function ${fn}() returns trigger language plpgsql as $$
      begin
        if new.campaign_id = ${pg.escapeLiteral(id)}
          and not exists (select 1 from submission where campaign_id = new.campaign_id and result_id = new.result_id) then
          raise exception 'could not extend file "base/16384/16385": No space left on device'
            using errcode = 'disk_full', hint = 'Check free disk space.';
        end if;
        return new;
      end $$`);
    await client.query(`create trigger ${trigger} before insert on submission for each row execute function ${fn}()`);

    const refused = Array.from({ length: 12 }, () => makeEnvelope(id));
    const before = ctx.lines.length;
    // One at a time, in French and in English, then the rest at once.
    const answers = [
      await submit(ctx.app, id, refused[0], { 'accept-language': 'fr' }),
      await submit(ctx.app, id, refused[1], { 'accept-language': 'en' }),
      ...(await Promise.all(refused.slice(2).map((envelope) => submit(ctx.app, id, envelope)))),
    ];
    for (const response of answers) {
      assert.equal(response.statusCode, 503, response.body);
      assert.match(response.headers['content-type'], /^application\/problem\+json/);
      const body = JSON.parse(response.body);
      assert.equal(body.type, 'urn:partenariat:problem:storage-full');
      assert.equal(body.status, 503);
      assert.ok(Number(response.headers['retry-after']) > 0, 'Retry-After');
    }
    const [fr, en] = answers.map((response) => JSON.parse(response.body));
    assert.equal(fr.title, 'Espace disque plein');
    assert.match(fr.detail, /rien n’a été enregistré/);
    assert.equal(en.title, 'Storage full');
    assert.match(en.detail, /nothing was stored/);
    // The log says what went wrong (the code), never what was sent.
    const logged = ctx.lines.slice(before).filter((line) => / error /.test(line));
    assert.equal(logged.length, refused.length);
    assert.ok(logged.every((line) => /53100/.test(line) && !line.includes('Association')), logged.join('\n'));

    // The copy already stored needs no room: the element that sends it again gets its receipt.
    const again = await submit(ctx.app, id, first);
    assert.equal(again.statusCode, 200, again.body);

    // Nothing half-stored: the first one alone is there.
    const stored = async () => (await ctx.store.listSubmissions(id)).map((row) => row.result_id).sort();
    assert.deepEqual(await stored(), [first.result.id]);
    // Reads go on while the disk is full.
    assert.equal(JSON.parse((await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin })).body).n, 1);
    const exported = await ctx.app.inject({ url: `/api/campaigns/${id}/submissions`, headers: admin });
    assert.equal(exported.statusCode, 200);
    assert.deepEqual(JSON.parse(exported.body).map((row) => row.id), [first.result.id]);
    assert.equal((await ctx.app.inject({ url: `/api/campaigns/${id}/instrument` })).statusCode, 200);
    assert.ok(JSON.parse((await ctx.app.inject({ url: '/api/campaigns', headers: admin })).body).some((c) => c.id === id && c.n === 1));
    assert.equal((await ctx.app.inject({ url: '/healthz' })).statusCode, 200);

    // Room again: the refused ones, sent again as the element does, go in; sent once more, they are there once.
    await client.query(`drop trigger ${trigger} on submission`);
    await client.query(`drop function ${fn}()`);
    const resent = await Promise.all(refused.map((envelope) => submit(ctx.app, id, envelope)));
    assert.deepEqual(resent.map((r) => r.statusCode), refused.map(() => 201));
    const twice = await Promise.all(refused.slice(0, 5).map((envelope) => submit(ctx.app, id, envelope)));
    assert.deepEqual(twice.map((r) => r.statusCode), [200, 200, 200, 200, 200]);
    assert.deepEqual(twice.map((r) => JSON.parse(r.body).receipt), resent.slice(0, 5).map((r) => JSON.parse(r.body).receipt));
    assert.deepEqual(await stored(), [first, ...refused].map((e) => e.result.id).sort());
    const { rows } = await client.query('select count(*)::int as n from submission where campaign_id = $1', [id]);
    assert.equal(rows[0].n, 1 + refused.length);
  } finally {
    await client.query(`drop trigger if exists ${trigger} on submission`).catch(() => {});
    await client.query(`drop function if exists ${fn}()`).catch(() => {});
    await client.end();
    await ctx.close();
  }
});
