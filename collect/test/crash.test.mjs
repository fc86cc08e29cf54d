// A collector killed with SIGKILL in the middle of a burst of submissions: after a restart,
// every submission that received a 201 is there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend, campaignBody, campaignId, makeEnvelope, tempDir } from './helpers.mjs';
import { childEnv, serve } from './process.mjs';

const TOKEN = 'crash-test-admin-token-0123456789';

test(`SIGKILL during a burst loses no acknowledged submission (${backend})`, async () => {
  const data = tempDir();
  const env = childEnv({ PARTENARIAT_ADMIN_TOKEN: TOKEN });
  const args = ['--data', data.dir, '--submit-rate', '1000000'];
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  try {
    const first = serve(args, env);
    const url = await first.ready;
    const id = campaignId('crash');
    const put = await fetch(`${url}/api/campaigns/${id}`, { method: 'PUT', headers: auth, body: JSON.stringify(campaignBody()) });
    assert.equal(put.status, 201);

    const acknowledged = [];
    let failed = 0;
    let killed = false;
    const worker = async () => {
      while (!killed || failed === 0) {
        const envelope = makeEnvelope(id);
        try {
          const response = await fetch(`${url}/api/campaigns/${id}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
          await response.arrayBuffer();
          if (response.status === 201) acknowledged.push(envelope.result.id);
        } catch {
          failed++;
          return;
        }
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    // Kill once the burst is well under way.
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    killed = true;
    assert.equal((await first.exited).signal, 'SIGKILL');
    await Promise.all(workers);
    assert.ok(failed > 0, 'some requests were cut by the kill');

    const second = serve(args, env);
    const url2 = await second.ready;
    const rows = await (await fetch(`${url2}/api/campaigns/${id}/submissions`, { headers: auth })).json();
    const stored = new Set(rows.map((row) => row.id));
    const lost = acknowledged.filter((resultId) => !stored.has(resultId));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged submissions lost`);
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0);
  } finally {
    data.remove();
  }
});
