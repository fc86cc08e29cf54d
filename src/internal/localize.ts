import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { isStrTagged, joinStringsAndValues, type StrResult } from '@lit/localize/internal/str-tag.js';
import type { MsgFn } from '@lit/localize';
import type { Locale } from '../schema/text.js';

/**
 * Localization of the elements' own strings (`msg()` calls, XLIFF in `locales/`).
 *
 * Several elements on one page may speak different languages (each follows its own `lang`,
 * else the page's), so the locale is chosen per render rather than once for the page: an
 * element renders inside `inLocale()`, and our `msg()` implementation reads it. If the page
 * has already configured @lit/localize itself, we leave its configuration alone and our
 * strings follow the page's.
 *
 * The sources take `msg` and `str` from @lit/localize's own modules (`init/install.js`,
 * `internal/str-tag.js`), not from its index: the index has no `sideEffects` flag, so an app's
 * bundler that meets it keeps the top-level code of the runtime we do not use (about 0.2 KB
 * brotli in an app that imports the radar alone). The extractor knows `msg` and `str` by type,
 * wherever they come from.
 */
let renderLocale: Locale = 'fr';
/**
 * The English of the messages loaded so far: each folder of sources adds its own when it loads
 * (src/generated/locales/en-<folder>.ts, made by scripts/split-english.mjs), and the summary its
 * catalogue, so that an app importing one element carries that element's English only.
 */
type English = string | StrResult;
let english: Record<string, English> = {};

/** Adds English messages, by id. */
export function addEnglish(templates: Record<string, unknown>): void {
  english = { ...english, ...(templates as Record<string, English>) };
}

/**
 * `msg()` as @lit/localize's runtime mode answers it, for messages that all have an explicit id
 * (split-english.mjs fails on one that has not): the English by id, else the French source.
 * Looking messages up by id alone spares the code that makes an id from a message's text.
 */
const ourMsg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = renderLocale === 'en' && options?.id ? english[options.id] : undefined;
  // The French source as it is (not through @lit/localize's own identity `msg`, which its
  // extractor would take for a message without text).
  if (!localized) return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
  // `str` English holds, in place of each value, its rank among the French message's values.
  return typeof localized === 'string'
    ? localized
    : joinStringsAndValues(localized.strings, (template as StrResult).values, localized.values as number[]);
}) as MsgFn;
let installed: 'ours' | 'page' | undefined;

export function installLocalization(): void {
  if (installed) return;
  try {
    _installMsgImplementation(ourMsg);
    installed = 'ours';
  } catch {
    installed = 'page';
  }
}

/** Runs `fn` (a render) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: Locale, fn: () => T): T {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return fn();
  } finally {
    renderLocale = previous;
  }
}

/** `fr` for `fr`, `fr-CA`…, `en` for `en`, `en-CA`…; French otherwise. */
export function toLocale(lang: string | null | undefined): Locale {
  return /^en\b/i.test(lang ?? '') ? 'en' : 'fr';
}

/** The locale of an element: its own `lang`, else its nearest ancestor's, else the page's. */
export function localeOf(element: Element): Locale {
  const owner = element.closest('[lang]') ?? element.ownerDocument.documentElement;
  return toLocale(owner.getAttribute('lang'));
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the page (the page's
 * language switch, or an ancestor's). Returns the function that stops listening.
 */
export function onPageLangChange(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Number formatting through `Intl`, in the element's locale (formatters are made once and kept). */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(percent: number, locale: Locale): string {
  return formatNumber(percent / 100, locale, { style: 'percent', maximumFractionDigits: 1 });
}

const MONTHS: Record<Locale, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A day in words, in the device's time zone: « 1er février 2027 », “February 1, 2027”. Written out
 * rather than through `Intl.DateTimeFormat`, whose first making costs a page tens of milliseconds
 * (the summary's first render); a value that is not a date is given back as it is.
 */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.getDate();
  const month = MONTHS[locale][date.getMonth()];
  return locale === 'fr' ? `${day === 1 ? '1er' : day}\u00a0${month} ${date.getFullYear()}` : `${month} ${day}, ${date.getFullYear()}`;
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * `one()` or `other()`, by the plural rules of `locale`: in French, 0 and 1 (and what lies between)
 * are singular; in English, 1 alone. These are the CLDR rules of both languages reduced to the two
 * forms the messages have; written out, they spare the first render the making of an
 * `Intl.PluralRules`, which costs more than the rest of the progress line.
 */
export function plural<T>(locale: Locale, count: number, one: () => T, other: () => T): T {
  return (locale === 'fr' ? Math.abs(count) < 2 : count === 1) ? one() : other();
}
