/** Pure geometry of the radar: no DOM. Angles in radians, the first axis at the top, clockwise. */

export interface Point {
  x: number;
  y: number;
}

export const MIN_AXES = 3;
export const MAX_AXES = 12;

/** The angle of axis `index` of `count`: the first at the top, then clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function polar(center: Point, radius: number, angle: number): Point {
  return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
}

/** `value` brought within `[min, max]`, and whether it had to be. */
export function clamp(value: number, min: number, max: number): { value: number; clamped: boolean } {
  if (value < min) return { value: min, clamped: true };
  if (value > max) return { value: max, clamped: true };
  return { value, clamped: false };
}

/** The distance from the centre of `value` on a scale from `min` (centre) to `max` (`radius`). */
export function valueRadius(value: number, min: number, max: number, radius: number): number {
  return ((clamp(value, min, max).value - min) / (max - min)) * radius;
}

/** The values of the grid rings: `count` steps from `min` (excluded) to `max`. */
export function ringValues(min: number, max: number, count = 4): number[] {
  return Array.from({ length: count }, (_, i) => min + ((max - min) * (i + 1)) / count);
}

/**
 * Splits a label into lines of at most `maxChars` characters, at spaces only: a word is never
 * cut, even when it alone is longer than a line.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  return wrapToWidth(text, maxChars, (line) => line.length);
}

/**
 * Splits a label into lines no wider than `maxWidth` as `measure` gives it, at spaces only: a
 * word is never cut, even when it alone is wider than a line.
 */
export function wrapToWidth(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (!line) line = word;
    else if (measure(`${line} ${word}`) <= maxWidth) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export type Anchor = 'start' | 'middle' | 'end';

/**
 * Where a label goes around its axis end: text anchored away from the chart horizontally, and
 * its block of lines above the point at the top, below it at the bottom, centred on the sides.
 */
export function labelPlacement(angle: number): { anchor: Anchor; vertical: 'above' | 'center' | 'below' } {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const anchor: Anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
  const vertical = sin < -0.6 ? 'above' : sin > 0.6 ? 'below' : 'center';
  return { anchor, vertical };
}

export interface LabelLayout {
  lines: string[];
  x: number;
  /** The baseline of the first line. */
  y: number;
  anchor: Anchor;
}

export interface RadarLayout {
  width: number;
  height: number;
  center: Point;
  radius: number;
  fontSize: number;
  lineHeight: number;
  labels: LabelLayout[];
}

/** A rough width of `chars` characters of a sans-serif font (no DOM measurement needed). */
export const textWidth = (chars: number, fontSize: number) => chars * fontSize * 0.56;

/** The width of `text` at `fontSize` pixels: measured by the element, or estimated. */
export type Measure = (text: string, fontSize: number) => number;

/** The estimate used when nothing can measure text. */
export const estimateWidth: Measure = (text, fontSize) => textWidth(text.length, fontSize);

/** Line height of the labels, in ems; the first baseline sits 1 em below the block's top. */
const LINE_HEIGHT = 1.3;

/** Smallest the labels may get, in pixels, and then only so that none is cut at the box's edge. */
const SMALLEST_FONT = 8;

/**
 * Lays out a radar of `labels.length` axes in a box `width` wide (in CSS pixels, so that text keeps
 * its size from a phone to a projector), with labels of `fontSize` pixels (the element derives it
 * from its own text size, so that labels grow with the text the person has chosen): the labels
 * wrap to fit, and the radius is what is left.
 *
 * On a narrow box the labels get smaller to leave the chart room, down to 10/14 of `fontSize`
 * (10 px of 14); below that only if a label would otherwise leave the box.
 */
export function layoutRadar(labels: string[], width: number, fontSize = 14, measure: Measure = estimateWidth): RadarLayout {
  const floor = (fontSize * 10) / 14;
  let layout = layoutAt(labels, width, fontSize, measure);
  while (layout.cramped && layout.fontSize - 1 >= floor) layout = layoutAt(labels, width, layout.fontSize - 1, measure);
  while (layout.clipped && layout.fontSize - 1 >= SMALLEST_FONT) layout = layoutAt(labels, width, layout.fontSize - 1, measure);
  const { cramped: _, clipped: __, ...rest } = layout;
  return rest;
}

function layoutAt(
  labels: string[],
  width: number,
  fontSize: number,
  measure: Measure,
): RadarLayout & { cramped: boolean; clipped: boolean } {
  const count = labels.length;
  const lineHeight = fontSize * LINE_HEIGHT;
  const gap = fontSize * 0.6;
  const maxLine = Math.max(textWidth(8, fontSize), Math.min(textWidth(22, fontSize), width * 0.24));
  const wrapped = labels.map((label) => wrapToWidth(label, maxLine, (line) => measure(line, fontSize)));
  const blockWidth = (lines: string[]) => Math.max(...lines.map((l) => measure(l, fontSize)));

  // Room each side needs for its labels.
  let left = 0;
  let right = 0;
  let top = 0;
  let bottom = 0;
  wrapped.forEach((lines, i) => {
    const angle = axisAngle(i, count);
    const { anchor, vertical } = labelPlacement(angle);
    const w = blockWidth(lines) + gap;
    const h = lines.length * lineHeight + gap;
    if (anchor === 'start') right = Math.max(right, w);
    else if (anchor === 'end') left = Math.max(left, w);
    else {
      left = Math.max(left, w / 2);
      right = Math.max(right, w / 2);
    }
    if (vertical === 'above') top = Math.max(top, h);
    else if (vertical === 'below') bottom = Math.max(bottom, h);
    else {
      top = Math.max(top, h / 2);
      bottom = Math.max(bottom, h / 2);
    }
  });
  const side = Math.max(left, right);
  const room = (width - 2 * side) / 2;
  const radius = Math.max(40, Math.min(room, 320));
  const vertical = Math.max(top, bottom, fontSize);
  const center = { x: width / 2, y: vertical + radius };
  const height = 2 * vertical + 2 * radius;

  const placed = wrapped.map((lines, i) => {
    const angle = axisAngle(i, count);
    const { anchor, vertical: v } = labelPlacement(angle);
    const end = polar(center, radius + gap, angle);
    const block = lines.length * lineHeight;
    const top = v === 'above' ? end.y - block : v === 'below' ? end.y : end.y - block / 2;
    // The first baseline 1 em below the block's top leaves room above for the tallest ascents
    // (accented capitals) and 0.3 em below the last for descents.
    return { lines, x: end.x, y: top + fontSize, anchor };
  });
  return {
    width,
    height,
    center,
    radius,
    fontSize,
    lineHeight,
    labels: placed,
    cramped: room < Math.max(40, width * 0.18),
    clipped: room < 40,
  };
}

/**
 * The SVG path of a series: straight segments between consecutive axes that have a value, broken
 * where one is missing; closed only when none is.
 */
export function seriesPath(points: Array<Point | null>): string {
  const n = points.length;
  if (points.every((p) => p !== null)) return ring(points as Point[]);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = points[i];
    const b = points[(i + 1) % n];
    if (a && b && !(i === n - 1 && n < 2)) parts.push(`M${fmt(a.x)} ${fmt(a.y)} L${fmt(b.x)} ${fmt(b.y)}`);
  }
  return parts.join(' ');
}

/** A closed path through `points`. */
const ring = (points: Point[]) => `${points.map((p, i) => `${i ? 'L' : 'M'}${fmt(p.x)} ${fmt(p.y)}`).join(' ')} Z`;

/** The SVG path of a band between two rings of points (low inside, high outside). */
export function bandPath(low: Point[], high: Point[]): string {
  return `${ring(high)} ${ring([...low].reverse())}`;
}

/** A marker of shape `index` (0–9) of half-size `r` at `p`, as an SVG path. */
export function markerPath(index: number, p: Point, r: number): string {
  const { x, y } = p;
  const poly = (pts: Array<[number, number]>) => ring(pts.map(([dx, dy]) => ({ x: x + dx, y: y + dy })));
  // The points of a quarter, then the same turned by a quarter turn, three times (square, plus, x).
  const fourfold = (quarter: Array<[number, number]>) => {
    const pts = [...quarter];
    for (let k = 0; k < 3; k++) pts.push(...pts.slice(-quarter.length).map(([dx, dy]): [number, number] => [-dy, dx]));
    return poly(pts);
  };
  const regular = (sides: number, rot: number, rr = r) =>
    poly(Array.from({ length: sides }, (_, i) => {
      const a = rot + (2 * Math.PI * i) / sides;
      return [rr * Math.cos(a), rr * Math.sin(a)] as [number, number];
    }));
  switch (index % 10) {
    case 0: // circle
      return `M${fmt(x - r)} ${fmt(y)} a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0 a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0 Z`;
    case 1: // square
      return fourfold([[-r * 0.85, -r * 0.85]]);
    case 2: // triangle
      return regular(3, -Math.PI / 2, r * 1.15);
    case 3: // diamond
      return regular(4, 0, r * 1.15);
    case 4: // triangle pointing down
      return regular(3, Math.PI / 2, r * 1.15);
    case 5: // plus
      return fourfold([[-r * 0.35, -r], [r * 0.35, -r], [r * 0.35, -r * 0.35]]);
    case 6: // star
      return poly(Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const rr = i % 2 ? r * 0.5 : r * 1.2;
        return [rr * Math.cos(a), rr * Math.sin(a)] as [number, number];
      }));
    case 7: // pentagon
      return regular(5, -Math.PI / 2, r * 1.05);
    case 8: // hexagon
      return regular(6, 0, r * 1.05);
    default: // an x
      return fourfold([[-r, -r * 0.55], [-r * 0.55, -r], [0, -r * 0.45]]);
  }
}

/** The names of the marker shapes, in `markerPath` order. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'plus', 'star', 'pentagon', 'hexagon', 'cross'];

/** Line dashes, one per series, so that series differ by more than colour. */
export const DASHES = ['', '8 4', '2 4', '10 4 2 4', '14 5', '4 4', '1 5', '10 3 2 3 2 3', '3 7', '16 4 4 4'];

/** A coordinate as the SVG writes it: to a tenth of a pixel. */
export const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
