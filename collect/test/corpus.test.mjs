// The corpus of bad input (test/corpus/, made by scripts/make-corpus.mjs) sent to the collector:
// each bad submission gets a clear 4xx problem and nothing is stored; the script-injection
// payloads, in every text field of a submission, are stored and exported as written, CSV cells
// neutralized, and never reach the log.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { admin, backend, csvCells, makeEnvelope, makeResult, putCampaign, startApp, submit } from './helpers.mjs';

const corpus = new URL('../../test/corpus/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', corpus), 'utf8'));
const bytesOf = (file) => readFileSync(new URL(file, corpus));

/** The file's bytes with `__CAMPAIGN__` replaced by `campaign`, leaving every other byte as it is. */
function withCampaign(bytes, campaign) {
  const mark = Buffer.from('__CAMPAIGN__');
  const parts = [];
  let from = 0;
  for (let at = bytes.indexOf(mark); at !== -1; at = bytes.indexOf(mark, from)) {
    parts.push(bytes.subarray(from, at), Buffer.from(campaign));
    from = at + mark.length;
  }
  parts.push(bytes.subarray(from));
  return Buffer.concat(parts);
}

let ctx;
before(async () => {
  ctx = await startApp();
});
after(async () => {
  await ctx?.close();
});

const rowsOf = async (campaign) =>
  ctx.store.db.selectFrom('submission').select(['result_id', 'envelope']).where('campaign_id', '=', campaign).execute();

describe(`the corpus of bad input, sent to the collector (${backend})`, () => {
  test(`each of the ${index.submissions.length} bad submissions: a 4xx problem that says what, nothing stored`, async () => {
    assert.ok(index.submissions.length >= 20);
    const id = await putCampaign(ctx.app);
    const failures = [];
    for (const c of index.submissions) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/campaigns/${id}/submissions`,
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        payload: withCampaign(bytesOf(c.file), id),
      });
      const what = `${c.file} (${c.case})`;
      if (response.statusCode !== c.expect.status) {
        failures.push(`${what}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        continue;
      }
      if (!/^application\/problem\+json/.test(response.headers['content-type'])) failures.push(`${what}: ${response.headers['content-type']}`);
      const body = JSON.parse(response.body);
      if (body.type !== `urn:partenariat:problem:${c.expect.type}`) failures.push(`${what}: ${body.type}`);
      if (!body.title || !body.detail || body.status !== c.expect.status) failures.push(`${what}: no title or detail`);
      if (c.expect.path !== undefined && !body.errors?.some((e) => e.path === c.expect.path)) {
        failures.push(`${what}: no error at "${c.expect.path}" in ${JSON.stringify(body.errors?.slice(0, 3))}`);
      }
      if (c.expect.reason && body.errors?.[0]?.reason !== c.expect.reason) failures.push(`${what}: reason ${body.errors?.[0]?.reason}`);
      if (body.errors && !body.errors.every((e) => typeof e.message === 'string' && e.message.length > 0)) failures.push(`${what}: an error without message`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(await rowsOf(id), [], 'nothing stored');
    assert.ok(!('isAdmin' in {}), 'Object.prototype unchanged');
    // The corpus's base envelope, from which each case differs by one thing, is taken.
    const base = await ctx.app.inject({
      method: 'POST', url: `/api/campaigns/${id}/submissions`,
      headers: { 'content-type': 'application/json' }, payload: withCampaign(bytesOf('submission-base.json'), id),
    });
    assert.equal(base.statusCode, 201, base.body);
  });

  test('a profile value in UTF-8 with accents and emoji is stored as written', async () => {
    const id = await putCampaign(ctx.app);
    const words = 'Coopérative « Le Pont » — 🏘️ Montréal';
    const envelope = makeEnvelope(id, makeResult({ profile: { organisation: words } }));
    assert.equal((await submit(ctx.app, id, envelope)).statusCode, 201);
    assert.equal(JSON.parse((await rowsOf(id))[0].envelope).result.profile.organisation, words);
  });

  test(`the ${index.payloads.length} script-injection payloads in every text field: stored and exported as written, CSV formulas neutralized, never logged`, async () => {
    const id = await putCampaign(ctx.app);
    const before = ctx.lines.length;
    const sent = [];
    for (const [i, p] of index.payloads.entries()) {
      const result = makeResult({ id: `${p}`.slice(0, 90) + ` #${i}`, profile: { organisation: p, region: p } });
      result.recommendations = [{ item: 'a', section: 'b', band: 'c', percent: 10, text: p }];
      const envelope = makeEnvelope(id, result);
      envelope.consent.recipient = p;
      const response = await submit(ctx.app, id, envelope);
      assert.equal(response.statusCode, 201, `${JSON.stringify(p)}: ${response.body}`);
      sent.push(envelope);
    }
    const exported = JSON.parse((await ctx.app.inject({ url: `/api/campaigns/${id}/submissions`, headers: admin })).body);
    const byId = new Map(exported.map((row) => [row.id, row]));
    for (const envelope of sent) {
      const row = byId.get(envelope.result.id);
      assert.ok(row, `${JSON.stringify(envelope.result.id)} exported`);
      assert.deepEqual(row.result.profile, envelope.result.profile);
      // The recipient is trimmed, as the schema says; nothing else is changed.
      assert.equal(row.consent.recipient, envelope.consent.recipient.trim());
      assert.equal(row.result.recommendations[0].text, envelope.result.recommendations[0].text);
    }
    const csv = (await ctx.app.inject({ url: `/api/campaigns/${id}/submissions?format=csv`, headers: admin })).body.replace(/^\uFEFF/, '');
    const cells = csvCells(csv);
    const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    assert.deepEqual(formulas, [], 'no CSV cell a spreadsheet would read as a formula');
    for (const p of index.payloads) {
      assert.ok(cells.includes(/^[=+\-@\t\r]/.test(p) ? `'${p}` : p), `${JSON.stringify(p)} in the CSV, as written (after its apostrophe)`);
    }
    const lines = ctx.lines.slice(before);
    assert.equal(lines.length, index.payloads.length + 2);
    for (const p of index.payloads) {
      assert.ok(lines.every((line) => !line.includes(p.trim())), `${JSON.stringify(p)} in the log`);
    }
  });

  test('the bad submissions of the corpus leave no answer, profile value or body in the log', async () => {
    const id = await putCampaign(ctx.app);
    const before = ctx.lines.length;
    const secret = `Organisme-secret-${Date.now()}`;
    for (const c of index.submissions) {
      const text = withCampaign(bytesOf(c.file), id).toString('latin1').replace('Association des locataires', secret);
      await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, headers: { 'content-type': 'application/json' }, payload: Buffer.from(text, 'latin1') });
    }
    const lines = ctx.lines.slice(before);
    assert.equal(lines.filter((line) => / POST /.test(line)).length, index.submissions.length);
    assert.ok(lines.every((line) => !line.includes(secret) && !line.includes('"answers"') && !line.includes('consent-v1')), lines.join('\n'));
  });
});
