import type * as z from 'zod/mini';
import type { LocalizedText, Text } from '../../schema/text.js';
import type { RadarAxis, RadarSeries } from '../../schema/radar.js';
import type { PartenariatErrorDetail } from '../../events/events.js';
import { describeIssue, formatPath, type Localizer } from '../../internal/issues.js';
import type { RadarData } from './quick-check.js';

/** The English of the words that say what is wrong, for the radar to add when it loads this module. */
export { english } from '../../generated/locales/en-internal.js';

/**
 * The radar's data checked without zod, so that a page or an app that uses the radar alone does
 * not carry it (about 6 KB brotli). The rules are those of `RadarAxesSchema` and
 * `RadarSeriesListSchema` (src/schema/radar.ts, which stay the published definition and the
 * source of the JSON Schema), and so are the problems found, in the same order, with the same
 * paths and codes, which `describeIssue` says in the same words. test/radar-validate.test.ts
 * checks both against each other on generated data.
 *
 * The radar loads this module only when its quick check (quick-check.ts) refuses the data, to say
 * what is wrong: `checkRadarData`. It imports nothing that the radar imports (an app's bundler
 * that splits code would put such a module in a file of its own, which every page would load):
 * what it needs of that code, the radar gives it (`Loaded`).
 */

/** What the full check takes from the code already loaded: `msg` and `str`, and the rule of ids (src/schema/id.ts). */
export interface Loaded extends Localizer {
  idPattern: RegExp;
  idMaxLength: number;
}

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];
/**
 * The problems found so far. `stop` marks those after which zod runs no further check of the
 * same value (a wrong type, mostly); a wrong type keeps the wrong value, as zod's `reportInput` does.
 */
type Found = Array<Issue & { stop?: boolean }>;

const add = (found: Found, path: Path, code: string, extra: object = {}, stop = false) =>
  found.push({ code, path, stop, ...extra } as unknown as Found[number]);
/** A value of the wrong type, kept (as zod keeps it with `reportInput`) so that a missing field and a wrong one are told apart. */
const wrongType = (found: Found, path: Path, expected: string, input: unknown) => add(found, path, 'invalid_type', { expected, input }, true);
const stopped = (found: Found) => found.some((i) => i.stop);
const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A maximum length, which zod checks on anything that has a length (in code points for a text). */
function maxLength(found: Found, path: Path, value: unknown, maximum: number): void {
  const length = value == null ? undefined : (value as { length?: unknown }).length;
  if (length === undefined) return;
  const size = typeof value === 'string' && value.length > maximum ? [...value].length : length;
  if (!((size as number) <= maximum)) add(found, path, 'too_big', { maximum });
}

function checkId(found: Found, path: Path, value: unknown, rule: Loaded): string {
  if (typeof value !== 'string') wrongType(found, path, 'string', value);
  else if (!rule.idPattern.test(value)) add(found, path, 'invalid_format');
  maxLength(found, path, value, rule.idMaxLength);
  return value as string;
}

/** A text (trimmed, not empty), or `{fr, en}` with at least one of them. */
function checkText(found: Found, path: Path, value: unknown): Text {
  if (typeof value === 'string') {
    const text = value.trim();
    // Only blank: zod tells it as a text too short.
    if (!text) add(found, path, 'too_small', { minimum: 1 });
    return text;
  }
  if (isObject(value)) {
    const asObject: Found = [];
    const text: LocalizedText = {};
    for (const key of ['fr', 'en'] as const) {
      const v = value[key];
      if (v !== undefined && typeof v !== 'string') wrongType(asObject, [...path, key], 'string', v);
      if (key in value) text[key] = v as string;
    }
    if (!asObject.length) {
      if (!(text.fr?.trim() || text.en?.trim())) add(found, path, 'custom', { params: { reason: 'text-missing' } });
      return text;
    }
  }
  // Neither a text nor a well-formed `{fr, en}`.
  add(found, path, 'invalid_union', {}, true);
  return value as Text;
}

type Values = Record<string, number | null | undefined>;

/** Values by axis id, in a plain object: each a finite number, `null` or missing. */
function checkValues(found: Found, path: Path, value: unknown): Values {
  const out: Values = {};
  const make = isObject(value) ? value.constructor : undefined;
  if (!isObject(value) || (typeof make === 'function' && !(isObject(make.prototype) && Object.hasOwn(make.prototype, 'isPrototypeOf')))) {
    wrongType(found, path, 'record', value);
    return out;
  }
  for (const key of Reflect.ownKeys(value)) {
    if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    if (typeof key === 'symbol') {
      // zod's own words, as the radar has no better ones for a key that cannot come from JSON.
      add(found, [...path, key], 'invalid_key', { message: 'Invalid input' }, true);
      continue;
    }
    const v = value[key];
    if (!(v == null || (typeof v === 'number' && Number.isFinite(v)))) wrongType(found, [...path, key], 'number', v);
    out[key] = v as number | null | undefined;
  }
  return out;
}

/** The problems of each item of a list, or the items as read. */
function checkList<T>(value: unknown, item: (found: Found, path: Path, value: Record<PropertyKey, unknown>) => T, maximum?: number) {
  const found: Found = [];
  const data: T[] = [];
  if (!Array.isArray(value)) wrongType(found, [], 'array', value);
  else
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (isObject(v)) data.push(item(found, [i], v));
      else wrongType(found, [i], 'object', v);
    }
  if (maximum) maxLength(found, [], value, maximum);
  return { found, data };
}

const outcome = <T>(found: Found, data: T[]): { data: T[]; issues?: undefined } | { issues: Issue[] } =>
  found.length ? { issues: found.map(({ stop: _, ...issue }) => issue as Issue) } : { data };

/** The axes as read, or their problems as RadarAxesSchema reports them. */
export function checkAxes(value: unknown, rule: Loaded) {
  const { found, data } = checkList<RadarAxis>(value, (found, path, axis) => ({
    id: checkId(found, [...path, 'id'], axis.id, rule),
    label: checkText(found, [...path, 'label'], axis.label),
  }));
  if (!stopped(found)) {
    const seen = new Set<string>();
    data.forEach((axis, i) => {
      if (seen.has(axis.id)) add(found, [i, 'id'], 'custom', { params: { reason: 'duplicate-id' } });
      seen.add(axis.id);
    });
  }
  return outcome(found, data);
}

/** The series as read, or their problems as RadarSeriesListSchema reports them (at most 10). */
export function checkSeries(value: unknown) {
  const { found, data } = checkList<RadarSeries>(
    value,
    (found, path, item) => {
      const series: RadarSeries = {
        label: checkText(found, [...path, 'label'], item.label),
        values: checkValues(found, [...path, 'values'], item.values),
      };
      for (const key of ['low', 'high'] as const) {
        if (item[key] !== undefined) series[key] = checkValues(found, [...path, key], item[key]);
      }
      return series;
    },
    10,
  );
  return outcome(found, data);
}

/**
 * The radar's axes and series as read, or what is wrong with them, said in the current locale
 * (call within `inLocale`), each where it is (`axes[3].id`, `series[0].values.a1`).
 */
export function checkRadarData(
  axesInput: unknown,
  seriesInput: unknown,
  loaded: Loaded,
): RadarData | { issues: PartenariatErrorDetail['issues'] } {
  const axes = checkAxes(axesInput, loaded);
  const series = checkSeries(seriesInput);
  if (!axes.issues && !series.issues) return { axes: axes.data, series: series.data };
  const said = (issues: Issue[] = [], root: string) =>
    issues.map((i) => ({ path: formatPath([root, ...i.path], loaded), message: describeIssue(i, loaded) }));
  return { issues: [...said(axes.issues, 'axes'), ...said(series.issues, 'series')] };
}
