import { ID_MAX_LENGTH, ID_PATTERN } from '../../schema/id.js';
import type { LocalizedText, Text } from '../../schema/text.js';
import type { RadarAxis, RadarSeries } from '../../schema/radar.js';

/**
 * The radar's data accepted at once when it is right (`acceptRadarData`): the axes and series as
 * the full check reads them (validate.ts, and the zod schemas RadarAxesSchema and
 * RadarSeriesListSchema), or `undefined` when anything in them is wrong. Only then does the radar
 * need the full check, which says what is wrong and where (check.ts, check-with-zod.ts).
 *
 * It accepts exactly what validate.ts and the schemas accept, and reads it the same:
 * test/radar-validate.test.ts runs them all on the same generated data.
 */

export type RadarData = { axes: RadarAxis[]; series: RadarSeries[]; issues?: undefined };

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text, trimmed and not blank, or `{fr, en}` of texts with one not blank. */
function text(value: unknown): Text | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  const out: LocalizedText = {};
  for (const key of ['fr', 'en'] as const) {
    const v = value[key];
    if (v !== undefined && typeof v !== 'string') return undefined;
    if (key in value) out[key] = v;
  }
  return out.fr?.trim() || out.en?.trim() ? out : undefined;
}

type Values = Record<string, number | null | undefined>;

/** Values by axis id in a plain object (not a Map, a Date…): each a finite number, `null` or missing. */
function values(value: unknown): Values | undefined {
  if (!isObject(value)) return undefined;
  const make = value.constructor;
  if (typeof make === 'function' && !(isObject(make.prototype) && Object.hasOwn(make.prototype, 'isPrototypeOf'))) return undefined;
  const out: Values = {};
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') return undefined;
    const v = value[key];
    if (!(v == null || (typeof v === 'number' && Number.isFinite(v)))) return undefined;
    out[key] = v;
  }
  return out;
}

/** The axes and series, read, when both are right (at most 10 series, axis ids unique). */
export function acceptRadarData(axesInput: unknown, seriesInput: unknown): RadarData | undefined {
  if (!Array.isArray(axesInput) || !Array.isArray(seriesInput) || seriesInput.length > 10) return undefined;
  const axes: RadarAxis[] = [];
  const seen = new Set<string>();
  for (const axis of axesInput) {
    if (!isObject(axis)) return undefined;
    const id = axis.id;
    const label = text(axis.label);
    if (typeof id !== 'string' || !ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH || seen.has(id) || !label) return undefined;
    seen.add(id);
    axes.push({ id, label });
  }
  const series: RadarSeries[] = [];
  for (const item of seriesInput) {
    if (!isObject(item)) return undefined;
    const label = text(item.label);
    const read = values(item.values);
    if (!label || !read) return undefined;
    const one: RadarSeries = { label, values: read };
    for (const key of ['low', 'high'] as const) {
      if (item[key] === undefined) continue;
      const band = values(item[key]);
      if (!band) return undefined;
      one[key] = band;
    }
    series.push(one);
  }
  return { axes, series };
}
