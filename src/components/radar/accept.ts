import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { addEnglish } from '../../internal/localize.js';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../schema/id.js';
import type { LocalizedText, Text } from '../../schema/text.js';
import type { RadarAxis, RadarSeries } from '../../schema/radar.js';
import type { PartenariatErrorDetail } from '../../events/events.js';

/**
 * The radar's data checked as RadarAxesSchema and RadarSeriesListSchema would, without zod: at
 * once when it is right (`acceptRadarData`); when it is not, by the full check (validate.ts),
 * which says what is wrong and where, in words, and which is loaded then, once for every radar of
 * the page. A page whose data is right never loads it (1.6 KB brotli, with its words and their
 * English, in the chunk that an app's bundler makes of it; the quick check costs 0.4 KB).
 *
 * The quick check accepts exactly what validate.ts accepts (and so the schemas), and reads it the
 * same: test/radar-validate.test.ts runs both on the same generated data. In the self-contained
 * files, which hold zod and the radar's schemas anyway, accept-full.ts takes this module's place
 * (vite.config.ts).
 */

export type RadarData = { axes: RadarAxis[]; series: RadarSeries[]; issues?: undefined };
type CheckRadarData = (axes: unknown, series: unknown) => RadarData | { issues: PartenariatErrorDetail['issues'] };

/** The full check once loaded; or its loading. */
let full: CheckRadarData | Promise<void> | undefined;

/**
 * The full check, given what it takes from the code already loaded (validate.ts says why): `msg`
 * (as an element has installed it: a radar asks), `str` and the rule of ids; its words' English
 * is added to the elements'.
 */
async function loadCheck(): Promise<CheckRadarData> {
  const { checkRadarData, english } = await import('./validate.js');
  addEnglish(english);
  const loaded = { msg, str, idPattern: ID_PATTERN, idMaxLength: ID_MAX_LENGTH };
  return (axes, series) => checkRadarData(axes, series, loaded);
}

/**
 * The axes and series as read, or what is wrong with them; or, the first time data is refused,
 * the loading of the full check, after which the radar asks again. If it cannot be loaded (the
 * network is gone), refused data is said to be wrong, without details.
 */
export function checkRadar(axesInput: unknown, seriesInput: unknown): ReturnType<CheckRadarData> | Promise<void> {
  const data = acceptRadarData(axesInput, seriesInput);
  if (data) return data;
  if (typeof full === 'function') return full(axesInput, seriesInput);
  full ??= loadCheck().then(
    (check) => {
      full = check;
    },
    () => {
      full = () => ({ issues: [] });
    },
  );
  return full;
}

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
