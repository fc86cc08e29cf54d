// The `partenariat-collect` command: help in both languages, campaign and export, serve with its
// admin token, its one-line log and its clean stop on SIGTERM.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { Store } from '../dist/index.js';
import { backend, campaignId, databaseUrl, makeEnvelope, makeResult, tempDir } from './helpers.mjs';
import { childEnv, run, serve } from './process.mjs';

const data = tempDir();
after(() => data.remove());
const dataArgs = ['--data', data.dir];

describe(`partenariat-collect command (${backend})`, () => {
  test('--help in French by default, in English with LANG=en… or --lang en', async () => {
    const fr = await run(['--help'], childEnv({ LANG: 'C' }));
    assert.equal(fr.code, 0);
    assert.match(fr.stdout, /Utilisation/);
    assert.match(fr.stdout, /--max-body[\s\S]*PARTENARIAT_MAX_BODY/);
    const en = await run(['--help'], childEnv({ LANG: 'en_CA.UTF-8' }));
    assert.match(en.stdout, /Usage:/);
    assert.match((await run(['--help', '--lang', 'en'])).stdout, /Usage:/);
    const wrong = await run(['frobnicate']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /Commande ou option invalide/);
  });

  test('campaign put (default questionnaire), export, campaign delete', async () => {
    const id = campaignId('cli');
    const put = await run(['campaign', 'put', id, '--title-fr', 'Bilan 2026', '--title-en', '2026 review', '--origin', 'https://membre.example.org', ...dataArgs]);
    assert.equal(put.code, 0, put.stderr);
    assert.match(put.stdout, /créée/);
    const again = await run(['campaign', 'put', id, '--title-fr', 'Bilan 2026', '--title-en', '2026 review', ...dataArgs]);
    assert.match(again.stdout, /mise à jour/);
    const bad = await run(['campaign', 'put', id, '--title-fr', 'Bilan', ...dataArgs]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /title\.en/);
    const csv = await run(['export', id, '--format', 'csv', ...dataArgs]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.ok(csv.stdout.startsWith('\uFEFFid,receivedAt,'));
    assert.equal((await run(['export', id, '--format', 'json', ...dataArgs])).stdout, '[]\n');
    assert.equal((await run(['export', 'nope-nope', ...dataArgs])).code, 1);
    const del = await run(['campaign', 'delete', id, ...dataArgs]);
    assert.match(del.stdout, /supprimée/);
  });

  test('copy: every campaign and submission, with its receipt, into another database; again: nothing more', async () => {
    const source = tempDir();
    const target = tempDir();
    try {
      const id = campaignId('copy');
      const store = await Store.open({ dataDir: source.dir });
      await run(['campaign', 'put', id, '--title-fr', 'Copie', '--title-en', 'Copy', '--data', source.dir], childEnv({ DATABASE_URL: '' }));
      const envelope = makeEnvelope(id);
      await store.insertSubmission({
        campaign_id: id, result_id: envelope.result.id, receipt: 'receipt-kept', content_hash: 'h',
        envelope: JSON.stringify(envelope), received_at: '2026-11-30T14:17:00.000Z',
      });
      await store.close();
      // To this pass's database: PostgreSQL when DATABASE_URL is set, another SQLite folder otherwise.
      const to = databaseUrl ? ['--to-database-url', databaseUrl] : ['--to-data', target.dir];
      const env = childEnv({ DATABASE_URL: '' });
      const copied = await run(['copy', '--data', source.dir, ...to], env);
      assert.equal(copied.code, 0, copied.stderr);
      assert.match(copied.stdout, /1 campagne\(s\) et 1 envoi\(s\)/);
      const again = await run(['copy', '--data', source.dir, ...to], env);
      assert.match(again.stdout, /0 campagne\(s\) et 0 envoi\(s\)/);
      const copy = await Store.open({ databaseUrl, dataDir: target.dir });
      try {
        const rows = await copy.listSubmissions(id);
        assert.equal(rows.length, 1);
        assert.equal(rows[0].receipt, 'receipt-kept');
        assert.equal(rows[0].received_at, '2026-11-30T14:17:00.000Z');
        assert.equal((await copy.getCampaign(id)).title_fr, 'Copie');
      } finally {
        await copy.close();
      }
    } finally {
      source.remove();
      target.remove();
    }
  });

  test('serve: token made and shown once, one log line per request without answers, clean stop on SIGTERM', async () => {
    if (databaseUrl) {
      // This pass's PostgreSQL may keep a token of an earlier run: start as a new federation would.
      const store = await Store.open({ databaseUrl, dataDir: data.dir });
      await store.db.deleteFrom('setting').where('key', '=', 'admin_token_sha256').execute();
      await store.close();
    }
    const first = serve(dataArgs);
    const url = await first.ready;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    await new Promise((r) => setTimeout(r, 100));
    const token = /^\s+(\S{40,})$/m.exec(first.out.stdout)?.[1];
    assert.ok(token, first.out.stdout);
    const id = campaignId('serve');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const put = await fetch(`${url}/api/campaigns/${id}`, {
      method: 'PUT', headers: auth,
      body: JSON.stringify({ title: { fr: 'Essai', en: 'Trial' }, instrument: (await import('../dist/index.js')).defaultInstrument }),
    });
    assert.equal(put.status, 201);
    const secret = `Secret-${Date.now()}`;
    const envelope = makeEnvelope(id, makeResult({ profile: { organisation: secret } }));
    const sent = await fetch(`${url}/api/campaigns/${id}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    assert.equal(sent.status, 201);
    first.child.kill('SIGTERM');
    const stopped = await first.exited;
    assert.equal(stopped.code, 0);
    assert.match(first.out.stdout, /Arrêt demandé/);
    const requestLines = first.out.stdout.split('\n').filter((line) => /^\d{4}-\d\d-\d\dT\S+ (GET|PUT|POST|DELETE) /.test(line));
    assert.equal(requestLines.length, 2, first.out.stdout);
    assert.ok(!first.out.stdout.includes(secret) && !first.out.stderr.includes(secret));
    assert.ok(!first.out.stdout.includes('consent-v1'));

    const second = serve(dataArgs);
    const url2 = await second.ready;
    assert.ok(!second.out.stdout.includes(token), 'the token is shown only once');
    assert.equal((await fetch(`${url2}/api/campaigns`, { headers: auth })).status, 200);
    assert.equal((await fetch(`${url2}/api/campaigns`, { headers: { authorization: 'Bearer nope' } })).status, 401);
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0);
  });
});
