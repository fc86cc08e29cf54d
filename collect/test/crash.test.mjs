// A collector killed with SIGKILL in the middle of 1,000 concurrent submissions: after a restart,
// every submission that received a 201 is there; the clients then send again what was not
// acknowledged, as the element does, and each result is stored exactly once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backend, campaignBody, campaignId, makeEnvelope, tempDir } from './helpers.mjs';
import { childEnv, serve } from './process.mjs';

const TOKEN = 'crash-test-admin-token-0123456789';
const N = 1000;

test(`SIGKILL during ${N} concurrent submissions: none acknowledged lost, none stored twice (${backend})`, async () => {
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

    const envelopes = Array.from({ length: N }, () => makeEnvelope(id));
    const post = (base, envelope) =>
      fetch(`${base}/api/campaigns/${id}/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    const acknowledged = new Set();
    let cut = 0;
    const burst = envelopes.map(async (envelope) => {
      try {
        const response = await post(url, envelope);
        await response.arrayBuffer();
        if (response.status === 201) acknowledged.add(envelope.result.id);
      } catch {
        cut++;
      }
    });
    // Kill once the burst is well under way.
    while (acknowledged.size < 100) await new Promise((r) => setTimeout(r, 2));
    first.child.kill('SIGKILL');
    assert.equal((await first.exited).signal, 'SIGKILL');
    await Promise.all(burst);
    assert.ok(cut > 0, `some requests were cut by the kill (${acknowledged.size} acknowledged before it)`);

    const second = serve(args, env);
    const url2 = await second.ready;
    const exported = async () => (await (await fetch(`${url2}/api/campaigns/${id}/submissions`, { headers: auth })).json()).map((row) => row.id);
    const after = new Set(await exported());
    const lost = [...acknowledged].filter((resultId) => !after.has(resultId));
    assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.size} acknowledged submissions lost`);

    // The clients send again what was not acknowledged: 201 if it never arrived, 200 if it had.
    const statuses = { 200: 0, 201: 0 };
    const retries = envelopes.filter((e) => !acknowledged.has(e.result.id));
    // Fifty clients at a time.
    for (let i = 0; i < retries.length; i += 50) {
      await Promise.all(
        retries.slice(i, i + 50).map(async (envelope) => {
          const response = await post(url2, envelope);
          await response.arrayBuffer();
          assert.ok(response.status === 200 || response.status === 201, `retry: ${response.status}`);
          statuses[response.status]++;
          assert.equal(response.status === 200, after.has(envelope.result.id), 'stored before the kill exactly when the retry says so');
        }),
      );
    }
    const ids = await exported();
    assert.equal(ids.length, N, 'each result once');
    assert.equal(new Set(ids).size, N);
    console.log(`# ${N} submissions: ${acknowledged.size} acknowledged before the kill, ${cut} cut; after the restart ${statuses[200]} were found stored, ${statuses[201]} stored on retry`);
    second.child.kill('SIGTERM');
    assert.equal((await second.exited).code, 0);
  } finally {
    data.remove();
  }
});
