// Benchmark (not a test). Drives Debian's Chromium headless and measures, in one run, medians of
// repeated cold loads, side by side with the alternatives:
//   - payload: dist/partenariat.js against SurveyJS (survey-core + survey-js-ui + CSS, as a page
//     loads them) and Chart.js with only the radar registered;
//   - first render of the default questionnaire: ours, the same questions in SurveyJS, the floor
//     (a hand-written page of the same radios with no library) and the same radios in a
//     hand-written Lit element;
//   - an answer's cost (click → result and radar updated);
//   - scale: 10, 100 and 1,000 items (render time, heap), and radars of 4 and 12 axes × 1 and 10
//     series against Chart.js;
//   - the group summary: aggregate() of 1,000 and 10,000 results, `<partenariat-summary>` of
//     10,000 results to every view in the DOM, and the size of dist/partenariat-summary.js.
// Prints the figures and writes them to BENCHMARKS.md. `npm run bench` builds first.
// BENCH_ONLY=summary measures the summary alone and prints it without writing BENCHMARKS.md.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { root, requireDist, bundle, defaultInstrument, radiosOf, launchChromium, median } from './bench-lib.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ONLY = process.env.BENCH_ONLY;
const read = (path) => readFileSync(new URL(path, root));
requireDist();

// The default questionnaire, for SurveyJS in its own JSON format.
const instrument = await defaultInstrument();
const items = instrument.items.length;
const radios = radiosOf(instrument);
const surveyJson = {
  title: instrument.title.fr,
  questionsOnPageMode: 'singlePage',
  pages: instrument.sections.map((section) => ({
    name: section.id,
    title: section.title.fr,
    elements: instrument.items
      .filter((item) => item.section === section.id)
      .map((item) => ({
        type: 'radiogroup',
        name: item.id,
        title: item.text.fr,
        description: item.help?.fr,
        choices: [
          ...instrument.scale.choices.map((c) => ({ value: c.value, text: c.label.fr })),
          { value: 'na', text: instrument.scale.notApplicable.label.fr },
        ],
      })),
  })),
};

const files = {
  '/partenariat.js': read('dist/partenariat.js'),
  '/lit-radios.js': await bundle('bench/lit-radios.ts'),
  '/plain-radios.js': await bundle('bench/plain-radios.ts'),
  '/answer-page.js': await bundle('bench/answer-page.ts'),
  '/scale-page.js': await bundle('bench/scale-page.ts'),
  '/radar-compare.js': await bundle('bench/radar-compare.ts'),
  '/chartjs-radar.js': await bundle('bench/chartjs-radar.ts'),
  '/summary-page.js': await bundle('bench/summary-page.ts'),
  '/partenariat-summary.js': read('dist/partenariat-summary.js'),
  '/survey.core.min.js': read('node_modules/survey-core/survey.core.min.js'),
  '/survey-js-ui.min.js': read('node_modules/survey-js-ui/survey-js-ui.min.js'),
  '/survey-core.min.css': read('node_modules/survey-core/survey-core.min.css'),
};

const waitForRadios = (find) => `<script type="module">
  const count = () => ${find};
  const check = () => { if (count() >= ${radios}) window.__done = performance.now(); else requestAnimationFrame(check); };
  check();
</script>`;
const html = (head, body) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const shadowRadios = (tag) => `document.querySelector('${tag}')?.shadowRoot?.querySelectorAll('input[type=radio]').length ?? 0`;
const firstRender = {
  ours: html('', `<partenariat-checklist layout="single" autosave="off"></partenariat-checklist><script type="module" src="/partenariat.js"></script>${waitForRadios(shadowRadios('partenariat-checklist'))}`),
  surveyjs: html(
    '<link rel="stylesheet" href="/survey-core.min.css">',
    `<div id="survey"></div><script src="/survey.core.min.js"></script><script src="/survey-js-ui.min.js"></script>
     <script>SurveyUI.renderSurvey(new Survey.Model(${JSON.stringify(surveyJson)}), document.getElementById('survey'));</script>
     ${waitForRadios(`document.querySelectorAll('#survey input[type=radio]').length`)}`,
  ),
  lit: html('', `<lit-radios></lit-radios><script type="module" src="/lit-radios.js"></script>${waitForRadios(shadowRadios('lit-radios'))}`),
  plain: html('', `<div id="plain"></div><script type="module" src="/plain-radios.js"></script>${waitForRadios(`document.querySelectorAll('#plain input[type=radio]').length`)}`),
};
const pages = {
  ...Object.fromEntries(Object.entries(firstRender).map(([k, v]) => [`/${k}.html`, v])),
  '/answer.html': html('', `<partenariat-checklist id="c" layout="single" autosave="off"></partenariat-checklist><partenariat-radar for="c"></partenariat-radar><script type="module" src="/answer-page.js"></script>`),
  '/scale.html': html('', `<script type="module" src="/scale-page.js"></script>`),
  '/radar-ours.html': html('', `<div id="box" style="width: 700px"></div><script type="module" src="/radar-compare.js"></script>`),
  '/radar-chartjs.html': html('', `<div id="box" style="width: 700px"></div><script src="/chartjs-radar.js" type="module"></script><script type="module" src="/radar-compare.js"></script>`),
  '/summary.html': html('', `<script type="module" src="/summary-page.js"></script>`),
};
// The summary page under a strict CSP, as the collector's admin page: no `new Function` for zod.
const headers = { '/summary.html': { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'" } };

const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
  if (files[path]) {
    res.writeHead(200, { 'content-type': type });
    return res.end(files[path]);
  }
  if (pages[path]) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers[path] });
    return res.end(pages[path]);
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** Opens `path` in a new context (a cold load, no cache) and gives `measure(tab)`. */
async function cold(path, measure) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    await tab.goto(origin + path);
    return await measure(tab);
  } finally {
    await context.close();
  }
}
const log = (line) => process.stderr.write(`${line}\n`);

const render = {};
const answers = [];
const scale = {};
const radar = {};
const summary = { aggregate: {}, render: [] };
try {
  log('summary…');
  for (let run = 0; run < RUNS; run++) {
    for (const count of [1000, 10000]) {
      summary.aggregate[count] ??= [];
      summary.aggregate[count].push(await cold(`/summary.html?results=${count}`, async (tab) => {
        await tab.waitForFunction(() => typeof window.__aggregate === 'function', null, { timeout: 60000 });
        return tab.evaluate(() => window.__aggregate());
      }));
    }
    summary.render.push(await cold('/summary.html?results=10000', async (tab) => {
      await tab.waitForFunction(() => typeof window.__render === 'function', null, { timeout: 60000 });
      return tab.evaluate(() => window.__render());
    }));
  }
  if (ONLY === 'summary') throw 'done';
  log('first render…');
  for (let run = 0; run <= RUNS; run++) {
    // The pages take turns, in reverse order every other run, so that none always goes first.
    const names = Object.keys(firstRender);
    for (const name of run % 2 ? names.reverse() : names) {
      const t = await cold(`/${name}.html`, async (tab) => {
        await tab.waitForFunction(() => window.__done !== undefined, null, { timeout: 20000 });
        await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000 });
        return tab.evaluate(() => ({ dom: window.__done, paint: performance.getEntriesByName('first-contentful-paint')[0].startTime }));
      });
      if (run === 0) continue; // warming the browser up
      (render[name] ??= { dom: [], paint: [] }).dom.push(t.dom);
      render[name].paint.push(t.paint);
    }
  }
  log('answers…');
  for (let run = 0; run < 3; run++) {
    answers.push(...(await cold('/answer.html', async (tab) => {
      await tab.waitForFunction(() => window.__answers !== undefined, null, { timeout: 30000 });
      return tab.evaluate(() => window.__answers);
    })));
  }
  log('scale…');
  for (const count of [10, 100, 1000]) {
    for (let run = 0; run < Math.max(3, Math.round(RUNS / 3)); run++) {
      const result = await cold(`/scale.html?items=${count}`, async (tab) => {
        const cdp = await tab.context().newCDPSession(tab);
        await tab.waitForFunction(() => typeof window.__go === 'function');
        await cdp.send('HeapProfiler.collectGarbage');
        const before = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        const ms = await tab.evaluate(() => window.__go());
        await cdp.send('HeapProfiler.collectGarbage');
        const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        return { ms, heap: after - before };
      });
      (scale[count] ??= { ms: [], heap: [] }).ms.push(result.ms);
      scale[count].heap.push(result.heap);
    }
  }
  log('radars…');
  for (const [axes, series] of [[4, 1], [4, 10], [12, 1], [12, 10]]) {
    for (const kind of ['ours', 'chartjs']) {
      for (let run = 0; run < RUNS; run++) {
        const t = await cold(`/radar-${kind}.html?kind=${kind}&axes=${axes}&series=${series}`, async (tab) => {
          await tab.waitForFunction(() => window.__t !== undefined, null, { timeout: 10000 });
          return tab.evaluate(() => window.__t);
        });
        (radar[`${axes}×${series}`] ??= { ours: [], chartjs: [] })[kind].push(t);
      }
    }
  }
} catch (error) {
  if (error !== 'done') throw error;
} finally {
  await browser.close();
  server.close();
}

// ---- sizes ----
const size = (buffers) => ({
  min: buffers.reduce((n, b) => n + b.length, 0),
  gzip: buffers.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  brotli: buffers.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
});
const summaryFile = size([files['/partenariat-summary.js']]);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const summaryLines = [
  '## Group summary (`<partenariat-summary>`, `aggregate()`)',
  '',
  `Fictitious results of the default questionnaire (the demo’s generator, fixed seed), grouped by kind of organization; ` +
    `the page under a strict CSP (\`script-src 'self'\`), as the collector’s admin page, so zod runs without its JIT. ` +
    `Each figure the median of ${RUNS} cold loads; the results are made before the clock starts.`,
  '',
  '| what | median | min | max | target |',
  '|---|---:|---:|---:|---:|',
  ...[1000, 10000].map((count) => {
    const t = summary.aggregate[count];
    return `| \`aggregate()\` of ${count.toLocaleString('en')} results | ${ms(median(t))} | ${ms(Math.min(...t))} | ${ms(Math.max(...t))} | ${count === 10000 ? '≤ 150 ms' : ''} |`;
  }),
  `| \`<partenariat-summary>\` of 10,000 results, to every view in the DOM and a frame | ${ms(median(summary.render))} | ` +
    `${ms(Math.min(...summary.render))} | ${ms(Math.max(...summary.render))} | ≤ 300 ms |`,
  '',
  '| file | minified | gzip | brotli |',
  '|---|---:|---:|---:|',
  `| \`dist/partenariat-summary.js\` (the file a page loads for the summary) | ${kb(summaryFile.min)} | ${kb(summaryFile.gzip)} | ${kb(summaryFile.brotli)} |`,
  '',
];
if (ONLY === 'summary') {
  console.log(summaryLines.join('\n'));
  process.exit(0);
}
const ours = size([files['/partenariat.js']]);
const survey = size([files['/survey.core.min.js'], files['/survey-js-ui.min.js'], files['/survey-core.min.css']]);
const chartjs = size([files['/chartjs-radar.js']]);
const withoutRadar = size([await bundle('bench/without-radar.ts')]);
const withRadar = size([await bundle('src/index.ts')]);
// The library's code without the default questionnaire's text, to compare like with like: SurveyJS's
// files hold no questionnaire either (its page carries the questions as JSON besides).
const withoutText = size([
  await bundle('src/index.ts', [{
    name: 'no-default-text',
    setup(b) {
      b.onLoad({ filter: /instruments[\\/]default\.ts$/ }, () => ({
        loader: 'ts',
        contents: "export const defaultInstrument = { format: 'partenariat-instrument', id: 'x', version: '1', title: { fr: 'x' }, " +
          "scale: { choices: [{ value: 1, label: { fr: 'x' } }, { value: 2, label: { fr: 'y' } }] }, sections: [{ id: 's', title: { fr: 'x' } }], " +
          "items: [{ id: 'i', section: 's', text: { fr: 'x' } }] };",
      }));
    },
  }]),
]);
const surveyJsonSize = size([Buffer.from(JSON.stringify(surveyJson))]);

// What the library holds: the minified bytes of each part, from esbuild's account of a bundle of
// the same entry (Vite's dist/partenariat.js differs from it by a few KB).
const parts = await (async () => {
  const { metafile } = await bundle('src/index.ts', [], true);
  const groups = [
    ['the default questionnaire (French and English)', /src\/instruments\//],
    ['zod (zod/mini)', /node_modules\/zod\//],
    ['Lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
    ['@lit/localize', /node_modules\/@lit\/localize\//],
    ['English interface messages', /src\/generated\/locales\//],
    ['our CSS', /styles\.ts$/],
    ['our schemas', /src\/schema\//],
    ['our elements’ code', /src\//],
  ];
  const totals = new Map(groups.map(([name]) => [name, 0]));
  const [output] = Object.values(metafile.outputs);
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groups.find(([, re]) => re.test(path))?.[0] ?? 'our elements’ code';
    totals.set(group, totals.get(group) + bytesInOutput);
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals].map(([name, bytes]) => ({ name, bytes, share: bytes / all }));
})();

const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const sizeRow = (name, s) => `| ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
const dom = Object.fromEntries(Object.entries(render).map(([k, v]) => [k, median(v.dom)]));
const paint = Object.fromEntries(Object.entries(render).map(([k, v]) => [k, median(v.paint)]));
const growth = median(scale[1000].ms) / median(scale[100].ms);

const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} in one run: Debian’s Chromium, headless, pages served from 127.0.0.1, ` +
    `each figure the median of ${RUNS} cold loads (a new browser context each time) unless said otherwise. KB = 1,000 bytes; ` +
    'compressed sizes at gzip level 9 and brotli quality 11, each file compressed on its own as a server would send it.',
  '',
  '## Payload',
  '',
  '| what a page loads | minified | gzip | brotli |',
  '|---|---:|---:|---:|',
  sizeRow('`dist/partenariat.js` (the three elements, Lit, localization, schemas, the default questionnaire)', ours),
  sizeRow('SurveyJS 2.5 (survey-core + survey-js-ui + survey-core.min.css)', survey),
  sizeRow('Chart.js 4, only the radar registered', chartjs),
  sizeRow('SurveyJS + Chart.js radar', { min: survey.min + chartjs.min, gzip: survey.gzip + chartjs.gzip, brotli: survey.brotli + chartjs.brotli }),
  sizeRow('for comparison: our code without the default questionnaire’s text (built by esbuild)', withoutText),
  sizeRow('for comparison: the default questionnaire in SurveyJS’s JSON, French only', surveyJsonSize),
  '',
  `SurveyJS + Chart.js radar is **${ratio(survey.brotli + chartjs.brotli, ours.brotli)}** the brotli size of \`dist/partenariat.js\` ` +
    `(target: ≥ 10×; the budget of 30 KB brotli is ${ours.brotli <= 30000 ? 'met' : `missed by ${kb(ours.brotli - 30000)}`}). ` +
    `Code against code, without the questionnaire on either side, the ratio is ${ratio(survey.brotli + chartjs.brotli, withoutText.brotli)}.`,
  `The radar’s share of the library: ${kb(withRadar.brotli - withoutRadar.brotli)} brotli (${kb(withRadar.min - withoutRadar.min)} minified), ` +
    `against ${kb(chartjs.brotli)} for Chart.js’s radar.`,
  '',
  'What the library holds, in minified bytes, as esbuild counts them in a bundle of the same entry (brotli shrinks each part ' +
    'differently; as a rough guide, ' +
    `the whole file shrinks to ${((ours.brotli / ours.min) * 100).toFixed(0)}%):`,
  '',
  '| part | minified | share |',
  '|---|---:|---:|',
  ...parts.map((p) => `| ${p.name} | ${kb(p.bytes)} | ${(p.share * 100).toFixed(0)}% |`),
  '',
  `## First render of the default questionnaire (${items} items, ${radios} radios, all on one page)`,
  '',
  '| page | navigation → all questions in the DOM | first contentful paint |',
  '|---|---:|---:|',
  `| \`<partenariat-checklist layout="single">\` | ${ms(dom.ours)} | ${ms(paint.ours)} |`,
  `| SurveyJS, the same questions | ${ms(dom.surveyjs)} | ${ms(paint.surveyjs)} |`,
  `| hand-written page of the same radios, no library (the floor) | ${ms(dom.plain)} | ${ms(paint.plain)} |`,
  `| the same radios in a hand-written Lit element (what Lit alone adds) | ${ms(dom.lit)} | ${ms(paint.lit)} |`,
  '',
  `SurveyJS takes **${ratio(dom.surveyjs, dom.ours)}** our time to put the questions in the DOM (target: ≥ 5×); ` +
    `we take **${ratio(dom.ours, dom.plain)}** the hand-written floor (target: ≤ 1.3×), ` +
    `where a Lit element that renders nothing but the radios already takes ${ratio(dom.lit, dom.plain)}; ` +
    `to first paint, ${ratio(paint.ours, paint.plain)} the floor.`,
  '',
  '## An answer’s cost',
  '',
  `From a click on a radio to the updated result and the radar that follows it, both rendered: median **${ms(median(answers))}** ` +
    `over ${answers.length} answers on the default questionnaire (items with an impact dimension; min ${ms(Math.min(...answers))}, ` +
    `max ${ms(Math.max(...answers))}; target: under 4 ms).`,
  '',
  '## Scale',
  '',
  '| items (all on one page) | render (median) | heap after render |',
  '|---:|---:|---:|',
  ...[10, 100, 1000].map((n) => `| ${n} | ${ms(median(scale[n].ms))} | ${kb(median(scale[n].heap))} |`),
  '',
  `From 100 to 1,000 items the render time grows **${growth.toFixed(1)}×** for 10× the items (target: no faster than linear, ≤ 10×).`,
  '',
  '## Radar against Chart.js, same data (700 px wide, creation → drawn)',
  '',
  '| axes × series | `<partenariat-radar>` | Chart.js radar |',
  '|---|---:|---:|',
  ...Object.entries(radar).map(([k, v]) => `| ${k} | ${ms(median(v.ours))} | ${ms(median(v.chartjs))} |`),
  '',
  ...summaryLines,
];
writeFileSync(new URL('BENCHMARKS.md', root), lines.join('\n'));
console.log(lines.join('\n'));
