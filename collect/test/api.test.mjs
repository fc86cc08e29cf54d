// The HTTP contract of the collector, on this pass's database (SQLite, or PostgreSQL when
// DATABASE_URL is set), through Fastify's `inject`: no socket, the same code path.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  admin, backend, campaignBody, instrument, makeEnvelope, makeResult, putCampaign, startApp, submit, tempDir,
} from './helpers.mjs';
import { aggregate, coderFor } from '../dist/index.js';

let ctx;
before(async () => {
  ctx = await startApp();
});
after(async () => {
  await ctx?.close();
});

const json = (response) => JSON.parse(response.body);
const codedRows = (campaign) => ctx.store.db.selectFrom('submission_coded').selectAll().where('campaign_id', '=', campaign).execute();
const exportOf = async (campaign, format = 'json') =>
  ctx.app.inject({ method: 'GET', url: `/api/campaigns/${campaign}/submissions?format=${format}`, headers: admin });
const count = async (campaign) => json(await ctx.app.inject({ url: `/api/campaigns/${campaign}/summary`, headers: admin })).n;

function assertProblem(response, status, kind) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(response.headers['content-type'], /^application\/problem\+json/);
  const body = json(response);
  assert.equal(body.status, status);
  assert.equal(body.type, `urn:partenariat:problem:${kind}`);
  assert.ok(body.title && body.detail);
  return body;
}

describe(`collector HTTP contract (${backend})`, () => {
  test('GET /healthz names the database', async () => {
    const response = await ctx.app.inject({ url: '/healthz' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(json(response), { ok: true, db: backend });
  });

  test('the SQLite data is readable by the collector\'s user alone', { skip: backend !== 'sqlite' }, async () => {
    const { statSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    const id = await putCampaign(ctx.app);
    await submit(ctx.app, id, makeEnvelope(id));
    assert.equal(statSync(ctx.store.file).mode & 0o777, 0o600);
    assert.equal(statSync(`${ctx.store.file}-wal`).mode & 0o777, 0o600);
    assert.equal(statSync(dirname(ctx.store.file)).mode & 0o077, 0);
  });

  test('GET /schema/submission.schema.json: the envelope\'s JSON Schema', async () => {
    const response = await ctx.app.inject({ url: '/schema/submission.schema.json' });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'], /^application\/schema\+json/);
    assert.equal(json(response).properties.format.const, 'partenariat-submission');
  });

  test('PUT a campaign: 201 created, 200 updated, 401 without the token, 400 with each path', async () => {
    const id = `camp-${Date.now()}`;
    assertProblem(await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, payload: campaignBody() }), 401, 'unauthorized');
    const created = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody() });
    assert.equal(created.statusCode, 201, created.body);
    const updated = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ title: { fr: 'Autre titre', en: 'Other title' } }) });
    assert.equal(updated.statusCode, 200);
    assert.equal(json(updated).title.fr, 'Autre titre');
    const invalid = await ctx.app.inject({
      method: 'PUT', url: `/api/campaigns/${id}`, headers: admin,
      payload: campaignBody({ minGroup: 2, origins: ['https://example.org/path'] }),
    });
    const body = assertProblem(invalid, 400, 'invalid-campaign');
    const paths = body.errors.map((e) => e.path);
    assert.ok(paths.includes('minGroup') && paths.includes('origins.0'), JSON.stringify(body.errors));
  });

  test('GET a campaign and its instrument; 404 for an unknown one', async () => {
    const id = await putCampaign(ctx.app);
    const campaign = json(await ctx.app.inject({ url: `/api/campaigns/${id}` }));
    assert.equal(campaign.id, id);
    assert.equal(campaign.open, true);
    assert.deepEqual(campaign.title, { fr: 'Campagne d’essai', en: 'Test campaign' });
    assert.equal(campaign.instrument.id, instrument.id);
    const alone = json(await ctx.app.inject({ url: `/api/campaigns/${id}/instrument` }));
    assert.deepEqual(alone, JSON.parse(JSON.stringify(instrument)));
    assertProblem(await ctx.app.inject({ url: '/api/campaigns/nope-nope' }), 404, 'campaign-not-found');
    assertProblem(await ctx.app.inject({ url: '/api/campaigns/nope-nope/instrument' }), 404, 'campaign-not-found');
  });

  test('a submission: 201 with a receipt; the same envelope again: 200, same receipt, one row', async () => {
    const id = await putCampaign(ctx.app);
    const envelope = makeEnvelope(id);
    const first = await submit(ctx.app, id, envelope);
    assert.equal(first.statusCode, 201, first.body);
    const receipt = json(first);
    assert.equal(receipt.id, envelope.result.id);
    assert.ok(receipt.receipt.length >= 20);
    assert.ok(!Number.isNaN(Date.parse(receipt.receivedAt)));
    // Keys in another order are the same content.
    const reordered = { result: envelope.result, consent: envelope.consent, campaign: id, version: 1, format: 'partenariat-submission' };
    const again = await submit(ctx.app, id, reordered);
    assert.equal(again.statusCode, 200);
    assert.deepEqual(json(again), receipt);
    assert.equal(await count(id), 1);
  });

  test('the same envelope sent 20 times at once: one 201, the others 200, one row', async () => {
    const id = await putCampaign(ctx.app);
    const envelope = makeEnvelope(id);
    const responses = await Promise.all(Array.from({ length: 20 }, () => submit(ctx.app, id, envelope)));
    const codes = responses.map((r) => r.statusCode).sort();
    assert.deepEqual(codes, [...Array(19).fill(200), 201]);
    assert.equal(new Set(responses.map((r) => json(r).receipt)).size, 1);
    assert.equal(await count(id), 1);
  });

  test('two collectors on one database behave as one: one 201, one row, one receipt', async () => {
    const data = tempDir();
    const [a, b] = [await startApp({}, data), await startApp({}, data)];
    try {
      const id = await putCampaign(a.app);
      const envelope = makeEnvelope(id);
      const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(i % 2 ? a.app : b.app, id, envelope)));
      assert.deepEqual(responses.map((r) => r.statusCode).sort(), [...Array(9).fill(200), 201]);
      assert.equal(new Set(responses.map((r) => json(r).receipt)).size, 1);
      const { receipt } = json(responses[0]);
      const changed = makeEnvelope(id, makeResult({ id: envelope.result.id, answer: 1 }));
      assertProblem(await submit(b.app, id, changed), 409, 'result-conflict');
      assert.equal((await submit(a.app, id, changed, { authorization: `Receipt ${receipt}` })).statusCode, 200);
      assert.equal((await submit(b.app, id, changed)).statusCode, 200);
      const withdraw = await b.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${envelope.result.id}`, headers: { authorization: `Receipt ${receipt}` } });
      assert.equal(withdraw.statusCode, 204);
      assert.equal(json(await a.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin })).n, 0);
    } finally {
      await a.close();
      await b.close();
      data.remove();
    }
  });

  test('same result id, other content: 409; wrong receipt: 403; with its receipt: replaced (200)', async () => {
    const id = await putCampaign(ctx.app);
    const result = makeResult({ answer: 2 });
    const { receipt } = json(await submit(ctx.app, id, makeEnvelope(id, result)));
    const changed = makeEnvelope(id, { ...makeResult({ id: result.id, answer: 4 }) });
    assertProblem(await submit(ctx.app, id, changed), 409, 'result-conflict');
    assertProblem(await submit(ctx.app, id, changed, { authorization: 'Receipt not-the-receipt' }), 403, 'receipt-mismatch');
    const replaced = await submit(ctx.app, id, changed, { authorization: `Receipt ${receipt}` });
    assert.equal(replaced.statusCode, 200, replaced.body);
    assert.equal(json(replaced).receipt, receipt);
    const rows = json(await exportOf(id));
    assert.equal(rows.length, 1);
    assert.equal(Object.values(rows[0].result.answers)[0], 4);
    const coded = await codedRows(id);
    assert.deepEqual(coded.map((row) => [row.answers, row.content_hash]), [['4'.repeat(instrument.items.length), (await ctx.store.findSubmission(id, result.id)).content_hash]], 'the coded row is the replacement\'s');
    // The new content sent again is the stored one: 200 without a receipt.
    assert.equal((await submit(ctx.app, id, changed)).statusCode, 200);
  });

  test('400 lists each path and reason; the result must be of the campaign and its questionnaire', async () => {
    const id = await putCampaign(ctx.app);
    const envelope = makeEnvelope(id);
    const broken = { ...envelope, consent: { ...envelope.consent, time: 'yesterday' }, result: { ...envelope.result, locale: 'de' } };
    const body = assertProblem(await submit(ctx.app, id, broken), 400, 'invalid-submission');
    const paths = body.errors.map((e) => e.path);
    assert.ok(paths.includes('consent.time') && paths.includes('result.locale'), JSON.stringify(body.errors));
    assert.ok(body.errors.every((e) => e.reason && e.message));
    const other = makeEnvelope(id, { ...makeResult(), instrument: { id: instrument.id, version: '0.9' } });
    const mismatch = assertProblem(await submit(ctx.app, id, other), 400, 'invalid-submission');
    assert.equal(mismatch.errors[0].reason, 'instrument-mismatch');
    const elsewhere = assertProblem(await submit(ctx.app, id, makeEnvelope('another-campaign')), 400, 'invalid-submission');
    assert.equal(elsewhere.errors[0].reason, 'campaign-mismatch');
    assertProblem(await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, headers: { 'content-type': 'application/json' }, payload: '{"format":' }), 400, 'invalid-json');
  });

  test('403 for a site not in the campaign list; 404 unknown campaign; 410 closed; 409 not open yet', async () => {
    const id = await putCampaign(ctx.app, { origins: ['https://membre.example.org'] });
    assertProblem(await submit(ctx.app, id, makeEnvelope(id), { origin: 'https://ailleurs.example.com' }), 403, 'origin-not-allowed');
    assert.equal((await submit(ctx.app, id, makeEnvelope(id), { origin: 'https://membre.example.org' })).statusCode, 201);
    assertProblem(await submit(ctx.app, 'nope-nope', makeEnvelope('nope-nope')), 404, 'campaign-not-found');

    const closed = await putCampaign(ctx.app);
    const early = makeEnvelope(closed);
    assert.equal((await submit(ctx.app, closed, early)).statusCode, 201);
    await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${closed}`, headers: admin, payload: campaignBody({ closesAt: '2020-01-01T00:00:00Z' }) });
    assert.equal(json(await ctx.app.inject({ url: `/api/campaigns/${closed}` })).open, false);
    assertProblem(await submit(ctx.app, closed, makeEnvelope(closed)), 410, 'campaign-closed');
    // A late retry of a copy received before the closing is acknowledged, not refused.
    assert.equal((await submit(ctx.app, closed, early)).statusCode, 200);

    const later = await putCampaign(ctx.app, { opensAt: '2999-01-01T00:00:00Z' });
    assertProblem(await submit(ctx.app, later, makeEnvelope(later)), 409, 'campaign-not-open');
  });

  test('a refused submission leaves no row; one inside every limit goes in (the store checks as the server does)', async () => {
    const rows = async (id) => (await ctx.store.db.selectFrom('submission').select('result_id').where('campaign_id', '=', id).execute()).length;
    const soon = new Date(Date.now() + 60_000).toISOString();
    const ago = new Date(Date.now() - 60_000).toISOString();
    const id = await putCampaign(ctx.app, { origins: ['https://a.example.org', 'https://membre.example.org'], opensAt: ago, closesAt: soon });
    assertProblem(await submit(ctx.app, id, makeEnvelope(id), { origin: 'https://membre.example.org.evil.example' }), 403, 'origin-not-allowed');
    const other = makeEnvelope(id, { ...makeResult(), instrument: { id: instrument.id, version: '0.9' } });
    assertProblem(await submit(ctx.app, id, other), 400, 'invalid-submission');
    assert.equal(await rows(id), 0);
    assert.equal((await submit(ctx.app, id, makeEnvelope(id), { origin: 'https://membre.example.org' })).statusCode, 201);
    assert.equal((await submit(ctx.app, id, makeEnvelope(id))).statusCode, 201, 'no Origin: a server-side sender');
    assert.equal(await rows(id), 2);

    const closed = await putCampaign(ctx.app, { closesAt: ago });
    const later = await putCampaign(ctx.app, { opensAt: soon });
    assertProblem(await submit(ctx.app, closed, makeEnvelope(closed)), 410, 'campaign-closed');
    assertProblem(await submit(ctx.app, later, makeEnvelope(later)), 409, 'campaign-not-open');
    assert.equal((await rows(closed)) + (await rows(later)), 0);
  });

  test('413 over 64 KB; 415 when not JSON', async () => {
    const id = await putCampaign(ctx.app);
    const big = makeEnvelope(id, makeResult({ profile: { organisation: 'x'.repeat(400) } }));
    big.result.recommendations = Array.from({ length: 200 }, (_, i) => ({ item: 'a', section: 'b', band: 'c', percent: i, text: 'y'.repeat(400) }));
    assert.ok(JSON.stringify(big).length > 65536);
    assertProblem(await submit(ctx.app, id, big), 413, 'too-large');
    const text = await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(makeEnvelope(id)) });
    assertProblem(text, 415, 'unsupported-media-type');
    const form = await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1' });
    assertProblem(form, 415, 'unsupported-media-type');
    assert.equal(await count(id), 0);
  });

  test('withdrawal: 401 without a receipt, 403 with a wrong one, 204, then gone from every export and count', async () => {
    const id = await putCampaign(ctx.app);
    const kept = makeEnvelope(id);
    const gone = makeEnvelope(id, makeResult({ profile: { organisation: 'Organisme qui se retire' } }));
    await submit(ctx.app, id, kept);
    const { receipt } = json(await submit(ctx.app, id, gone));
    const url = `/api/campaigns/${id}/submissions/${gone.result.id}`;
    assertProblem(await ctx.app.inject({ method: 'DELETE', url }), 401, 'receipt-required');
    assertProblem(await ctx.app.inject({ method: 'DELETE', url, headers: { authorization: 'Receipt wrong' } }), 403, 'receipt-mismatch');
    assert.equal(await count(id), 2);
    const deleted = await ctx.app.inject({ method: 'DELETE', url, headers: { authorization: `Receipt ${receipt}` } });
    assert.equal(deleted.statusCode, 204);
    assert.equal(await count(id), 1);
    for (const table of ['submission_counted', 'submission_coded']) {
      const left = await ctx.store.db.selectFrom(table).select('result_id').where('campaign_id', '=', id).execute();
      assert.deepEqual(left.map((row) => row.result_id), [kept.result.id], `${table}: the withdrawn result is gone`);
    }
    for (const format of ['json', 'ndjson', 'csv']) {
      const text = (await exportOf(id, format)).body;
      assert.ok(!text.includes(gone.result.id) && !text.includes('Organisme qui se retire'), format);
      assert.ok(text.includes(kept.result.id), format);
    }
    assertProblem(await ctx.app.inject({ method: 'DELETE', url, headers: { authorization: `Receipt ${receipt}` } }), 404, 'submission-not-found');
  });

  test('exports: JSON array, NDJSON, CSV with a BOM and formulas neutralized', async () => {
    const id = await putCampaign(ctx.app);
    const hostile = makeEnvelope(id, makeResult({ profile: { organisation: '=HYPERLINK("http://x","clic")', region: '+33' } }));
    const plain = makeEnvelope(id, makeResult({ profile: { organisation: '@SUM(A1), « Comité », "citation"', region: '-1' } }));
    await submit(ctx.app, id, hostile);
    await submit(ctx.app, id, plain);
    const array = json(await exportOf(id));
    assert.equal(array.length, 2);
    assert.deepEqual(Object.keys(array[0]).sort(), ['consent', 'id', 'receivedAt', 'result']);
    assert.ok(!JSON.stringify(array).includes('receipt'));
    const ndjson = await exportOf(id, 'ndjson');
    assert.match(ndjson.headers['content-type'], /^application\/x-ndjson/);
    assert.equal(ndjson.body.trim().split('\n').map((line) => JSON.parse(line).id).length, 2);
    const csv = await exportOf(id, 'csv');
    assert.match(csv.headers['content-type'], /^text\/csv; charset=utf-8/);
    assert.match(csv.headers['content-disposition'], /attachment/);
    assert.ok(csv.body.startsWith('\uFEFF'));
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 3);
    const header = lines[0].split(',');
    assert.ok(header.includes('profile.organisation') && header.includes(`item.${instrument.items[0].id}`) && header.includes('overall.percent'));
    assert.ok(lines[1].includes(`"'=HYPERLINK(""http://x"",""clic"")"`), lines[1]);
    assert.ok(lines[1].includes(",'+33,"), lines[1]);
    assert.ok(lines[2].includes(`"'@SUM(A1), « Comité », ""citation"""`), lines[2]);
    assert.ok(lines[2].includes(",'-1,"), lines[2]);
    // Numbers written by the collector stay numbers.
    assert.ok(lines[1].includes(',3,3,'), lines[1]);
    assertProblem(await exportOf(id, 'xlsx'), 400, 'bad-request');
    assertProblem(await ctx.app.inject({ url: `/api/campaigns/${id}/submissions` }), 401, 'unauthorized');
  });

  test('summary: the same figures as aggregate() for the admin; for anyone only when publicSummary, and only n below minGroup', async () => {
    const id = await putCampaign(ctx.app);
    const envelopes = [1, 2, 4].map((answer) => makeEnvelope(id, makeResult({ answer })));
    for (const envelope of envelopes) await submit(ctx.app, id, envelope);
    const summary = json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin }));
    const expected = aggregate(instrument, envelopes.map((e) => e.result), { minGroup: 5, now: new Date(summary.generatedAt) });
    assert.deepEqual(summary, { ...expected, minGroup: 5 });
    assert.equal(summary.format, 'partenariat-summary');
    assert.equal(summary.n, 3);
    assert.ok(!JSON.stringify(summary).includes(envelopes[0].result.id), 'no result id in a summary');
    assertProblem(await ctx.app.inject({ url: `/api/campaigns/${id}/summary` }), 401, 'unauthorized');
    const open = await putCampaign(ctx.app, { publicSummary: true, minGroup: 3 });
    await submit(ctx.app, open, makeEnvelope(open));
    const withheld = json(await ctx.app.inject({ url: `/api/campaigns/${open}/summary` }));
    assert.deepEqual({ n: withheld.n, minGroup: withheld.minGroup, withheld: withheld.withheld, items: withheld.items }, { n: 1, minGroup: 3, withheld: true, items: undefined });
    for (let i = 0; i < 2; i++) await submit(ctx.app, open, makeEnvelope(open));
    const shown = json(await ctx.app.inject({ url: `/api/campaigns/${open}/summary` }));
    assert.equal(shown.n, 3);
    assert.equal(shown.items.length, instrument.items.length);
  });

  test('summary: read from what the collector keeps of each result, the same after a replacement, a withdrawal, and for submissions stored without it', async () => {
    const id = await putCampaign(ctx.app);
    const kinds = ['association-locataires', 'obnl-habitation', 'autre'];
    const envelopes = Array.from({ length: 12 }, (_, i) => makeEnvelope(id, makeResult({ answer: 1 + (i % 4), profile: { 'type-organisme': kinds[i % 3] } })));
    envelopes[0].result.answers[instrument.items[0].id] = 'dk';
    const receipts = [];
    for (const envelope of envelopes) receipts.push(json(await submit(ctx.app, id, envelope)).receipt);
    // A replacement (the same result, other answers), and a withdrawal.
    const replaced = structuredClone(envelopes[1]);
    replaced.result.answers[instrument.items[2].id] = 'na';
    replaced.result.updatedAt = '2026-11-30T15:00:00.000Z';
    assert.equal((await submit(ctx.app, id, replaced, { authorization: `Receipt ${receipts[1]}` })).statusCode, 200);
    envelopes[1] = replaced;
    const gone = await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${envelopes[2].result.id}`, headers: { authorization: `Receipt ${receipts[2]}` } });
    assert.equal(gone.statusCode, 204);
    envelopes.splice(2, 1);
    const kept = await ctx.store.db.selectFrom('submission_counted').select(['result_id', 'counted']).where('campaign_id', '=', id).execute();
    assert.equal(kept.length, envelopes.length, 'one counted row per submission');
    assert.equal(JSON.parse(kept.find((row) => row.result_id === envelopes[0].result.id).counted).scores, undefined, 'without the scores');
    const summaryNow = async () => json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary?groupBy=type-organisme`, headers: admin }));
    const expected = (summary) => ({
      ...aggregate(instrument, envelopes.map((e) => e.result), { groupBy: 'type-organisme', minGroup: 5, now: new Date(summary.generatedAt) }),
      minGroup: 5,
    });
    // Each coded when it came, the replacement as replaced, the withdrawal gone.
    const coded = await codedRows(id);
    assert.deepEqual(coded.map((row) => row.result_id).sort(), envelopes.map((e) => e.result.id).sort(), 'one coded row per submission');
    const campaignHash = (await ctx.store.getCampaign(id)).instrument_hash;
    assert.ok(coded.every((row) => row.coding === 1 && row.instrument_hash === campaignHash));
    const codedOf = (envelope) => coded.find((row) => row.result_id === envelope.result.id);
    // The default scale: '1'…'4' its choices, '5' « ne s'applique pas », '6' « je ne sais pas ».
    assert.equal(codedOf(envelopes[1]).answers, instrument.items.map((_, i) => (i === 2 ? '5' : String(1 + (1 % 4)))).join(''));
    assert.equal(codedOf(envelopes[0]).answers[0], '6');
    assert.equal(codedOf(envelopes[1]).updated_at, '2026-11-30T15:00:00.000Z');
    assert.deepEqual(JSON.parse(codedOf(envelopes[0]).profile), { 'type-organisme': 'association-locataires' }, 'the choice fields alone, not the organization');
    const summary = await summaryNow();
    assert.equal(summary.n, 11);
    assert.deepEqual(summary, expected(summary));
    assert.equal(summary.items[2].notApplicable, 1);
    // A coded row of another coding or questionnaire counts as if it were not there: the result is
    // read from its counted part, the same figures.
    await ctx.store.db.updateTable('submission_coded').set({ coding: 99 }).where('campaign_id', '=', id).where('result_id', '=', envelopes[5].result.id).execute();
    await ctx.store.db.updateTable('submission_coded').set({ instrument_hash: 'another' }).where('campaign_id', '=', id).where('result_id', '=', envelopes[6].result.id).execute();
    const fallen = await summaryNow();
    assert.deepEqual(fallen, expected(fallen));
    // Submissions stored by a collector that kept nothing apart (a change made outside this one
    // removes what was kept too): read from their envelopes, the same figures.
    await ctx.store.db.updateTable('submission').set({ received_at: '2026-12-01T00:00:00.000Z' }).where('campaign_id', '=', id).where('result_id', '=', envelopes[3].result.id).execute();
    assert.ok(!(await codedRows(id)).some((row) => row.result_id === envelopes[3].result.id), 'a changed submission loses its coded row');
    await ctx.store.db.deleteFrom('submission_coded').where('campaign_id', '=', id).where('result_id', '=', envelopes[4].result.id).execute();
    await ctx.store.db.deleteFrom('submission_counted').where('campaign_id', '=', id).where('result_id', '=', envelopes[4].result.id).execute();
    const left = await ctx.store.db.selectFrom('submission_counted').select('result_id').where('campaign_id', '=', id).execute();
    assert.equal(left.length, envelopes.length - 2);
    const mixed = await summaryNow();
    assert.deepEqual(mixed, expected(mixed));
    // Read from the counted parts and envelopes alone: the same figures as from the coded rows.
    await ctx.store.db.deleteFrom('submission_coded').where('campaign_id', '=', id).execute();
    const uncoded = await summaryNow();
    assert.deepEqual(uncoded, expected(uncoded));
  });

  test('summary: thousands of stored results, read a page at a time, coded or not, the same figures', async () => {
    const id = await putCampaign(ctx.app);
    const campaign = await ctx.store.getCampaign(id);
    const code = coderFor(campaign.instrument, campaign.instrument_hash);
    const kinds = ['association-locataires', 'obnl-habitation', 'autre'];
    const results = Array.from({ length: 4500 }, (_, n) => {
      const result = makeResult({ id: `r-${String(n).padStart(5, '0')}`, answer: 1 + (n % 4), profile: { 'type-organisme': kinds[n % 3] } });
      result.answers[instrument.items[n % instrument.items.length].id] = n % 2 ? 'na' : 'dk';
      return result;
    });
    for (let i = 0; i < results.length; i += 500) {
      const rows = results.slice(i, i + 500).map((result) => ({
        campaign_id: id, result_id: result.id, receipt: `receipt-${result.id}`, content_hash: `hash-${result.id}`,
        envelope: JSON.stringify(makeEnvelope(id, result)), received_at: '2026-12-01T00:00:00.000Z', result,
      }));
      await ctx.store.db.insertInto('submission').values(rows.map(({ result: _, ...row }) => row)).execute();
      // All coded but three, which are read from their envelopes.
      const coded = rows.filter((row) => !['r-00007', 'r-02001', 'r-04499'].includes(row.result_id));
      await ctx.store.db.insertInto('submission_coded').values(coded.map((row) => ({ campaign_id: id, result_id: row.result_id, content_hash: row.content_hash, ...code(row.result) }))).execute();
    }
    const summaryNow = async () => json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary?groupBy=type-organisme`, headers: admin }));
    const expected = (summary) => ({ ...aggregate(instrument, results, { groupBy: 'type-organisme', minGroup: 5, now: new Date(summary.generatedAt) }), minGroup: 5 });
    const mixed = await summaryNow();
    assert.equal(mixed.n, results.length);
    assert.deepEqual(mixed, expected(mixed));
    for (const result_id of ['r-00007', 'r-02001', 'r-04499']) {
      await ctx.store.db.insertInto('submission_coded').values({ campaign_id: id, result_id, content_hash: `hash-${result_id}`, ...code(results[Number(result_id.slice(2))]) }).execute();
    }
    const coded = await summaryNow();
    assert.deepEqual(coded, expected(coded));
  });

  test('summary: a submission coded for a questionnaire its campaign no longer has is not counted as coded', async () => {
    const id = await putCampaign(ctx.app);
    const first = makeEnvelope(id);
    const { receipt } = json(await submit(ctx.app, id, first));
    assert.equal((await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${first.result.id}`, headers: { authorization: `Receipt ${receipt}` } })).statusCode, 204);
    // Without submissions, the questionnaire may change: the collector's coder of the old one is not used for it.
    const changed = { ...instrument, version: '1.0.1', items: instrument.items.slice(1) };
    assert.equal((await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ instrument: changed }) })).statusCode, 200);
    const results = Array.from({ length: 3 }, (_, i) => {
      const result = makeResult({ answer: 1 + i });
      result.instrument = { id: changed.id, version: changed.version };
      delete result.answers[instrument.items[0].id];
      return result;
    });
    for (const result of results) assert.equal((await submit(ctx.app, id, makeEnvelope(id, result))).statusCode, 201);
    const hash = (await ctx.store.getCampaign(id)).instrument_hash;
    for (const row of await codedRows(id)) {
      assert.equal(row.instrument_hash, hash);
      assert.equal(row.answers.length, changed.items.length);
    }
    assert.ok((await codedRows(id)).length >= 2, 'coded anew after the change');
    const summary = json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin }));
    assert.deepEqual(summary, { ...aggregate(changed, results, { minGroup: 5, now: new Date(summary.generatedAt) }), minGroup: 5 });
  });

  test('the instrument of a campaign with submissions cannot change (409); without, it can', async () => {
    const id = await putCampaign(ctx.app);
    const changed = { ...instrument, version: '1.0.1' };
    const early = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ instrument: changed }) });
    assert.equal(early.statusCode, 200);
    await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody() });
    await submit(ctx.app, id, makeEnvelope(id));
    const late = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ instrument: changed }) });
    assertProblem(late, 409, 'instrument-locked');
    // Same instrument, other title: fine.
    const retitled = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ title: { fr: 'Nouveau', en: 'New' } }) });
    assert.equal(retitled.statusCode, 200);
  });

  test('deleting a campaign deletes its submissions', async () => {
    const id = await putCampaign(ctx.app);
    await submit(ctx.app, id, makeEnvelope(id));
    assert.equal((await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}`, headers: admin })).statusCode, 204);
    const rows = await ctx.store.db.selectFrom('submission').select('result_id').where('campaign_id', '=', id).execute();
    assert.equal(rows.length, 0);
    assertProblem(await ctx.app.inject({ url: `/api/campaigns/${id}` }), 404, 'campaign-not-found');
  });

  test('a submission racing the deletion of its campaign: 404, not a server error', async () => {
    const id = await putCampaign(ctx.app);
    const envelope = makeEnvelope(id);
    const pending = submit(ctx.app, id, envelope);
    // Delete the campaign under the request's feet, just before the store reads it and inserts.
    const original = ctx.store.submit.bind(ctx.store);
    ctx.store.submit = async (...args) => {
      await ctx.store.deleteCampaign(id);
      return original(...args);
    };
    try {
      assertProblem(await pending, 404, 'campaign-not-found');
    } finally {
      delete ctx.store.submit;
    }
  });

  test('a submission whose campaign is deleted between its reading and the insert: 404, not a server error', async () => {
    const id = await putCampaign(ctx.app);
    const envelope = makeEnvelope(id);
    const pending = submit(ctx.app, id, envelope);
    // Read the campaign, then delete it, then insert: the database refuses the orphan row.
    const gate = ctx.store.getCampaignGate.bind(ctx.store);
    const original = ctx.store.submit.bind(ctx.store);
    ctx.store.submit = async (campaignId, row) => {
      const found = await gate(campaignId);
      await ctx.store.deleteCampaign(id);
      return { gate: found, outcome: await ctx.store.insertSubmission(row) };
    };
    try {
      assertProblem(await pending, 404, 'campaign-not-found');
    } finally {
      ctx.store.submit = original;
      delete ctx.store.submit;
    }
  });

  test('problems in French by default and in English when asked', async () => {
    const fr = assertProblem(await ctx.app.inject({ url: '/api/campaigns/nope-nope' }), 404, 'campaign-not-found');
    assert.equal(fr.title, 'Campagne inconnue');
    const en = assertProblem(await ctx.app.inject({ url: '/api/campaigns/nope-nope', headers: { 'accept-language': 'en-CA,en;q=0.9,fr;q=0.5' } }), 404, 'campaign-not-found');
    assert.equal(en.title, 'Unknown campaign');
    const frFirst = json(await ctx.app.inject({ url: '/api/campaigns/nope-nope', headers: { 'accept-language': 'de, fr-CA;q=0.8, en;q=0.7' } }));
    assert.equal(frFirst.title, 'Campagne inconnue');
    assertProblem(await ctx.app.inject({ url: '/nowhere' }), 404, 'not-found');
  });

  test('the admin token: right one accepted, wrong ones refused and rate-limited, the right one never', async () => {
    const app = (await startApp({ adminFailRate: 3 }));
    try {
      const wrong = { authorization: 'Bearer wrong-token', 'x-test': '1' };
      for (let i = 0; i < 3; i++) {
        const response = await app.app.inject({ url: '/api/campaigns', headers: wrong, remoteAddress: '10.0.0.9' });
        assertProblem(response, 401, 'unauthorized');
        assert.match(response.headers['www-authenticate'], /^Bearer/);
      }
      assertProblem(await app.app.inject({ url: '/api/campaigns', headers: wrong, remoteAddress: '10.0.0.9' }), 429, 'rate-limited');
      assertProblem(await app.app.inject({ url: '/api/campaigns', remoteAddress: '10.0.0.9' }), 429, 'rate-limited');
      for (let i = 0; i < 6; i++) {
        assert.equal((await app.app.inject({ url: '/api/campaigns', headers: admin, remoteAddress: '10.0.0.8' })).statusCode, 200);
      }
    } finally {
      await app.close();
    }
  });

  test('429 past the submission rate of one client address; other addresses go on', async () => {
    const app = await startApp({ submitRate: 3 });
    try {
      const id = await putCampaign(app.app);
      const send = (remoteAddress) => app.app.inject({
        method: 'POST', url: `/api/campaigns/${id}/submissions`, remoteAddress,
        headers: { 'content-type': 'application/json' }, payload: JSON.stringify(makeEnvelope(id)),
      });
      for (let i = 0; i < 3; i++) assert.equal((await send('10.1.1.1')).statusCode, 201);
      const limited = await send('10.1.1.1');
      assertProblem(limited, 429, 'rate-limited');
      assert.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After says when to try again');
      const fromSite = await app.app.inject({
        method: 'POST', url: `/api/campaigns/${id}/submissions`, remoteAddress: '10.1.1.1',
        headers: { 'content-type': 'application/json', origin: 'https://membre.example.org' }, payload: JSON.stringify(makeEnvelope(id)),
      });
      assert.equal(fromSite.statusCode, 429);
      assert.equal(fromSite.headers['access-control-allow-origin'], 'https://membre.example.org');
      assert.match(fromSite.headers['access-control-expose-headers'], /Retry-After/i, 'a page on another site can read it');
      assert.equal((await send('10.1.1.2')).statusCode, 201);
    } finally {
      await app.close();
    }
  });

  test('CORS: public routes answer any site, admin routes none', async () => {
    const id = await putCampaign(ctx.app);
    const preflight = await ctx.app.inject({
      method: 'OPTIONS', url: `/api/campaigns/${id}/submissions`,
      headers: { origin: 'https://membre.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], 'https://membre.example.org');
    assert.equal(preflight.headers['access-control-allow-credentials'], undefined);
    const adminList = await ctx.app.inject({ url: '/api/campaigns', headers: { ...admin, origin: 'https://membre.example.org' } });
    assert.equal(adminList.headers['access-control-allow-origin'], undefined);
    const exportFromSite = await ctx.app.inject({ url: `/api/campaigns/${id}/submissions`, headers: { ...admin, origin: 'https://membre.example.org' } });
    assert.equal(exportFromSite.statusCode, 200);
    assert.equal(exportFromSite.headers['access-control-allow-origin'], undefined);
    const putPreflight = await ctx.app.inject({
      method: 'OPTIONS', url: `/api/campaigns/${id}`,
      headers: { origin: 'https://membre.example.org', 'access-control-request-method': 'PUT' },
    });
    assert.equal(putPreflight.headers['access-control-allow-origin'], undefined);
    const withdrawPreflight = await ctx.app.inject({
      method: 'OPTIONS', url: `/api/campaigns/${id}/submissions/some-result`,
      headers: { origin: 'https://membre.example.org', 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(withdrawPreflight.headers['access-control-allow-origin'], 'https://membre.example.org');
    assert.match(withdrawPreflight.headers['access-control-allow-headers'], /Authorization/i);
  });

  test('security headers and a strict CSP on the admin page and every answer', async () => {
    const page = await ctx.app.inject({ url: '/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
    const csp = page.headers['content-security-policy'];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    // The page itself: no inline script or style, no innerHTML in its script.
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../public/index.html', import.meta.url), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=/i);
    assert.doesNotMatch(await readFile(new URL('../public/admin.js', import.meta.url), 'utf8'), /innerHTML|insertAdjacentHTML|eval\(/);
    for (const file of ['/admin.js', '/partenariat-elements.js', '/admin.css', '/pages.css']) {
      const script = await ctx.app.inject({ url: file });
      assert.equal(script.statusCode, 200, file);
      assert.match(script.headers['content-type'], file.endsWith('.css') ? /text\/css/ : /javascript/);
    }
    // The elements are their own build: it registers <partenariat-summary> and
    // <partenariat-checklist> (the preview), and holds no eval.
    const elements = (await ctx.app.inject({ url: '/partenariat-elements.js' })).body;
    assert.match(elements, /partenariat-summary/);
    assert.match(elements, /partenariat-checklist/);
    assert.doesNotMatch(elements, /\beval\(|new Function\(/);
    const api = await ctx.app.inject({ url: '/healthz' });
    assert.equal(api.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
  });

  test('the log has one line per request and never an answer or a profile value', async () => {
    const id = await putCampaign(ctx.app);
    const secret = `Organisme-secret-${Date.now()}`;
    const before = ctx.lines.length;
    await submit(ctx.app, id, makeEnvelope(id, makeResult({ profile: { organisation: secret } })));
    await submit(ctx.app, id, { ...makeEnvelope(id, makeResult({ profile: { organisation: secret } })), version: 2 });
    await exportOf(id, 'csv');
    const lines = ctx.lines.slice(before);
    assert.equal(lines.length, 3);
    assert.match(lines[0], new RegExp(`POST /api/campaigns/${id}/submissions 201 `));
    assert.ok(ctx.lines.every((line) => !line.includes(secret) && !line.includes('"answers"') && !line.includes('consent-v1')));
  });
});
