// The summary of N fictitious results of the default questionnaire (N from the page's ?results=):
// `__aggregate()` times aggregate() alone, `__render()` the element from its `results` to every
// view in the DOM (bands, radar, tables, highlights, groups, the items) and a frame. The results
// are made before the clock starts. The benchmark serves this page under a strict CSP, as the
// collector's admin page is: zod cannot compile its checks there (no `new Function`).
import '../src/partenariat-summary.js';
import { aggregate } from '../src/components/summary/aggregate.js';
import { defaultInstrument } from '../src/instruments/default.js';
import { fictitiousResults } from '../demo/fictitious.js';
import type { PartenariatSummary } from '../src/components/summary/summary.js';

const count = Number(new URLSearchParams(location.search).get('results'));
// The demo's mix of kinds of organization, at scale.
const mix: Array<[string, number]> = [
  ['association-locataires', 0.45], ['organisme-communautaire', 0.225], ['obnl-habitation', 0.15], ['office-habitation', 0.125],
  ['cooperative-habitation', 0.03], ['ccr', 0.015], ['autre', 0.005],
];
const results = fictitiousResults(mix.map(([kind, share]) => [kind, Math.round(count * share)]));

(window as any).__aggregate = () => {
  const start = performance.now();
  const summary = aggregate(defaultInstrument, results, { groupBy: 'type-organisme' });
  const ms = performance.now() - start;
  if (summary.n !== results.length) throw new Error(`${summary.n} results counted of ${results.length}`);
  return ms;
};

(window as any).__render = async () => {
  const el = document.createElement('partenariat-summary') as PartenariatSummary;
  el.setAttribute('group-by', 'type-organisme');
  const start = performance.now();
  el.results = results;
  document.body.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const radar = root.querySelector('partenariat-radar') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  await radar?.updateComplete;
  const items = root.querySelectorAll('table.items tbody tr').length;
  const views = [radar?.shadowRoot?.querySelector('svg'), root.querySelector('[part="root"] ul'), root.querySelector('#groups-caption')];
  if (views.some((v) => !v) || items < defaultInstrument.items.length) throw new Error(`views missing: ${views.map(Boolean)}, ${items} item rows`);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
};
