// Where the first render of the default questionnaire spends its time (not a test): traces cold
// loads of three pages in Debian's Chromium — dist/partenariat.js, the same radios in a
// hand-written Lit element, and the floor (the same radios with no library) — and prints the
// renderer's main-thread time from navigation to the later of "all questions in the DOM" and
// first contentful paint, by phase, as medians. `npm run bench:profile` builds first.
//   node scripts/profile-first-render.mjs [loads]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { root, requireDist, bundle, defaultInstrument, radiosOf, launchChromium, median } from './bench-lib.mjs';

const loads = Number(process.argv[2] ?? 9);
requireDist();
// The default questionnaire's radios: the count each page waits for.
const radios = radiosOf(await defaultInstrument());
const files = {
  '/partenariat.js': readFileSync(new URL('dist/partenariat.js', root)),
  '/lit-radios.js': await bundle('bench/lit-radios.ts'),
  '/plain-radios.js': await bundle('bench/plain-radios.ts'),
};
const check = (count) => `<script type="module">
  const check = () => { if ((${count}) >= ${radios}) performance.mark('all-questions'); else requestAnimationFrame(check); };
  check();
</script>`;
const shadowCount = (tag) => `document.querySelector('${tag}')?.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0`;
const page = (body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const pages = {
  ours: page(`<partenariat-checklist layout="single" autosave="off"></partenariat-checklist><script type="module" src="/partenariat.js"></script>${check(shadowCount('partenariat-checklist'))}`),
  lit: page(`<lit-radios></lit-radios><script type="module" src="/lit-radios.js"></script>${check(shadowCount('lit-radios'))}`),
  floor: page(`<div id="plain"></div><script type="module" src="/plain-radios.js"></script>${check(`document.querySelectorAll('#plain input[type=radio]').length`)}`),
};
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (files[path]) return res.writeHead(200, { 'content-type': 'text/javascript' }).end(files[path]);
  const html = pages[path.slice(1)];
  if (html) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

// Trace event names, by phase. Checked in this order: the first that matches wins.
const phases = [
  ['garbage collection', /GC|Scavenge|MarkCompact|Weakness/],
  ['accessibility tree', /Accessibility/],
  ['style (with CSS parsing)', /Style|UpdateLayoutTree|RuleSet|SlotAssignment/],
  ['layout', /Layout|layout|Shape/],
  ['paint and compositing', /Paint|Layeriz|Composit|Commit|Raster/],
  ['HTML parsing', /HTMLDocumentParser|ParseHTML/],
  ['script: compile and run', /v8|V8|Script|FunctionCall|Microtask|AnimationFrame|FrameCallbacks|TimerFire|EventDispatch|CustomElement|HTMLConstructor|AsyncTask Run|HTMLSelectElement/],
];
const phaseOf = (name) => phases.find(([, re]) => re.test(name))?.[0] ?? 'other';

/** Self time of each main-thread event up to `end`, summed by phase (ms). */
function byPhase(events, start, end) {
  const totals = {};
  const open = [];
  const close = (until) => {
    while (open.length && open.at(-1).end <= until) open.pop();
  };
  for (const e of events) {
    close(e.ts);
    const from = Math.max(e.ts, start);
    const to = Math.min(e.ts + e.dur, end);
    const own = { end: e.ts + e.dur, phase: phaseOf(e.name) };
    if (to > from) {
      totals[own.phase] = (totals[own.phase] ?? 0) + (to - from) / 1000;
      // The parent's self time excludes this child.
      const parent = open.at(-1);
      if (parent) totals[parent.phase] -= (to - from) / 1000;
    }
    open.push(own);
  }
  return totals;
}

const browser = await launchChromium();
const results = {};
try {
  for (let run = 0; run <= loads; run++) {
    const names = Object.keys(pages);
    for (const name of run % 2 ? names.reverse() : names) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await browser.startTracing(tab, { categories: ['devtools.timeline', 'v8', 'blink', 'blink.user_timing', 'loading'] });
      await tab.goto(`http://127.0.0.1:${server.address().port}/${name}`);
      await tab.waitForFunction(() => performance.getEntriesByName('all-questions').length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0);
      const marks = await tab.evaluate(() => ({
        questions: performance.getEntriesByName('all-questions')[0].startTime,
        paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      }));
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
      await context.close();
      if (run === 0) continue; // warming the browser up
      const mark = traceEvents.find((e) => e.name === 'all-questions');
      const main = traceEvents.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
      // The mark's trace time less its page time is the navigation's start on the trace clock.
      const start = mark.ts - marks.questions * 1000;
      const end = start + Math.max(marks.questions, marks.paint) * 1000;
      const totals = byPhase(main, start, end);
      const r = (results[name] ??= { questions: [], paint: [], phases: {} });
      r.questions.push(marks.questions);
      r.paint.push(marks.paint);
      for (const [phase, ms] of Object.entries(totals)) (r.phases[phase] ??= []).push(ms);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const names = { ours: '<partenariat-checklist>', lit: 'Lit, radios only', floor: 'no library (floor)' };
const cols = Object.keys(pages);
const row = (label, values) => `| ${label} | ${values.map((v) => `${v.toFixed(1)} ms`).join(' | ')} |`;
const order = [...phases.map(([p]) => p), 'other'];
console.log(`Main-thread time from navigation to the later of all questions in the DOM and first paint, medians of ${loads} cold loads:\n`);
console.log(`| | ${cols.map((c) => names[c]).join(' | ')} |`);
console.log(`|---|${cols.map(() => '---:').join('|')}|`);
for (const phase of order) console.log(row(phase, cols.map((c) => median(results[c].phases[phase]))));
console.log(row('**all questions in the DOM**', cols.map((c) => median(results[c].questions))));
console.log(row('**first contentful paint**', cols.map((c) => median(results[c].paint))));
