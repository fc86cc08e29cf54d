// Benchmark (not a test): sizes of dist/partenariat.js and the first render of the default
// questionnaire, against a hand-written Lit page of the same radios and a page with no library.
// Medians over repeated cold loads in Debian's Chromium, all measured in one run; the figures go
// to the console and to BENCHMARKS.md. Run `npm run build` first (`npm run bench` does).
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const root = new URL('..', import.meta.url);
const distFile = new URL('dist/partenariat.js', root);
if (!existsSync(distFile)) throw new Error('dist/partenariat.js is missing: run `npm run build` first.');

async function bundle(entry) {
  const out = await build({
    entryPoints: [new URL(entry, root).pathname],
    bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'error',
    tsconfig: new URL('tsconfig.json', root).pathname,
  });
  return Buffer.from(out.outputFiles[0].contents);
}

// Both through the same bundler, so that the difference is the radar's code alone.
const withoutRadar = await bundle('bench/without-radar.ts');
const withRadar = await bundle('src/index.ts');
const files = {
  '/partenariat.js': readFileSync(distFile),
  '/radar-page.js': await bundle('bench/radar-page.ts'),
  '/lit-radios.js': await bundle('bench/lit-radios.ts'),
  '/plain-radios.js': await bundle('bench/plain-radios.ts'),
};
const items = (await import('data:text/javascript;base64,' + (await bundle('src/instruments/default.ts')).toString('base64'))).defaultInstrument.items.length;

// Each page marks the moment all of its radio groups are in the DOM.
const done = (find) => `<script type="module">
  const count = () => ${find};
  const check = () => { if (count() >= ${items * 5}) { window.__done = performance.now(); } else requestAnimationFrame(check); };
  check();
</script>`;
const page = (body, script, find) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}
<script type="module" src="${script}"></script>${done(find)}</body></html>`;
const pages = {
  '/partenariat.html': page('<partenariat-checklist layout="single" autosave="off"></partenariat-checklist>', '/partenariat.js',
    `document.querySelector('partenariat-checklist')?.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0`),
  '/lit.html': page('<lit-radios></lit-radios>', '/lit-radios.js',
    `document.querySelector('lit-radios')?.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0`),
  '/radar.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body style="width: 900px"><script type="module" src="/radar-page.js"></script></body></html>`,
  '/plain.html': page('<div id="plain"></div>', '/plain-radios.js', `document.querySelectorAll('#plain input[type=radio]').length`),
};

const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (files[path]) { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(files[path]); }
  if (pages[path]) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); return res.end(pages[path]); }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const timings = {};
const radarTimes = [];
const radarUpdates = [];
try {
  for (let run = 0; run < RUNS + 1; run++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/radar.html`);
    await tab.waitForFunction(() => window.__radar !== undefined, null, { timeout: 10000 });
    const radar = await tab.evaluate(() => window.__radar);
    if (radar.markers !== 12 * 10 + 10) throw new Error(`the radar drew ${radar.markers} markers`);
    if (run > 0) radarTimes.push(radar.ms);
    if (run > 0) radarUpdates.push(radar.update);
    await context.close();
    for (const path of Object.keys(pages).filter((p) => p !== '/radar.html')) {
      // A new context each time: a cold load, no cache.
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(origin + path);
      await tab.waitForFunction(() => window.__done !== undefined, null, { timeout: 10000 });
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 });
      const t = await tab.evaluate(() => ({
        dom: window.__done,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      await context.close();
      if (run === 0) continue; // warm-up of the browser itself
      (timings[path] ??= { dom: [], paint: [] }).dom.push(t.dom);
      timings[path].paint.push(t.paint);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const kb = (n) => (n / 1000).toFixed(1);
const size = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sizes = {
  'dist/partenariat.js (everything)': size(files['/partenariat.js']),
  'hand-written Lit page of radios': size(files['/lit-radios.js']),
  'no library (DOM API)': size(files['/plain-radios.js']),
};
const full = size(withRadar);
const partial = size(withoutRadar);
const names = { '/partenariat.html': '`<partenariat-checklist layout="single">`', '/lit.html': 'hand-written Lit page of radios', '/plain.html': 'no library (DOM API)' };
const floor = median(timings['/lit.html'].dom);
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Debian's Chromium, headless, ${RUNS} cold loads each (medians), from 127.0.0.1. ` +
    `The page shows the default questionnaire (${items} items, ${items * 5} radios) at once. KB = 1,000 bytes.`,
  '',
  '## Payload',
  '',
  '| file | minified | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...Object.entries(sizes).map(([k, s]) => `| ${k} | ${kb(s.min)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB |`),
  '',
  'The two floors carry the default questionnaire’s text too (~43 KB minified), so that only the code differs.',
  '',
  `The radar’s share of dist/partenariat.js: ${kb(full.min - partial.min)} KB minified, ${kb(full.gzip - partial.gzip)} KB gzip, ${kb(full.brotli - partial.brotli)} KB brotli (the file with and without it).`,
  '',
  '## First render',
  '',
  '| page | navigation → all questions in the DOM | first contentful paint | vs the Lit floor |',
  '|---|---:|---:|---:|',
  ...Object.entries(timings).map(([p, t]) => `| ${names[p]} | ${median(t.dom).toFixed(1)} ms | ${median(t.paint).toFixed(1)} ms | ${(median(t.dom) / floor).toFixed(2)}× |`),
  '',
  '## Radar',
  '',
  `\`<partenariat-radar>\` with 12 axes × 10 series, 900 px wide: ${median(radarTimes).toFixed(1)} ms from setting the data to the chart in the DOM, first render on a cold page (median of ${RUNS}; min ${Math.min(...radarTimes).toFixed(1)} ms, max ${Math.max(...radarTimes).toFixed(1)} ms); a change of all the values then redraws it in ${median(radarUpdates).toFixed(1)} ms.`,
  '',
];
writeFileSync(new URL('BENCHMARKS.md', root), lines.join('\n'));
console.log(lines.join('\n'));
