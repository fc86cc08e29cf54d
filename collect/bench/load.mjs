// The collector under load on loopback: submissions per second at full speed, and latency at a
// steady 200 submissions per second, on SQLite and (when DATABASE_URL is set) on PostgreSQL.
// Each request is a new, valid submission of the default questionnaire (a distinct result id),
// so that every one is a real insert and a real commit.
//   npm run bench:collect               (from the repository's root)
//   BENCH_SECONDS=20 npm run bench:collect
//   BENCH_ONLY=postgres npm run bench:collect   (or sqlite: one database only)
// Then the summary endpoint (GET …/summary, as an admin) over 10,000 and 100,000 stored
// submissions (BENCH_SUMMARY=10000,100000; 0 to skip), and the collector's memory after each.
//   BENCH_ONLY=summary npm run bench:collect   (the summary alone, on SQLite and, with
//   DATABASE_URL, PostgreSQL; BENCH_ONLY=summary-sqlite or summary-postgres: one database)
import { createHash, randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import * as collector from '../dist/index.js';

const { createServer, Store } = collector;
import { ADMIN_TOKEN, admin, campaignBody, campaignId, instrument, LIMITS, makeEnvelope, makeResult, putCampaign, startApp, submit, tempDir } from '../test/helpers.mjs';
import { childEnv, serve } from '../test/process.mjs';

const TOKEN = 'bench-admin-token-0123456789abcdef';
// A garbage collection on demand, for the memory figures (as `node --expose-gc` would give).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

function run(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

async function measure(label, databaseUrl, extra = []) {
  const data = tempDir();
  const env = childEnv({ PARTENARIAT_ADMIN_TOKEN: TOKEN });
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const collector = serve(['--data', data.dir, '--submit-rate', '100000000', ...extra], env);
  try {
    const url = await collector.ready;
    const id = campaignId('bench');
    const put = await fetch(`${url}/api/campaigns/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(campaignBody()),
    });
    if (put.status !== 201) throw new Error(`campaign: ${put.status}`);
    const template = JSON.stringify(makeEnvelope(id)).replace(/"id":"[0-9a-f-]{36}"/, '"id":"RESULT_ID"');
    const request = {
      method: 'POST',
      path: `/api/campaigns/${id}/submissions`,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: template.replace('RESULT_ID', randomUUID()) }),
    };
    const common = { url, duration: seconds, requests: [request] };
    // Warm up (JIT, connection pool, file cache), then the two measures.
    await run({ ...common, duration: 2, connections: 10 });
    const full = await run({ ...common, connections: 20 });
    const steady = await run({ ...common, connections: 10, overallRate: 200 });
    const row = (name, r) => ({
      database: label,
      load: name,
      'submissions/s': Math.round(r['2xx'] / r.duration),
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
      'non-2xx': r.non2xx,
      errors: r.errors + r.timeouts,
    });
    return [row('as fast as possible (20 connections)', full), row('steady 200/s (10 connections)', steady)];
  } finally {
    collector.child.kill('SIGTERM');
    await collector.exited;
    data.remove();
  }
}

/** The collector's own CPU time per submission, without the network (Fastify's inject), on SQLite. */
async function cpuPerSubmission() {
  const ctx = await startApp();
  try {
    const id = await putCampaign(ctx.app);
    const envelopes = Array.from({ length: 3000 }, () => makeEnvelope(id));
    const send = async (list) => {
      for (let i = 0; i < list.length; i += 20) await Promise.all(list.slice(i, i + 20).map((e) => submit(ctx.app, id, e)));
    };
    await send(envelopes.slice(0, 1000));
    const before = process.cpuUsage();
    await send(envelopes.slice(1000));
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / 2000;
  } finally {
    await ctx.close();
  }
}

/**
 * The summary endpoint over `counts` stored submissions (answers varied, five kinds of
 * organization), written straight into the store: its time (median of 3), how far the heap
 * grew during the call (a synchronous call is seen only at its end, garbage included), and the
 * process's memory after it (heap and RSS after a garbage collection, and the highest RSS so far).
 */
async function summaryTimes(databaseUrl, counts) {
  const rows = [];
  const data = tempDir();
  const store = await Store.open({ databaseUrl, dataDir: data.dir });
  const app = await createServer({ store, limits: { ...LIMITS, readRate: 1e6 }, adminTokenHash: createHash('sha256').update(ADMIN_TOKEN).digest('hex'), log: () => {} });
  const ctx = { app, store };
  try {
    for (const count of counts) {
      const id = await putCampaign(ctx.app);
      // As the collector codes each submission when it arrives, for its campaign's questionnaire
      // (a collector from before stores no coded row).
      const campaign = await ctx.store.getCampaign(id);
      const code = collector.coderFor?.(campaign.instrument, campaign.instrument_hash);
      const kinds = ['association-locataires', 'organisme-communautaire', 'obnl-habitation', 'office-habitation', 'autre'];
      for (let i = 0; i < count; i += 500) {
        const batch = Array.from({ length: Math.min(500, count - i) }, (_, k) => {
          const n = i + k;
          const result = makeResult({ answer: 1 + (n % 4), profile: { 'type-organisme': kinds[n % kinds.length] } });
          result.answers[instrument.items[n % instrument.items.length].id] = 'na';
          return { campaign_id: id, result_id: result.id, receipt: randomUUID(), content_hash: randomUUID(), envelope: JSON.stringify(makeEnvelope(id, result)), received_at: new Date().toISOString(), result };
        });
        await ctx.store.db.insertInto('submission').values(batch.map(({ result: _, ...row }) => row)).execute();
        // As the collector stores a submission: the envelope, and what the summary reads of it
        // (a collector from before that table stores the envelope alone).
        if (collector.countedText) {
          await ctx.store.db.insertInto('submission_counted').values(batch.map((row) => ({
            campaign_id: row.campaign_id, result_id: row.result_id, content_hash: row.content_hash, counted: collector.countedText(row.result),
          }))).execute();
        }
        if (code) {
          await ctx.store.db.insertInto('submission_coded').values(batch.map((row) => ({
            campaign_id: row.campaign_id, result_id: row.result_id, content_hash: row.content_hash, ...code(row.result),
          }))).execute();
        }
      }
      const times = [];
      const cpus = [];
      const heaps = [];
      for (let run = 0; run < 3; run++) {
        gc();
        const before = process.memoryUsage().heapUsed;
        // The heap's high-water mark during the call, sampled at each turn of the event loop
        // (and at least every 10 ms of it) and checked once more at the end.
        let peak = before;
        const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
        const timer = setInterval(sample, 10);
        const t = performance.now();
        const cpu = process.cpuUsage();
        const response = await ctx.app.inject({ url: `/api/campaigns/${id}/summary?groupBy=type-organisme`, headers: admin });
        times.push(performance.now() - t);
        const used = process.cpuUsage(cpu);
        cpus.push((used.user + used.system) / 1000);
        sample();
        clearInterval(timer);
        heaps.push(peak - before);
        if (response.statusCode !== 200 || JSON.parse(response.body).n !== count) throw new Error(`summary: ${response.statusCode}`);
      }
      gc();
      const memory = process.memoryUsage();
      const mid = (xs) => xs.sort((a, b) => a - b)[1];
      rows.push({
        database: databaseUrl ? 'PostgreSQL' : 'SQLite',
        submissions: count,
        'summary ms (median of 3)': Math.round(mid(times)),
        // The collector process's own CPU time (with SQLite, the database's too): less swayed by a busy machine.
        'CPU ms (median)': Math.round(mid(cpus)),
        'heap growth MB during (median)': Math.round(mid(heaps) / 1e6),
        'heap MB after': Math.round(memory.heapUsed / 1e6),
        'RSS MB after': Math.round(memory.rss / 1e6),
        'max RSS MB so far': Math.round(process.resourceUsage().maxRSS / 1e3),
      });
      await ctx.store.db.deleteFrom('submission').where('campaign_id', '=', id).execute();
      await ctx.store.db.deleteFrom('campaign').where('id', '=', id).execute();
    }
  } finally {
    await app.close();
    await store.close();
    data.remove();
  }
  return rows;
}

const only = process.env.BENCH_ONLY ?? '';
const summaryOnly = only.startsWith('summary');
const database = summaryOnly ? only.slice('summary-'.length) : only;
const sqlite = database !== 'postgres';
const postgres = Boolean(process.env.DATABASE_URL) && database !== 'sqlite';
const cpu = sqlite && !summaryOnly ? await cpuPerSubmission() : null;
if (!summaryOnly) {
  console.table([
    ...(sqlite ? await measure('SQLite') : []),
    ...(sqlite ? await measure('SQLite, --sqlite-synchronous normal', undefined, ['--sqlite-synchronous', 'normal']) : []),
    ...(postgres ? await measure('PostgreSQL', process.env.DATABASE_URL) : [])]);
}
const summaryCounts = (process.env.BENCH_SUMMARY ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
if (summaryCounts.length) {
  console.table([
    ...(sqlite ? await summaryTimes(undefined, summaryCounts) : []),
    ...(postgres ? await summaryTimes(process.env.DATABASE_URL, summaryCounts) : []),
  ]);
}
if (cpu !== null) console.log(`CPU time of the collector per submission, without the network (SQLite, inject): ${cpu.toFixed(2)} ms`);
if (!process.env.DATABASE_URL) console.log('PostgreSQL not measured: set DATABASE_URL=postgres://… to measure it too.');
