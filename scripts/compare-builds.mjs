// Compares the first render (all questions in the DOM, and first paint) of two builds of
// dist/partenariat.js, A and B, in one run: their pages load in turn (alternating which goes
// first), each in a fresh browser context, and the medians are printed. On a small, noisy
// machine this tells a real change from noise far better than two separate runs of
// `npm run bench`; compare a build with itself to see the noise.
//   node scripts/compare-builds.mjs path/to/a/partenariat.js path/to/b/partenariat.js [loads]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { launchChromium, median } from './bench-lib.mjs';

const [a, b, loads = '30'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/compare-builds.mjs A.js B.js [loads]');
  process.exit(2);
}
const files = { '/a.js': readFileSync(a), '/b.js': readFileSync(b) };
const page = (src) => `<!doctype html><html lang="fr"><body>
<partenariat-checklist layout="single" autosave="off"></partenariat-checklist>
<script type="module" src="${src}"></script>
<script type="module">
  const el = document.querySelector('partenariat-checklist');
  const expected = () => {
    const inst = el.activeInstrument;
    return inst ? inst.items.length * (inst.scale.choices.length + (inst.scale.notApplicable ? 1 : 0)) : Infinity;
  };
  const check = () => {
    if ((el.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0) >= expected()) window.__done = performance.now();
    else requestAnimationFrame(check);
  };
  check();
</script></body></html>`;
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (files[path]) {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(files[path]);
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(page(path === '/a.html' ? '/a.js' : '/b.js'));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const times = { a: [], b: [] };
const paints = { a: [], b: [] };
try {
  for (let i = 0; i <= Number(loads); i++) {
    for (const k of i % 2 ? ['a', 'b'] : ['b', 'a']) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${server.address().port}/${k}.html`);
      await tab.waitForFunction(() => window.__done !== undefined, null, { timeout: 20000 });
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 });
      if (i > 0) {
        times[k].push(await tab.evaluate(() => window.__done));
        paints[k].push(await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const line = (what, { a, b }) => {
  const [ma, mb] = [median(a), median(b)];
  console.log(`${what}: A ${ma.toFixed(1)} ms, B ${mb.toFixed(1)} ms, B/A = ${(mb / ma).toFixed(2)}`);
};
console.log(`Medians of ${loads} loads each:`);
line('navigation → all questions in the DOM', times);
line('navigation → first contentful paint', paints);
