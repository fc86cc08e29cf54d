// Smoke test of the built file: the README's embed snippet, pasted as is into a plain page next
// to dist/partenariat.js, served under a strict Content-Security-Policy, with the script loaded
// once and then twice (two URLs); then the radar refusing data, the radar's SVG image (whose code
// the npm modules load on demand, and this file holds), and the summary's own file, in
// English (both files are minified with shortened private names and message ids: see
// vite.config.ts); then the npm modules as an app bundles them (esbuild, with the chunk that the
// radar's images come from), which have short names and ids too. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';

const file = (p) => new URL(`../${p}`, import.meta.url);
if (!existsSync(file('dist/partenariat.js'))) {
  console.error('dist/partenariat.js is missing: run `npm run build` first.');
  process.exit(1);
}
const bundle = readFileSync(file('dist/partenariat.js'));
const readme = readFileSync(file('README.md'), 'utf8');
const snippet = readme.match(/```html\n([\s\S]*?)```/)[1];
if (!snippet.includes('src="partenariat.js"')) throw new Error('The README’s first snippet no longer loads partenariat.js');

const page = (body) => `<!doctype html><html lang="fr-CA"><head><meta charset="utf-8"><title>Test</title></head><body>${body}</body></html>`;
const pages = {
  '/': page(snippet),
  '/twice.html': page(`${snippet}\n<script type="module" src="partenariat.js?copy=2"></script>\n<partenariat-checklist lang="en" storage-key="b"></partenariat-checklist>\n<partenariat-radar for="x"></partenariat-radar>\n<partenariat-roles template="municipalite"></partenariat-roles>`),
};
// Scripts of their own (the policy forbids inline ones): bad data for a radar; results for a summary.
const sample = JSON.parse(readFileSync(file('demo/samples/result.json'), 'utf8'));
const results = Array.from({ length: 6 }, (_, i) => ({ ...sample, id: `${sample.id.slice(0, -1)}${i}` }));
const scripts = {
  '/radar-data.js': `document.querySelector('partenariat-radar').series = [{ label: 'A', values: { pouvoir: 'beaucoup' } }];`,
  '/radar-good.js': `document.querySelector('partenariat-radar').series = [{ label: 'A', values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } }, { label: 'B', values: { financier: 50, expertise: 50, reseautage: 50, 'innovation-sociale': 50 } }];`,
  '/summary-data.js': `document.querySelector('partenariat-summary').results = ${JSON.stringify(results)};`,
};
pages['/radar.html'] = page(`<script type="module" src="partenariat.js"></script><partenariat-radar lang="en"></partenariat-radar><script type="module" src="radar-data.js"></script>`);
// The radar's images, whose code the npm modules load on demand, come from the file itself.
pages['/radar-export.html'] = page(`<script type="module" src="partenariat.js"></script><partenariat-radar lang="en"></partenariat-radar><script type="module" src="radar-good.js"></script>`);
pages['/summary.html'] = page(`<script type="module" src="partenariat-summary.js"></script><partenariat-summary lang="en"></partenariat-summary><script type="module" src="summary-data.js"></script>`);
const summaryBundle = existsSync(file('dist/partenariat-summary.js')) ? readFileSync(file('dist/partenariat-summary.js')) : '';
// An app that imports the npm package: its bundler follows the package's `exports` to dist/npm/.
const app = await build({
  stdin: { contents: "import 'partenariat'; import 'partenariat/summary';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
  bundle: true, splitting: true, format: 'esm', outdir: '/app', minify: true, write: false, logLevel: 'error',
});
const appFiles = Object.fromEntries(app.outputFiles.map((f) => [f.path === '/app/stdin.js' ? '/app.js' : f.path.replace(/^\/app\//, '/'), f.contents]));
// An app that imports the radar alone: it loads the radar's full check (and its words) only when
// the data is refused.
const radarApp = await build({
  stdin: { contents: "import 'partenariat/radar';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
  bundle: true, splitting: true, format: 'esm', outdir: '/radar-app', minify: true, write: false, logLevel: 'error',
});
for (const f of radarApp.outputFiles) appFiles[f.path] = f.contents;
pages['/npm-radar.html'] = page(`<script type="module" src="radar-app/stdin.js"></script><partenariat-radar lang="en"></partenariat-radar><script type="module" src="radar-good.js"></script>`);
pages['/npm.html'] = page(`<script type="module" src="app.js"></script><partenariat-checklist lang="en" storage-key="npm"></partenariat-checklist><partenariat-checklist id="bad-questionnaire" lang="en" autosave="off"></partenariat-checklist><partenariat-radar id="bad" lang="en"></partenariat-radar><partenariat-radar id="good" lang="en"></partenariat-radar><partenariat-roles lang="en" template="municipalite"></partenariat-roles><partenariat-summary lang="en"></partenariat-summary><script type="module" src="npm-data.js"></script>`);
scripts['/npm-data.js'] = `customElements.whenDefined('partenariat-summary').then(() => {
  document.querySelector('#bad').series = [{ label: 'A', values: { pouvoir: 'beaucoup' } }];
  document.querySelector('#bad-questionnaire').instrument = { version: 2 };
  ${scripts['/radar-good.js'].replace("document.querySelector('partenariat-radar')", "document.querySelector('#good')")}
  ${scripts['/summary-data.js']}
});`;
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob:";
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (path === '/partenariat.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(bundle);
  }
  if (appFiles[path]) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(appFiles[path]);
  }
  if (path === '/partenariat-summary.js' || scripts[path]) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(scripts[path] ?? summaryBundle);
  }
  if (pages[path]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp });
    return res.end(pages[path]);
  }
  res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
/**
 * A new tab (in `context`, else the browser's), with what the page asks of our server
 * (`requested`, the favicon aside) and its errors and CSP violations (`problems`).
 */
async function openTab(context = browser) {
  const tab = await context.newPage();
  const problems = [];
  const requested = [];
  tab.on('request', (r) => r.url().startsWith(origin) && !r.url().endsWith('/favicon.ico') && requested.push(r.url().slice(origin.length)));
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  return { tab, problems, requested };
}
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
try {
  for (const path of ['/', '/twice.html']) {
    const { tab, problems } = await openTab();
    await tab.goto(origin + path);
    const title = tab.locator('partenariat-checklist').first().locator('h2[part="title"]');
    await title.waitFor({ timeout: 5000 }).catch((e) => { console.error(problems); throw e; });
    check((await title.textContent()) === 'Autodiagnostic de notre partenariat', `${path}: the element renders in French`);
    const fallback = tab.locator('partenariat-checklist').first().locator(':scope > p');
    check((await fallback.count()) === 1 && !(await fallback.isVisible()), `${path}: the snippet's fallback text is hidden once the element is loaded`);
    await tab.locator('partenariat-checklist').first().getByRole('button', { name: 'Commencer' }).click();
    await tab.locator('partenariat-checklist').first().getByRole('radio', { name: 'Tout à fait' }).first().check();
    const answers = await tab.evaluate(() => document.querySelector('partenariat-checklist').answers);
    check(Object.values(answers).join() === '4', `${path}: an answer is recorded`);
    await tab.reload();
    await title.waitFor({ timeout: 5000 });
    const restored = await tab.evaluate(() => document.querySelector('partenariat-checklist').answers);
    check(JSON.stringify(restored) === JSON.stringify(answers), `${path}: the answer is still there after a reload`);
    if (path === '/twice.html') {
      const english = await tab.locator('partenariat-checklist').nth(1).locator('h2[part="title"]').textContent();
      check(english === 'Our partnership: a self-assessment', `${path}: a second element speaks English`);
      const partner = await tab.locator('partenariat-roles').locator('thead textarea').nth(1).inputValue();
      check(partner === 'Municipalité', `${path}: the role table shows its starting point`);
      const radarAlert = await tab.locator('partenariat-radar').getByRole('alert').textContent();
      check(/x/.test(radarAlert ?? ''), `${path}: the radar says its target is missing`);
    }
    check(problems.length === 0, `${path}: no error and no CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await tab.close();
  }
  for (const path of ['/radar.html', '/radar-export.html', '/summary.html']) {
    const { tab, problems, requested } = await openTab();
    await tab.goto(origin + path);
    if (path === '/radar.html') {
      const alert = tab.locator('partenariat-radar').getByRole('alert');
      await alert.waitFor({ timeout: 5000 });
      const text = (await alert.textContent()).replace(/\s+/g, ' ');
      check(
        text.includes('The chart’s data is not valid.') && text.includes('series[0].values.pouvoir') && text.includes('expected type: number'),
        `${path}: the radar refuses a value that is not a number, in English, and says where and why (${text})`,
      );
    } else if (path === '/radar-export.html') {
      const [download] = await Promise.all([
        tab.waitForEvent('download', { timeout: 5000 }),
        tab.locator('partenariat-radar').getByRole('button', { name: 'Download the image (SVG)' }).click(),
      ]);
      const svg = await readFile(await download.path(), 'utf8');
      check(
        download.suggestedFilename() === 'impact-dimensions.svg' && /<title[^>]*>Impact dimensions<\/title>/.test(svg) && svg.includes('>B</text>') && !svg.includes('<!--'),
        `${path}: the radar downloads its SVG image, with no comment left in it`,
      );
      check(
        requested.join() === '/radar-export.html,/partenariat.js,/radar-good.js',
        `${path}: the file holds the code that makes images, and loads nothing else${requested.length === 3 ? '' : `: ${requested.join(', ')}`}`,
      );
    } else {
      const heading = tab.locator('partenariat-summary').getByText('Distribution by level (overall result)');
      await heading.first().waitFor({ timeout: 5000 }).catch(() => {});
      check((await heading.count()) > 0, `${path}: the summary's own file shows six results, in English`);
    }
    check(problems.length === 0, `${path}: no error and no CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await tab.close();
  }
  // The npm modules, as an app bundles them: every element, in English, and the radar's images
  // from their own chunk, fetched when asked for.
  {
    const { tab, problems, requested } = await openTab();
    await tab.goto(`${origin}/npm.html`);
    const checklist = tab.locator('partenariat-checklist').first();
    await checklist.getByRole('button', { name: 'Start' }).click({ timeout: 5000 }).catch((e) => {
      console.error(problems, requested);
      throw e;
    });
    await checklist.getByRole('radio', { name: 'Completely' }).first().check();
    const answers = await tab.evaluate(() => document.querySelector('partenariat-checklist').answers);
    check(Object.values(answers).join() === '4', 'npm modules: the checklist speaks English and records an answer');
    const alert = tab.locator('#bad').getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    const text = (await alert.textContent()).replace(/\s+/g, ' ');
    check(text.includes('The chart’s data is not valid.') && text.includes('series[0].values.pouvoir') && text.includes('expected type: number'), 'npm modules: the radar refuses a value that is not a number, in English, and says where and why');
    const refused = (await tab.locator('#bad-questionnaire').getByRole('alert').textContent({ timeout: 5000 })).replace(/\s+/g, ' ');
    check(refused.includes('required field missing') && refused.includes('expected type: string'), 'npm modules: the checklist says what is wrong with a questionnaire, in English');
    const before = requested.length;
    const [download] = await Promise.all([
      tab.waitForEvent('download', { timeout: 5000 }),
      tab.locator('#good').getByRole('button', { name: 'Download the image (SVG)' }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    check(download.suggestedFilename() === 'impact-dimensions.svg' && svg.includes('>B</text>'), 'npm modules: the radar downloads its SVG image');
    check(requested.slice(before).some((url) => /^\/chunk-|^\/export-/.test(url)), `npm modules: the code that makes images comes in a chunk of its own, when asked for (${requested.slice(before).join(', ')})`);
    check((await tab.locator('partenariat-roles').locator('thead textarea').nth(1).inputValue()) === 'Municipality', 'npm modules: the role table shows its starting point, in English');
    const heading = tab.locator('partenariat-summary').getByText('Distribution by level (overall result)');
    await heading.first().waitFor({ timeout: 5000 }).catch(() => {});
    check((await heading.count()) > 0, 'npm modules: the summary shows six results, in English');
    check(problems.length === 0, `npm modules: no error and no CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await tab.close();
  }
  // The radar alone, as an app bundles it: right data is drawn without the full check, which comes
  // in a chunk of its own when data is refused, and says what is wrong in English.
  {
    const { tab, problems, requested } = await openTab();
    await tab.goto(`${origin}/npm-radar.html`);
    const radar = tab.locator('partenariat-radar');
    await radar.getByRole('button', { name: 'Show the data' }).waitFor({ timeout: 5000 });
    await tab.waitForTimeout(200);
    const atLoad = requested.filter((url) => url.startsWith('/radar-app/'));
    check(atLoad.length === 1, `npm radar alone: right data is drawn with the radar's own file and nothing more (${atLoad.join(', ')})`);
    await tab.evaluate(() => {
      document.querySelector('partenariat-radar').series = [{ label: 'A', values: { financier: 'beaucoup' } }];
    });
    const alert = radar.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    const text = (await alert.textContent()).replace(/\s+/g, ' ');
    check(text.includes('The chart’s data is not valid.') && text.includes('series[0].values.financier') && text.includes('expected type: number'), 'npm radar alone: refused data is said to be wrong, in English, where and why');
    const later = requested.filter((url) => url.startsWith('/radar-app/')).slice(atLoad.length);
    check(later.length === 1 && later[0].startsWith('/radar-app/validate-'), `npm radar alone: the full check comes in a chunk of its own, when data is refused (${later.join(', ')})`);
    check(problems.length === 0, `npm radar alone: no error and no CSP violation${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await tab.close();
  }
  // The workshop kit: opened from the disk, with the network off.
  const kit = file('dist/atelier-partenariat.html');
  if (existsSync(kit)) {
    const context = await browser.newContext({ offline: true });
    const { tab, problems } = await openTab(context);
    await tab.goto(kit.href);
    const title = tab.locator('partenariat-checklist h2[part="title"]');
    await title.waitFor({ timeout: 5000 });
    check((await title.textContent()) === 'Autodiagnostic de notre partenariat', 'workshop kit: opens from file:// offline, in French');
    check((await tab.locator('#compare').locator('g.series').count()) === 3, 'workshop kit: the comparison radar shows three series');
    check((await tab.locator('partenariat-roles').locator('tbody tr').count()) > 0, 'workshop kit: the role table shows its starting point');
    await tab.locator('#lang').click();
    await tab.locator('partenariat-checklist').getByRole('button', { name: 'Start' }).waitFor({ timeout: 5000 });
    check(true, 'workshop kit: switches to English');
    check(problems.length === 0, `workshop kit: no error${problems.length ? `: ${problems.join(' | ')}` : ''}`);
    await context.close();
  } else {
    check(false, 'workshop kit: dist/atelier-partenariat.html is missing');
  }
} finally {
  await browser.close();
  server.close();
}
const size = bundle.length;
console.log(`dist/partenariat.js: ${size} bytes`);
if (failures) process.exit(1);
console.log('Built file: all checks passed.');
