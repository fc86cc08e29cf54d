// The corpus's script-injection payloads (test/corpus/index.json) on the admin page, in a real
// Chromium under the page's own CSP: one campaign per payload, its title and every text of its
// questionnaire carrying the payload, with submissions whose result ids, profile values and
// consent recipient carry it too. The page shows each as text and runs nothing (no dialog, no
// error, no window.pwned, no element a payload would make, no CSP violation); the CSV, JSON and
// NDJSON downloads, clicked as an admin does, keep the payloads as written, CSV formulas
// neutralized. Skipped (with a reason) where no Chromium is installed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ADMIN_TOKEN, admin, campaignId, csvCells, startApp, submit } from './helpers.mjs';

const require = createRequire(import.meta.url);
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const { payloads } = JSON.parse(readFileSync(new URL('../../test/corpus/index.json', import.meta.url), 'utf8'));
const FORMULA = /^[=+\-@\t\r]/;
/** Results per campaign: the collector's smallest group, so that its summary is drawn. */
const PER_CAMPAIGN = 5;

/** A small questionnaire with every text replaced by `p`. */
function hostileInstrument(p) {
  const label = (x) => ({ fr: x, en: x });
  return {
    id: 'hostile',
    version: '1',
    title: label(p),
    description: p,
    scale: {
      choices: [1, 2, 3, 4].map((value) => ({ value, label: `${p} ${value}` })),
      notApplicable: { label: p },
    },
    sections: ['a', 'b'].map((id) => ({ id, title: label(p), description: p })),
    dimensions: ['fin', 'exp', 'res'].map((id) => ({ id, label: p, description: p })),
    items: [
      { id: 'a1', section: 'a', text: p, help: p, recommendation: p, dimensions: ['fin'] },
      { id: 'a2', section: 'a', text: p, help: p, recommendation: p, dimensions: ['exp'] },
      { id: 'b1', section: 'b', text: p, help: p, recommendation: p, dimensions: ['res'] },
      { id: 'b2', section: 'b', text: p, help: p, recommendation: p },
    ],
    bands: [
      { id: 'force', min: 75, label: p, description: p },
      { id: 'a-travailler', min: 0, label: p, description: p, recommend: true },
    ],
    profile: [
      { id: 'nom', type: 'text', label: p, help: p },
      { id: 'genre', type: 'choice', label: p, choices: [{ value: 'x', label: p }] },
    ],
  };
}

/** A result of the hostile questionnaire whose id and profile values carry `p`. */
function hostileResult(p, k) {
  const score = { mean: 3, percent: 66.7, answered: 1, notApplicable: 0, total: 1, band: 'a-travailler' };
  return {
    format: 'partenariat-result',
    version: 1,
    id: `${p}`.slice(0, 90) + ` #${k}`,
    instrument: { id: 'hostile', version: '1' },
    locale: 'fr',
    startedAt: '2026-11-30T14:00:00.000Z',
    updatedAt: '2026-11-30T14:15:00.000Z',
    completedAt: '2026-11-30T14:15:00.000Z',
    profile: { nom: p, genre: 'x', autre: p },
    answers: { a1: 1 + (k % 4), a2: 3, b1: 'na', b2: 2 },
    scores: {
      overall: score,
      sections: ['a', 'b'].map((id) => ({ id, ...score })),
      dimensions: ['fin', 'exp', 'res'].map((id) => ({ id, ...score })),
    },
    recommendations: [{ item: 'a1', section: 'a', band: 'a-travailler', percent: 10, text: p }],
  };
}

/**
 * In the page: what a payload would have made in the body, shadow roots included (an element
 * that runs script or loads a page, an `on…` handler, a javascript: address), and the text shown.
 */
function inspect() {
  function* deep(root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* deep(el.shadowRoot);
    }
  }
  const all = [...deep(document.body)];
  const made = all
    .filter(
      (el) =>
        /^(script|iframe|object|embed|img|math|mglyph|frame|base|meta|link)$/i.test(el.localName) ||
        [...el.attributes].some((a) => a.name.startsWith('on') || (/^(href|xlink:href|src|srcdoc|action|formaction|data)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))),
    )
    .map((el) => el.outerHTML.slice(0, 100));
  const text = all.map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join('\n');
  return { made, text, pwned: window.pwned !== undefined, polluted: 'polluted' in {} || 'isAdmin' in {} };
}

describe('the corpus’s payloads on the admin page', { skip: chromium ? false : 'no Chromium found (set CHROME_PATH)' }, () => {
  let ctx;
  let browser;
  let base;
  const campaigns = payloads.map((p, i) => ({ p, id: campaignId(`hostile${i}`) }));

  before(async () => {
    ctx = await startApp();
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${ctx.app.server.address().port}`;
    for (const { p, id } of campaigns) {
      const put = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: { title: { fr: p, en: p }, instrument: hostileInstrument(p) } });
      assert.equal(put.statusCode, 201, `${JSON.stringify(p)}: ${put.body}`);
      for (let k = 0; k < PER_CAMPAIGN; k++) {
        const envelope = {
          format: 'partenariat-submission',
          version: 1,
          campaign: id,
          consent: { time: '2026-11-30T14:16:00.000Z', recipient: `${p} `, wording: 'consent-v1' },
          result: hostileResult(p, k),
        };
        const sent = await submit(ctx.app, id, envelope);
        assert.equal(sent.statusCode, 201, `${JSON.stringify(p)}: ${sent.body}`);
      }
    }
    const { chromium: launcher } = require('playwright-core');
    browser = await launcher.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await ctx?.close();
  });

  test(`${payloads.length} campaigns, their questionnaires and ${payloads.length * PER_CAMPAIGN} submissions carrying the payloads: shown as text, nothing runs, the downloads keep them inert`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const seen = [];
    page.on('dialog', (dialog) => {
      seen.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(`CSP: ${message.text()}`);
    });
    page.on('popup', (popup) => seen.push(`popup: ${popup.url()}`));
    await page.goto(`${base}/`);
    await page.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('status').filter({ hasText: /campagne/ }).waitFor();

    const failures = [];
    let downloads = 0;
    let cellsRead = 0;
    for (const { p, id } of campaigns) {
      const what = JSON.stringify(p);
      // The campaign's row: its title as text, its count.
      const cells = await page.getByRole('row').filter({ hasText: id }).getByRole('cell').allTextContents();
      if (cells[1] !== p.trim()) failures.push(`${what}: title cell ${JSON.stringify(cells[1])}`);
      if (cells[4] !== String(PER_CAMPAIGN)) failures.push(`${what}: count ${cells[4]}`);

      // Chosen: the summary of its results and the preview of its questionnaire, both drawn.
      await page.getByLabel('Campagne montrée ci-dessous').selectOption(id);
      const summary = page.locator('partenariat-summary');
      await summary.locator('.lead').filter({ hasText: `${PER_CAMPAIGN} résultats comptés` }).waitFor();
      await page.locator('partenariat-checklist').getByRole('button', { name: 'Commencer' }).waitFor();
      await page.waitForTimeout(30);
      const found = await page.evaluate(inspect);
      failures.push(...found.made.map((m) => `${what}: ${m}`));
      if (found.pwned) failures.push(`${what}: window.pwned was set`);
      if (found.polluted) failures.push(`${what}: Object.prototype was changed`);
      if (!found.text.includes(p.trim())) failures.push(`${what}: not shown as text`);

      // The downloads, as an admin clicks them.
      for (const format of ['csv', 'json', 'ndjson']) {
        // At a person's pace: Chromium drops a page's download that comes too soon after the
        // last one (dozens in a few seconds), which says nothing of the payloads.
        await page.waitForTimeout(250);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: `Télécharger ${id} ${format.toUpperCase()}`, exact: true }).click(),
        ]);
        downloads++;
        const body = readFileSync(await download.path(), 'utf8');
        if (download.suggestedFilename() !== `${id}.${format}`) failures.push(`${what}: file name ${download.suggestedFilename()}`);
        if (format === 'csv') {
          const all = csvCells(body.replace(/^\uFEFF/, ''));
          cellsRead += all.length;
          for (const cell of all) if (FORMULA.test(cell)) failures.push(`${what}: CSV cell ${JSON.stringify(cell)} would be read as a formula`);
          const written = FORMULA.test(p) ? `'${p}` : p;
          // Profile values (nom, autre) and the recipient's trimmed copy, on each row.
          const count = all.filter((cell) => cell === written).length;
          if (count < 2 * PER_CAMPAIGN) failures.push(`${what}: ${count} CSV cells hold it as written (${JSON.stringify(written)})`);
        } else {
          const rows = format === 'json' ? JSON.parse(body) : body.trim().split('\n').map((line) => JSON.parse(line));
          if (rows.length !== PER_CAMPAIGN) failures.push(`${what}: ${format} has ${rows.length} rows`);
          for (const row of rows) {
            if (row.result.profile.nom !== p || row.result.profile.autre !== p || row.result.recommendations[0].text !== p) failures.push(`${what}: ${format} changed it: ${JSON.stringify(row.result.profile)}`);
            if (!row.id.startsWith(`${p}`.slice(0, 90))) failures.push(`${what}: ${format} id ${JSON.stringify(row.id)}`);
          }
        }
      }
    }
    // In English too, the last campaign's parts follow, as text.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('partenariat-summary').getByText(`${PER_CAMPAIGN} results counted`).waitFor();
    const english = await page.evaluate(inspect);
    failures.push(...english.made.map((m) => `en: ${m}`));
    if (!english.text.includes(payloads.at(-1).trim())) failures.push('en: the last payload not shown as text');

    assert.deepEqual(failures, []);
    assert.deepEqual(seen, [], 'no dialog, no error, no popup, no CSP violation');
    assert.equal(downloads, 3 * payloads.length);
    assert.ok(cellsRead > 1000, `${cellsRead} CSV cells read`);
    await context.close();
  });
});
