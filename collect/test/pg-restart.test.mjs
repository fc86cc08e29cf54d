// PostgreSQL restarted in the middle of a run: the collector answers 503 while it cannot reach
// it, reconnects by itself, and the clients, sending again after each failure as the element
// does, end with every result stored exactly once.
//
// Opt-in: it restarts a whole PostgreSQL cluster, which would break other tests using the same
// cluster. Set PARTENARIAT_TEST_PG_RESTART to the cluster's `pg_ctlcluster` name (".ci/run" sets
// "<version> main" on its own machine); DATABASE_URL must point at that cluster.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { backend, campaignBody, campaignId, makeEnvelope, tempDir } from './helpers.mjs';
import { childEnv, serve } from './process.mjs';

const cluster = process.env.PARTENARIAT_TEST_PG_RESTART;
const TOKEN = 'pg-restart-admin-token-0123456789';
const N = 400;
const CLIENTS = 40;

test(`PostgreSQL restarted during ${N} submissions: 503 meanwhile, reconnection, 0 lost, 0 duplicated`, {
  skip: backend !== 'postgres' ? 'PostgreSQL only' : !cluster ? 'opt-in: PARTENARIAT_TEST_PG_RESTART="<version> <cluster>"' : false,
}, async () => {
  const data = tempDir();
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const server = serve(['--data', data.dir, '--submit-rate', '1000000'], childEnv({ PARTENARIAT_ADMIN_TOKEN: TOKEN }));
  try {
    const url = await server.ready;
    const id = campaignId('pgrestart');
    assert.equal((await fetch(`${url}/api/campaigns/${id}`, { method: 'PUT', headers: auth, body: JSON.stringify(campaignBody()) })).status, 201);

    const queue = Array.from({ length: N }, () => makeEnvelope(id));
    const receipts = new Map();
    const seen = {};
    let restarted = false;
    /** One client: sends each envelope until the collector acknowledges it, waiting 200 ms after a failure. */
    const client = async () => {
      for (let envelope = queue.shift(); envelope; envelope = queue.shift()) {
        const deadline = Date.now() + 60_000;
        for (;;) {
          assert.ok(Date.now() < deadline, `a client gave up after 60 s: ${JSON.stringify(seen)} ${server.out.stdout.split('\n').filter((l) => / error /.test(l)).slice(-3).join(' / ')}`);
          let status = 0;
          try {
            const response = await fetch(`${url}/api/campaigns/${id}/submissions`, {
              method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope),
            });
            status = response.status;
            const body = await response.json();
            if (status === 201 || status === 200) {
              const before = receipts.get(envelope.result.id);
              assert.ok(!before || before === body.receipt, 'one receipt per result');
              receipts.set(envelope.result.id, body.receipt);
            } else if (status === 503) {
              assert.equal(body.type, 'urn:partenariat:problem:unavailable', JSON.stringify(body));
              assert.ok(Number(response.headers.get('retry-after')) > 0);
            }
          } catch {
            status = 0;
          }
          seen[status] = (seen[status] ?? 0) + 1;
          if (status === 200 || status === 201) break;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    while (receipts.size < N / 4) await new Promise((r) => setTimeout(r, 5));
    // Not spawnSync: the clients go on sending while PostgreSQL is down.
    const command = ['pg_ctlcluster', ...cluster.split(/\s+/), 'restart', '-m', 'fast'];
    if (process.getuid?.() !== 0) command.unshift('sudo', '-n');
    await promisify(execFile)(command[0], command.slice(1));
    restarted = true;
    await Promise.all(clients);
    assert.ok(restarted);

    // Only acknowledgements and 503s: never a 500, never a refusal.
    assert.deepEqual(Object.keys(seen).filter((status) => !['200', '201', '503'].includes(status)), [], JSON.stringify(seen));
    assert.ok((seen[503] ?? 0) > 0, `the restart was seen by the clients: ${JSON.stringify(seen)}`);
    assert.equal(receipts.size, N);
    const rows = await (await fetch(`${url}/api/campaigns/${id}/submissions`, { headers: auth })).json();
    assert.equal(rows.length, N, '0 lost, 0 duplicated');
    assert.equal(new Set(rows.map((row) => row.id)).size, N);
    assert.equal((await fetch(`${url}/healthz`)).status, 200, 'the same process reconnected');
    console.log(`# ${N} submissions by ${CLIENTS} clients across a PostgreSQL restart: ${JSON.stringify(seen)}`);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    data.remove();
  }
});
