// What a hostile visitor tries on the collector: SQL through every field and path, path
// traversal on the static files, guessing the admin token, another site's origin, and the
// security headers of every kind of answer. Each test checks what an auditor would look at:
// the status, what is stored, and that the tables are intact.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { admin, backend, makeEnvelope, makeResult, putCampaign, startApp, submit } from './helpers.mjs';

let ctx;
before(async () => {
  ctx = await startApp({ adminFailRate: 3 });
});
after(async () => {
  await ctx?.close();
});

const json = (response) => JSON.parse(response.body);

const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE submission; --",
  "x'); DELETE FROM campaign; --",
  '" OR ""="',
  "1 UNION SELECT receipt, envelope FROM submission --",
  "'; UPDATE submission SET envelope = '{}' --",
  '1; SELECT pg_sleep(5)',
  "' || (SELECT receipt FROM submission LIMIT 1) || '",
  '$1',
  '?',
  "\\'; DROP TABLE campaign; --",
  "%27 OR 1=1 --",
];

/** How many rows each table holds, and a digest of every stored envelope of the campaign. */
async function tables(campaign) {
  const count = async (table) => Number((await ctx.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await ctx.store.db.selectFrom('submission').select(['result_id', 'receipt', 'envelope']).where('campaign_id', '=', campaign).orderBy('result_id').execute();
  return { campaigns: await count('campaign'), submissions: await count('submission'), rows };
}

describe(`the collector under attack (${backend})`, () => {
  test('SQL through every path parameter and query string: refused, never run; the tables are intact', async () => {
    const id = await putCampaign(ctx.app);
    const kept = makeEnvelope(id);
    const { receipt } = json(await submit(ctx.app, id, kept));
    const before = await tables(id);
    for (const attack of SQL) {
      const e = encodeURIComponent(attack);
      const answers = [
        await ctx.app.inject({ url: `/api/campaigns/${e}` }),
        await ctx.app.inject({ url: `/api/campaigns/${e}/instrument` }),
        await ctx.app.inject({ url: `/api/campaigns/${e}/summary`, headers: admin }),
        await ctx.app.inject({ url: `/api/campaigns/${e}/submissions`, headers: admin }),
        await submit(ctx.app, e, makeEnvelope(attack)),
        await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${e}/submissions/${e}`, headers: { authorization: `Receipt ${receipt}` } }),
        await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${e}`, headers: { authorization: `Receipt ${receipt}` } }),
        await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${e}`, headers: admin }),
        await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${e}`, headers: admin, payload: { title: 'x', instrument: kept } }),
      ];
      for (const response of answers) {
        assert.ok([400, 404].includes(response.statusCode), `${attack}: ${response.statusCode} ${response.request?.url ?? ''} ${response.body.slice(0, 120)}`);
        assert.match(response.headers['content-type'], /^application\/problem\+json/);
      }
      // Query strings: an unknown format is refused; a groupBy that is no profile field groups nothing.
      const format = await ctx.app.inject({ url: `/api/campaigns/${id}/submissions?format=${e}`, headers: admin });
      assert.equal(format.statusCode, 400);
      const grouped = await ctx.app.inject({ url: `/api/campaigns/${id}/summary?groupBy=${e}`, headers: admin });
      assert.equal(grouped.statusCode, 200, grouped.body);
      assert.equal(json(grouped).n, 1);
      // The receipt header: a wrong receipt, whatever it holds.
      const withdraw = await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${kept.result.id}`, headers: { authorization: `Receipt ${e}` } });
      assert.equal(withdraw.statusCode, 403);
    }
    assert.deepEqual(await tables(id), before, 'every table as it was');
  });

  test('SQL in the fields of a submission (result id, profile, recipient, recommendation): stored as written, the tables intact', async () => {
    const id = await putCampaign(ctx.app);
    const control = await putCampaign(ctx.app);
    await submit(ctx.app, control, makeEnvelope(control));
    const controlBefore = await tables(control);
    const sent = [];
    for (const attack of SQL) {
      const result = makeResult({ id: `${attack}`, profile: { organisation: attack, region: attack } });
      result.recommendations = [{ item: 'a', section: 'b', band: 'c', percent: 1, text: attack }];
      const envelope = makeEnvelope(id, result);
      envelope.consent.recipient = attack;
      const response = await submit(ctx.app, id, envelope);
      assert.equal(response.statusCode, 201, `${attack}: ${response.body}`);
      sent.push({ envelope, receipt: json(response).receipt });
    }
    const rows = json(await ctx.app.inject({ url: `/api/campaigns/${id}/submissions`, headers: admin }));
    assert.equal(rows.length, SQL.length);
    for (const { envelope } of sent) {
      const row = rows.find((r) => r.id === envelope.result.id);
      assert.ok(row, `${envelope.result.id} stored under its own id`);
      assert.equal(row.result.profile.organisation, envelope.result.profile.organisation);
      assert.equal(row.consent.recipient, envelope.consent.recipient.trim());
    }
    // Withdrawn by the path that names it, each with its own receipt.
    for (const { envelope, receipt } of sent.slice(0, 4)) {
      const response = await ctx.app.inject({ method: 'DELETE', url: `/api/campaigns/${id}/submissions/${encodeURIComponent(envelope.result.id)}`, headers: { authorization: `Receipt ${receipt}` } });
      assert.equal(response.statusCode, 204, envelope.result.id);
    }
    assert.equal(json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin })).n, SQL.length - 4);
    assert.deepEqual(await tables(control), { ...controlBefore, campaigns: controlBefore.campaigns + 0, submissions: controlBefore.submissions + SQL.length - 4 });
  });

  test('path traversal on the static files, plain and encoded: 404, nothing of the disk served', async () => {
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = ctx.app.server.address();
    // Sent as written (not normalized by a client): what a hostile client does.
    const get = (path) =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode, body, type: res.headers['content-type'], csp: res.headers['content-security-policy'] }));
        });
        req.on('error', reject);
        req.end();
      });
    const paths = [
      '/../package.json',
      '/../../package.json',
      '/..%2fpackage.json',
      '/..%2F..%2Fpackage.json',
      '/%2e%2e/package.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/%252e%252e%252fpackage.json',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/....//package.json',
      '/admin.js/../../package.json',
      '/.%2e/.%2e/src/server.ts',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/../../../../../../etc/passwd',
      '//etc/passwd',
      '/%c0%ae%c0%ae/package.json',
      '/..%c0%afpackage.json',
      '/.env',
      '/dist/server.js',
      '/../dist/cli.js',
    ];
    const served = [];
    for (const path of paths) {
      const response = await get(path);
      // A path that is not even valid percent-encoded UTF-8 is a bad request (400); any other, not found.
      const expected = /%c0/i.test(path) ? 400 : 404;
      if (response.status !== expected || !/^application\/problem\+json/.test(response.type) || /partenariat-collect|root:x:0|createServer/.test(response.body)) {
        served.push(`${path}: ${response.status} ${response.body.slice(0, 80)}`);
      }
    }
    assert.deepEqual(served, []);
    assert.match((await get('/%c0%ae%c0%ae/package.json')).csp ?? '', /default-src 'none'/);
    // The files that are there are served.
    assert.equal((await get('/admin.js')).status, 200);
  });

  test('guessing the admin token is throttled on every route that reads one, the summary included', async () => {
    const id = await putCampaign(ctx.app);
    const routes = [
      { url: '/api/campaigns' },
      { url: `/api/campaigns/${id}/submissions` },
      { url: `/api/campaigns/${id}/summary` },
      { method: 'PUT', url: `/api/campaigns/${id}`, payload: {} },
      { method: 'DELETE', url: `/api/campaigns/${id}` },
    ];
    for (const [i, route] of routes.entries()) {
      const remoteAddress = `10.9.0.${i + 1}`;
      const codes = [];
      for (let n = 0; n < 6; n++) {
        const response = await ctx.app.inject({ ...route, remoteAddress, headers: { authorization: `Bearer guess-${n}` } });
        codes.push(response.statusCode);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429, 429], `${route.method ?? 'GET'} ${route.url}`);
      // The right token still works from that address.
      const right = await ctx.app.inject({ url: route.url.replace(/^\/api\/campaigns\/[^/]+$/, '/api/campaigns'), remoteAddress, headers: admin });
      assert.equal(right.statusCode, 200, `${route.url} with the right token`);
    }
    // Public reads of a public summary from another address are not held back by this.
    const open = await putCampaign(ctx.app, { publicSummary: true });
    for (let n = 0; n < 6; n++) assert.equal((await ctx.app.inject({ url: `/api/campaigns/${open}/summary`, remoteAddress: '10.9.1.1' })).statusCode, 200);
  });

  test('another site’s origin is refused for a campaign with a list of sites; nothing is stored', async () => {
    const id = await putCampaign(ctx.app, { origins: ['https://membre.example.org'] });
    const refused = [
      'https://ailleurs.example.com',
      'https://membre.example.org.evil.example',
      'http://membre.example.org',
      'https://membre.example.org:8443',
      'https://evil-membre.example.org',
      'null',
    ];
    for (const origin of refused) {
      const response = await submit(ctx.app, id, makeEnvelope(id), { origin });
      assert.equal(response.statusCode, 403, origin);
      assert.equal(json(response).type, 'urn:partenariat:problem:origin-not-allowed');
    }
    assert.equal(json(await ctx.app.inject({ url: `/api/campaigns/${id}/summary`, headers: admin })).n, 0);
    assert.equal((await submit(ctx.app, id, makeEnvelope(id), { origin: 'https://membre.example.org' })).statusCode, 201);
  });

  test('every kind of answer carries the security headers; pages the strict CSP, the API a CSP that allows nothing', async () => {
    const id = await putCampaign(ctx.app);
    const answers = {
      'admin page': await ctx.app.inject({ url: '/' }),
      'admin page by name': await ctx.app.inject({ url: '/index.html' }),
      script: await ctx.app.inject({ url: '/admin.js' }),
      style: await ctx.app.inject({ url: '/admin.css' }),
      campaign: await ctx.app.inject({ url: `/api/campaigns/${id}` }),
      'not found': await ctx.app.inject({ url: '/nowhere' }),
      unauthorized: await ctx.app.inject({ url: '/api/campaigns' }),
      'invalid JSON': await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, headers: { 'content-type': 'application/json' }, payload: '{' }),
      created: await submit(ctx.app, id, makeEnvelope(id)),
      'CSV export': await ctx.app.inject({ url: `/api/campaigns/${id}/submissions?format=csv`, headers: admin }),
      preflight: await ctx.app.inject({ method: 'OPTIONS', url: `/api/campaigns/${id}/submissions`, headers: { origin: 'https://membre.example.org', 'access-control-request-method': 'POST' } }),
      schema: await ctx.app.inject({ url: '/schema/submission.schema.json' }),
    };
    for (const [what, response] of Object.entries(answers)) {
      const h = response.headers;
      assert.equal(h['x-content-type-options'], 'nosniff', what);
      assert.equal(h['x-frame-options'], 'DENY', what);
      assert.equal(h['referrer-policy'], 'no-referrer', what);
      assert.equal(h['cross-origin-opener-policy'], 'same-origin', what);
      assert.match(h['content-security-policy'], /^default-src 'none';/, what);
      assert.match(h['content-security-policy'], /frame-ancestors 'none'/, what);
      assert.doesNotMatch(h['content-security-policy'], /unsafe-|\*|data:.*script|http:/, what);
      assert.ok(!h['x-powered-by'] && !/\d/.test(h.server ?? ''), `${what}: no server version given away`);
      if (response.request?.url?.startsWith?.('/api/') || what === 'CSV export') assert.equal(h['cache-control'], 'no-store', what);
    }
    assert.equal(answers['CSV export'].headers['cache-control'], 'no-store');
    assert.match(answers['admin page'].headers['content-security-policy'], /base-uri 'none'/);
    assert.match(answers['admin page'].headers['content-security-policy'], /form-action 'self'/);
    // A problem is JSON, never HTML a browser would render.
    assert.match(answers['not found'].headers['content-type'], /^application\/problem\+json/);
  });
});
