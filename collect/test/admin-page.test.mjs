// The admin page in a real Chromium, served by a real collector under its own strict CSP: the
// token opens it, the campaigns show with their counts, the snippet and its copy, the campaign's
// summary and the preview of its questionnaire, in both languages, with no CSP violation and no
// axe violation. Skipped (with a reason) where no Chromium is installed.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ADMIN_TOKEN, admin, campaignBody, campaignId, makeEnvelope, makeResult, startApp } from './helpers.mjs';

const require = createRequire(import.meta.url);
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));

describe('the admin page', { skip: chromium ? false : 'no Chromium found (set CHROME_PATH)' }, () => {
  let ctx;
  let browser;
  let base;
  const id = campaignId('admin');

  before(async () => {
    ctx = await startApp();
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${ctx.app.server.address().port}`;
    const put = await ctx.app.inject({ method: 'PUT', url: `/api/campaigns/${id}`, headers: admin, payload: campaignBody({ title: { fr: 'Bilan des membres', en: 'Members’ review' } }) });
    assert.equal(put.statusCode, 201);
    for (let i = 0; i < 6; i++) {
      const envelope = makeEnvelope(id, makeResult({ answer: 1 + (i % 4) }));
      const sent = await ctx.app.inject({ method: 'POST', url: `/api/campaigns/${id}/submissions`, payload: envelope });
      assert.equal(sent.statusCode, 201);
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

  test('opens with the token and shows the campaigns, the snippet, the summary and the preview, under its CSP', async () => {
    const page = await browser.newPage();
    const violations = [];
    const errors = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/`);
    await page.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('status').filter({ hasText: /campagne/ }).waitFor();

    // The campaign's row, with its count.
    const cells = await page.getByRole('row').filter({ hasText: id }).getByRole('cell').allTextContents();
    assert.deepEqual(cells.slice(0, 5), [id, 'Bilan des membres', 'ouverte', 'aucune date – aucune date', '6']);

    // This campaign chosen (a shared PostgreSQL may hold others' campaigns too).
    await page.getByLabel('Campagne montrée ci-dessous').selectOption(id);
    // The snippet points at this collector, for this campaign.
    const snippet = await page.locator('#snippet-code').textContent();
    assert.ok(snippet.includes(`src="${base}/api/campaigns/${id}/instrument"`), snippet);
    assert.ok(snippet.includes(`submit-url="${base}/api/campaigns/${id}/submissions"`), snippet);

    // The summary of the 6 results, drawn by the element, from the collector's aggregate.
    // Waited for by its words: the campaign shown before the choice (another one, on a shared
    // PostgreSQL) may have drawn its own summary first.
    const summary = page.locator('partenariat-summary');
    await summary.locator('.lead', { hasText: /6 résultats comptés/ }).waitFor({ timeout: 10_000 }).catch(() => {});
    assert.match(await summary.locator('.lead').textContent(), /6 résultats comptés/);

    // The preview: the campaign's questionnaire, nothing kept.
    const preview = page.locator('partenariat-checklist');
    await preview.getByRole('button', { name: 'Commencer' }).waitFor();
    const before = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    await preview.getByRole('button', { name: 'Commencer' }).click();
    await preview.getByRole('radio').first().check();
    const after = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    assert.deepEqual(after, before, 'the preview keeps nothing');

    // In English, every part follows.
    await page.getByRole('button', { name: 'English' }).click();
    await summary.getByText(/6 results counted/).waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Partenariat — collector');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    assert.deepEqual(errors, []);
    assert.deepEqual(violations, [], 'nothing of the page is refused by its CSP');
    await page.close();
  });

  test('axe finds no violation in the page nor inside the elements (run where the CSP lets axe in)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByLabel('Campagne montrée ci-dessous').selectOption(id);
    await page.locator('partenariat-summary .lead').waitFor();
    await page.locator('partenariat-checklist').getByRole('button', { name: 'Commencer' }).waitFor();
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const found = await page.evaluate(async () =>
      (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
    assert.deepEqual(found, []);
    await context.close();
  });

  test('a wrong token is refused in words, and nothing of the campaigns shows', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Jeton d’administration').fill('not-the-token');
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await page.getByRole('status').filter({ hasText: 'Jeton refusé.' }).waitFor();
    assert.equal(await page.locator('#campaigns').isVisible(), false);
    await page.close();
  });
});
