/**
 * The radar's images (SVG, PNG), made from the chart as shown. The radar loads this module only
 * when a person asks for an image, so that an app's bundler puts it in a chunk of its own, which
 * a page fetches then and not before; the self-contained files hold it as they hold the rest.
 */
import type { Point } from './geometry.js';
import { downloadBlob } from '../../internal/download.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A series in the image's legend: its name, the dash of its line, the path of its marker at a
 * point (given by the radar, which draws them: this module takes nothing of its geometry).
 */
export interface LegendEntry {
  label: string;
  dash: string | undefined;
  marker: (at: Point) => string;
}
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
] as const;

/** A colour of the element's theme, resolved to `rgb(…)` (custom properties included). */
function resolveColor(root: ShadowRoot, value: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', value);
  root.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * A self-contained SVG document of the chart as shown (current language, colours and dashes
 * written out, no stylesheet needed), with its legend drawn underneath.
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  legend: LegendEntry[],
  root: ShadowRoot,
): { text: string; width: number; height: number; background: string } {
  const clone = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const copy = copies[i];
    copy.removeAttribute('class');
    copy.removeAttribute('part');
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value && value !== 'none' && value !== 'normal') copy.setAttribute(prop, value);
      else if (value === 'none' && (prop === 'fill' || prop === 'stroke')) copy.setAttribute(prop, 'none');
    }
  });
  const [, , width, chartHeight] = (chart.getAttribute('viewBox') ?? '0 0 480 480').split(' ').map(Number);
  const text = getComputedStyle(chart.querySelector('.axis-label') ?? chart);
  // The legend's text is as large as the axis labels, which follow the page's text size.
  const fontSize = Number.parseFloat(text.fontSize) || 14;
  const rowHeight = Math.max(24, fontSize * 1.7);
  const height = chartHeight + (legend.length > 1 ? legend.length * rowHeight + 16 : 0);
  if (legend.length > 1) {
    const group = document.createElementNS(SVG_NS, 'g');
    legend.forEach(({ label, dash, marker: markerAt }, row) => {
      const y = chartHeight + 16 + row * rowHeight + rowHeight / 2;
      const series = chart.querySelector(`.s${row + 1} .series-line`);
      const color = series ? getComputedStyle(series).stroke : '#000';
      const line = document.createElementNS(SVG_NS, 'line');
      for (const [k, v] of Object.entries({ x1: 16, y1: y, x2: 56, y2: y, stroke: color, 'stroke-width': 2.5 })) line.setAttribute(k, String(v));
      if (dash) line.setAttribute('stroke-dasharray', dash);
      const marker = document.createElementNS(SVG_NS, 'path');
      marker.setAttribute('d', markerAt({ x: 36, y }));
      marker.setAttribute('fill', color);
      const caption = document.createElementNS(SVG_NS, 'text');
      for (const [k, v] of Object.entries({ x: 66, y: y + fontSize / 3, fill: text.fill, 'font-family': text.fontFamily, 'font-size': fontSize })) caption.setAttribute(k, String(v));
      caption.textContent = label;
      group.append(line, marker, caption);
    });
    clone.append(group);
  }
  const background = resolveColor(root, 'var(--_surface)');
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: 0, y: 0, width, height, fill: background })) backdrop.setAttribute(k, String(v));
  clone.insertBefore(backdrop, clone.querySelector('title')?.nextSibling?.nextSibling ?? clone.firstChild);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // A file of its own is named by its `<title>` and described by its `<desc>`.
  clone.removeAttribute('aria-labelledby');
  clone.removeAttribute('aria-describedby');
  clone.setAttribute('role', 'img');
  return {
    // Without the comments that mark where the element's template puts its values (inside the
    // title, say): the file is the chart alone. A text's own `<` is written `&lt;`.
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone).replace(/<!--[^]*?-->/g, '')}`,
    width,
    height,
    background,
  };
}

/** Draws an SVG document onto a canvas at twice its size and gives it back as a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, background: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Offers the chart to the person as an image file, `<name>.svg` or `<name>.png`, with `legend`
 * drawn under it. Rejects when the page cannot make the PNG.
 */
export async function downloadImage(kind: 'svg' | 'png', chart: SVGSVGElement, legend: LegendEntry[], root: ShadowRoot, name: string): Promise<void> {
  const source = standaloneSvg(chart, legend, root);
  const image = kind === 'svg' ? new Blob([source.text], { type: 'image/svg+xml' }) : await svgToPng(source.text, source.width, source.height, source.background);
  downloadBlob(root, image, `${name}.${kind}`);
}
