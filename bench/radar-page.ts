// A radar of 12 axes × 10 series, for the benchmark: the time from setting the data to the chart
// drawn (all markers in the DOM).
import '../src/partenariat-radar.js';
import type { PartenariatRadar } from '../src/components/radar/radar.js';

const axes = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, label: `Dimension numéro ${i + 1}` }));
const series = Array.from({ length: 10 }, (_, s) => ({
  label: `Série ${s + 1}`,
  values: Object.fromEntries(axes.map((a, i) => [a.id, (s * 13 + i * 29) % 101])),
}));
const el = document.createElement('partenariat-radar') as PartenariatRadar;
const start = performance.now();
el.axes = axes;
el.series = series;
document.body.append(el);
el.updateComplete.then(async () => {
  const markers = el.shadowRoot!.querySelectorAll('.marker').length;
  const ms = performance.now() - start;
  // Then a change of data on the chart already drawn (a live update).
  const again = performance.now();
  el.series = series.map((s) => ({ ...s, values: Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, 100 - v])) }));
  await el.updateComplete;
  (window as unknown as { __radar: object }).__radar = { ms, update: performance.now() - again, markers };
});
