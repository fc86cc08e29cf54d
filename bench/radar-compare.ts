// Our radar and Chart.js's, drawn from the same data; the page reports the time each took.
import '../src/partenariat-radar.js';
import type { PartenariatRadar } from '../src/components/radar/radar.js';

type ChartCtor = new (canvas: HTMLCanvasElement, config: unknown) => unknown;
const params = new URLSearchParams(location.search);
const kind = params.get('kind');
const axesCount = Number(params.get('axes'));
const seriesCount = Number(params.get('series'));
const axes = Array.from({ length: axesCount }, (_, i) => ({ id: `a${i}`, label: `Dimension ${i + 1}` }));
const series = Array.from({ length: seriesCount }, (_, s) => ({
  label: `Série ${s + 1}`,
  values: Object.fromEntries(axes.map((a, i) => [a.id, (s * 13 + i * 29) % 101])),
}));
const box = document.getElementById('box')!;
const start = performance.now();
if (kind === 'ours') {
  const el = document.createElement('partenariat-radar') as PartenariatRadar;
  el.axes = axes;
  el.series = series;
  box.append(el);
  el.updateComplete.then(() => requestAnimationFrame(() => ((window as any).__t = performance.now() - start)));
} else {
  const canvas = document.createElement('canvas');
  box.append(canvas);
  const Chart = (window as unknown as { Chart: ChartCtor }).Chart;
  new Chart(canvas, {
    type: 'radar',
    data: {
      labels: axes.map((a) => a.label),
      datasets: series.map((s) => ({ label: s.label, data: axes.map((a) => s.values[a.id]) })),
    },
    options: { animation: false, responsive: true, scales: { r: { min: 0, max: 100 } } },
  });
  requestAnimationFrame(() => ((window as any).__t = performance.now() - start));
}
