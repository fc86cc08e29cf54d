// The live workshop, on loopback: simulated participants (each a browser context in Chromium)
// answer on the participants' page and send; the room screen, opened with the facilitator's key,
// counts them and shows the group's summary live, with the same figures as aggregate() over the
// same answers; the live stream survives a dropped connection; the key guards the screen and its
// controls; nothing of one participant can be read from the participants' side; the end writes
// the files and deletes the answers. The workshop always runs on SQLite: the PostgreSQL pass skips it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, atelierInstrument, createServer, defaultInstrument, registerAtelier, runAtelier, Store } from '../dist/index.js';
import { backend, LIMITS, makeEnvelope } from './helpers.mjs';

const require = createRequire(import.meta.url);
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const skip = backend === 'postgres' ? 'the workshop runs on SQLite only' : chromium ? false : 'no Chromium found (set CHROME_PATH)';
/** How many phones answer; 30 as a room, fewer with PARTENARIAT_ATELIER_PHONES for a quick run. */
const PHONES = Number(process.env.PARTENARIAT_ATELIER_PHONES ?? 30);
const KEY = 'cle-d-essai-0123456789abcdefghij';
const instrument = atelierInstrument(defaultInstrument);
const SIDES = ['association', 'office', 'autre', undefined];

/** Participant i's answers: varied, some « ne s'applique pas », a few items left blank. */
function answersOf(i) {
  const answers = {};
  instrument.items.forEach((item, j) => {
    const pick = (i * 7 + j * 3 + (i % 3) * j) % 9;
    if (pick === 8) return;
    answers[item.id] = pick === 7 ? 'na' : 1 + ((i + j + pick) % 4);
  });
  return answers;
}
const sideOf = (i) => SIDES[i % 4];

const until = async (check, what, timeout = 10_000) => {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('the live workshop', { skip }, () => {
  let dir;
  let store;
  let app;
  let atelier;
  let base;
  let browser;
  const session = {};
  const acks = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'partenariat-atelier-'));
    store = await Store.open({ dataDir: join(dir, 'reponses') });
    await store.putCampaign({
      id: 'atelier-essai', title_fr: 'Atelier d’essai', title_en: 'Test workshop', instrument: JSON.stringify(instrument),
      instrument_hash: 'h', instrument_id: instrument.id, instrument_version: instrument.version, origins: '[]',
      opens_at: null, closes_at: null, min_group: 5, public_summary: 0,
    });
    app = await createServer({
      store,
      limits: { ...LIMITS, submitRate: 10_000 },
      adminTokenHash: 'f'.repeat(64),
      log: () => undefined,
      publicDir: fileURLToPath(new URL('../atelier/', import.meta.url)),
    });
    Object.assign(session, {
      code: 'ESSAI7', campaignId: 'atelier-essai', key: KEY, instrument, title: { fr: 'Atelier d’essai', en: 'Test workshop' },
      lang: 'fr', minGroup: 5, keep: false, folder: join(dir, 'sortie'), urls: [],
    });
    // When the collector acknowledged each answer: the start of its way to the screen.
    app.addHook('onResponse', async (request, reply) => {
      if (request.method === 'POST' && request.url.endsWith('/submissions') && reply.statusCode === 201) acks.push(Date.now());
    });
    atelier = registerAtelier(app, store, session);
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${app.server.address().port}`;
    session.urls = [`${base}/`];
    const { chromium: launcher } = require('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the screen and its controls need the facilitator’s key; the participants’ side reads no one’s answers', async () => {
    for (const [method, url] of [['GET', '/atelier/state'], ['GET', '/atelier/events'], ['PUT', '/atelier/roles'], ['POST', '/atelier/end']]) {
      const response = await fetch(`${base}${url}`, method === 'PUT' ? { method, headers: { 'content-type': 'application/json' }, body: '{}' } : { method });
      assert.equal(response.status, 401, url);
      assert.equal((await response.json()).type, 'urn:partenariat:problem:facilitator-required');
    }
    const wrong = await fetch(`${base}/atelier/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: 'pas-la-cle' }) });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.headers.get('set-cookie'), null);
    // A submission, then everything a participant's page can ask for: no answer anywhere.
    const envelope = makeEnvelope('atelier-essai', {
      format: 'partenariat-result', version: 1, id: 'secret-participant', instrument: { id: instrument.id, version: instrument.version },
      locale: 'fr', startedAt: '2026-12-02T09:00:00.000Z', updatedAt: '2026-12-02T09:10:00.000Z', completedAt: '2026-12-02T09:10:00.000Z',
      profile: { cote: 'office' }, answers: { [instrument.items[0].id]: 2 },
      scores: { overall: { mean: 2, percent: 33.3, answered: 1, notApplicable: 0, total: 1, band: 'a-travailler' }, sections: [], dimensions: [] },
      recommendations: [],
    });
    const sent = await fetch(`${base}/api/campaigns/atelier-essai/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    assert.equal(sent.status, 201, await sent.clone().text());
    for (const url of ['/atelier/session', '/api/campaigns/atelier-essai', '/api/campaigns/atelier-essai/summary', '/api/campaigns/atelier-essai/submissions', '/api/campaigns']) {
      const text = await (await fetch(`${base}${url}`)).text();
      assert.ok(!text.includes('secret-participant') && !text.includes('"answers"'), url);
    }
    // Withdrawn by its receipt, so that the room's count starts at zero.
    const { receipt } = await sent.json();
    const gone = await fetch(`${base}/api/campaigns/atelier-essai/submissions/secret-participant`, { method: 'DELETE', headers: { authorization: `Receipt ${receipt}` } });
    assert.equal(gone.status, 204);
  });

  test(`${PHONES} phones answer; the screen counts each within 2 s and shows the group as aggregate() does`, async () => {
    const screen = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const cspErrors = [];
    screen.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && cspErrors.push(m.text()));
    await screen.goto(`${base}/projecteur.html#cle=${KEY}`);
    const count = screen.locator('#count');
    await until(async () => (await count.textContent()) === 'Aucune réponse pour l’instant', 'the screen');
    assert.equal(new URL(screen.url()).hash, '', 'the key is taken out of the address bar');
    assert.equal(await screen.getByRole('button', { name: 'Montrer les résultats' }).isDisabled(), true);
    assert.equal(await screen.locator('#qr').evaluate((img) => img.complete && img.naturalWidth > 0), true, 'the QR code shows');

    // When each count reached the screen, by the screen's own clock (the same machine's as ours).
    await screen.evaluate(() => {
      window.counts = [];
      new MutationObserver(() => window.counts.push({ n: Number(document.querySelector('#count').textContent.match(/\d+/)?.[0] ?? 0), at: Date.now() }))
        .observe(document.querySelector('#count'), { childList: true, characterData: true, subtree: true });
    });
    acks.length = 0;
    const delays = [];
    let sent = 0;
    async function phone(i) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${base}/`);
      const checklist = page.locator('#checklist');
      await checklist.getByRole('button', { name: 'Commencer' }).waitFor();
      // No name is asked: the profile holds only the side.
      assert.equal(await checklist.getByLabel('Nom de l’organisme').count(), 0);
      if (sideOf(i)) await checklist.getByLabel('Votre côté du partenariat').selectOption(sideOf(i));
      await checklist.evaluate((el, answers) => (el.answers = answers), answersOf(i));
      // With answers already there, the first step offers to take them up again.
      await checklist.getByRole('button', { name: /^(Commencer|Reprendre)$/ }).click();
      for (;;) {
        const next = checklist.getByRole('button', { name: 'Suivant' });
        if (!(await next.count())) break;
        await next.click();
      }
      await checklist.getByRole('button', { name: 'Terminer' }).click();
      await checklist.getByRole('button', { name: 'Voir nos résultats' }).click();
      const send = checklist.getByRole('button', { name: 'Envoyer nos résultats' });
      assert.equal(await send.isDisabled(), true, 'consent first');
      await checklist.getByLabel('Nous acceptons que nos résultats soient transmis à l’animation de l’atelier.').check();
      const before = Date.now();
      await send.click();
      await checklist.getByText(/Numéro de reçu/).waitFor();
      const target = ++sent;
      const shownAt = await until(
        () => screen.evaluate((n) => window.counts.find((c) => c.n >= n)?.at, target),
        `answer ${target} on the screen`,
        5000,
      );
      // From the collector's acknowledgement of this answer (the target-th) to the screen.
      delays.push({ fromAck: shownAt - acks[target - 1], fromClick: shownAt - before });
      await context.close();
    }
    // A few phones at a time, as a room does.
    const queue = Array.from({ length: PHONES }, (_, i) => i);
    await Promise.all(Array.from({ length: 3 }, async () => {
      while (queue.length) await phone(queue.shift());
    }));
    assert.equal(await count.textContent(), `${PHONES} réponses reçues`);
    const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    const fromAck = delays.map((d) => d.fromAck);
    const fromClick = delays.map((d) => d.fromClick);
    const slowest = Math.max(...fromAck);
    process.stdout.write(
      `# atelier: ${PHONES} phones; acknowledged to on the screen: median ${median(fromAck)} ms, slowest ${slowest} ms; ` +
        `tap on Send to on the screen: median ${median(fromClick)} ms, slowest ${Math.max(...fromClick)} ms\n`,
    );
    assert.ok(slowest < 2000, `each answer on the screen within 2 s of its acknowledgement (slowest ${slowest} ms)`);

    // Shown on demand; the figures are aggregate()'s over the same answers.
    await screen.getByRole('button', { name: 'Montrer les résultats' }).click();
    await screen.locator('#summary .lead').waitFor();
    const shown = await screen.locator('#summary').evaluate((el) => el.summary);
    const expected = aggregate(
      instrument,
      Array.from({ length: PHONES }, (_, i) => ({
        format: 'partenariat-result', version: 1, id: `p${i}`, instrument: { id: instrument.id, version: instrument.version }, locale: 'fr',
        updatedAt: '2026-12-02T10:00:00.000Z', profile: sideOf(i) ? { cote: sideOf(i) } : {}, answers: answersOf(i),
      })),
      { groupBy: 'cote', minGroup: 5 },
    );
    const figures = (s) => ({ n: s.n, overall: s.overall, sections: s.sections, dimensions: s.dimensions, items: s.items, widestSpread: s.widestSpread, groups: s.groups });
    assert.deepEqual(figures(shown), figures(expected));
    // « Là où les avis divergent » first, the widest first.
    const firstDivergent = await screen.locator('#divergent li').first().textContent();
    assert.ok(firstDivergent.startsWith(instrument.items.find((i) => i.id === expected.widestSpread[0]).text.fr), firstDivergent);
    assert.deepEqual(cspErrors, []);

    // « Figer » holds the picture; a new answer waits, then shows on « Reprendre ».
    await screen.getByRole('button', { name: 'Figer' }).click();
    const envelope = makeEnvelope('atelier-essai', {
      format: 'partenariat-result', version: 1, id: 'late-one', instrument: { id: instrument.id, version: instrument.version }, locale: 'fr',
      startedAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:20:00.000Z', completedAt: '2026-12-02T10:20:00.000Z',
      profile: {}, answers: answersOf(99),
      scores: { overall: { mean: null, percent: null, answered: 0, notApplicable: 0, total: 0, band: null }, sections: [], dimensions: [] }, recommendations: [],
    });
    assert.equal((await fetch(`${base}/api/campaigns/atelier-essai/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) })).status, 201);
    await screen.getByText('Portrait figé : 1 nouvelle(s) réponse(s) en attente.').waitFor();
    assert.equal(await screen.locator('#summary').evaluate((el) => el.summary.n), PHONES);
    await screen.getByRole('button', { name: 'Reprendre les mises à jour' }).click();
    assert.equal(await screen.locator('#summary').evaluate((el) => el.summary.n), PHONES + 1);

    // The stream dropped (every connection cut): the screen comes back by itself.
    app.server.closeAllConnections();
    await until(async () => (await screen.locator('#status').textContent()).includes('Connexion perdue'), 'the screen noticing', 5000).catch(() => undefined);
    const again = { ...envelope, result: { ...envelope.result, id: 'after-the-drop' } };
    assert.equal((await fetch(`${base}/api/campaigns/atelier-essai/submissions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(again) })).status, 201);
    await until(async () => (await count.textContent()) === `${PHONES + 2} réponses reçues`, 'the count after the drop', 5000);
    assert.equal(await screen.locator('#status').textContent(), '');

    // The role table: filled in on the screen, kept by the workshop for the end.
    await screen.getByRole('button', { name: 'Ouvrir le tableau des rôles' }).click();
    await screen.getByText('Tableau des rôles gardé pour la fin de l’atelier.').waitFor();

    // The end: the files are written, the answers gone.
    await screen.getByRole('button', { name: 'Terminer l’atelier' }).click();
    await screen.getByRole('dialog').getByRole('button', { name: 'Terminer', exact: true }).click();
    await screen.getByText(/^Atelier terminé : \d+ réponse/).waitFor();
    const portrait = JSON.parse(readFileSync(join(session.folder, 'portrait.json'), 'utf8'));
    assert.equal(portrait.n, PHONES + 2);
    assert.equal(portrait.format, 'partenariat-summary');
    assert.ok(JSON.parse(readFileSync(join(session.folder, 'roles.json'), 'utf8')).partners.length > 0);
    assert.match(readFileSync(join(session.folder, 'roles.csv'), 'utf8'), /^\uFEFF/);
    assert.equal(await store.count('atelier-essai'), 0, 'the individual answers are deleted');
    await screen.close();
  });
});

describe('partenariat-collect atelier', { skip: backend === 'postgres' ? 'the workshop runs on SQLite only' : false }, () => {
  test('prints where to join and the room screen’s address, then writes the summary and deletes the answers', async () => {
    const out = mkdtempSync(join(tmpdir(), 'partenariat-atelier-run-'));
    const lines = [];
    let stop;
    const stopSignal = new Promise((resolve) => (stop = resolve));
    const running = runAtelier({ instrument: defaultInstrument, lang: 'fr', port: 0, host: '127.0.0.1', minGroup: 5, keep: false, out, limits: LIMITS, print: (l) => lines.push(l), stopSignal });
    const screenLine = await until(() => lines.find((l) => /\/projecteur\.html#cle=/.test(l)), 'the screen’s address');
    const base = screenLine.trim().replace(/\/projecteur\.html#cle=.*$/, '');
    assert.ok(lines.some((l) => l.startsWith('Atelier ') && l.endsWith(' ouvert.')));
    assert.ok(lines.includes(`  ${base}/`), 'the participants’ address');
    assert.ok(lines.some((l) => l.includes('réponses individuelles effacées')));
    const session = await (await fetch(`${base}/atelier/session`)).json();
    assert.deepEqual(session.instrument.profile.map((f) => f.id), ['cote']);
    for (let i = 0; i < 5; i++) {
      const envelope = makeEnvelope(session.campaign, {
        format: 'partenariat-result', version: 1, id: `run-${i}`, instrument: { id: defaultInstrument.id, version: defaultInstrument.version }, locale: 'fr',
        startedAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:20:00.000Z', completedAt: '2026-12-02T10:20:00.000Z',
        profile: { cote: 'association' }, answers: answersOf(i),
        scores: { overall: { mean: null, percent: null, answered: 0, notApplicable: 0, total: 0, band: null }, sections: [], dimensions: [] }, recommendations: [],
      });
      const response = await fetch(`${base}${session.submitUrl}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      assert.equal(response.status, 201);
    }
    stop();
    const end = await running;
    assert.equal(end.n, 5);
    assert.deepEqual(end.files, ['portrait.json', 'portrait.csv']);
    const csv = readFileSync(join(out, 'portrait.csv'), 'utf8');
    assert.match(csv, /^\uFEFFPortée;Type;Identifiant;Libellé;Résultats comptés;/);
    assert.match(csv, /\r\nTous les résultats;Résultat global;/);
    assert.equal(JSON.parse(readFileSync(join(out, 'portrait.json'), 'utf8')).n, 5);
    assert.equal(existsSync(join(out, 'reponses')), false, 'the answers’ database is deleted');
    assert.ok(lines.includes('Les réponses individuelles sont effacées.'));
    rmSync(out, { recursive: true, force: true });
  });
});
