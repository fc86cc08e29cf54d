import { fixture, html, expect } from '@open-wc/testing';
import type { Instrument } from '../src/schema/instrument.js';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import type { PartenariatErrorEvent, PartenariatSubmitEvent } from '../src/events/events.js';
import '../src/partenariat-checklist.js';

/**
 * Shared test helpers. Importing this module also fails any test during which Lit (in its
 * development build) printed a warning, such as an update scheduled after an update.
 */
const warnings: unknown[][] = [];
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => {
  const text = String(args[0] ?? '');
  // Said once per page by Lit's development build, not a problem of ours.
  if (!/Lit is in dev mode/.test(text)) warnings.push(args);
  originalWarn.apply(console, args);
};
beforeEach(() => {
  warnings.length = 0;
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  expect(warnings.map((w) => w.map(String).join(' ')), 'Lit warnings').to.deep.equal([]);
});

/** A small questionnaire whose scores are easy to compute by hand. */
export function miniInstrument(): Instrument {
  return {
    id: 'mini',
    version: '1',
    title: { fr: 'Mini questionnaire', en: 'Mini questionnaire EN' },
    scale: {
      choices: [
        { value: 1, label: { fr: 'Pas du tout', en: 'Not at all' } },
        { value: 2, label: { fr: 'Un peu', en: 'A little' } },
        { value: 3, label: { fr: 'En bonne partie', en: 'Mostly' } },
        { value: 4, label: { fr: 'Tout à fait', en: 'Completely' } },
      ],
      notApplicable: { label: { fr: 'Ne s’applique pas', en: 'Does not apply' } },
    },
    sections: [
      { id: 'a', title: { fr: 'Section A', en: 'Section A en' } },
      { id: 'b', title: { fr: 'Section B', en: 'Section B en' } },
    ],
    dimensions: [
      { id: 'fin', label: { fr: 'Financier', en: 'Financial' } },
      { id: 'exp', label: { fr: 'Expertise', en: 'Expertise' } },
    ],
    items: [
      { id: 'a1', section: 'a', text: { fr: 'Énoncé A1', en: 'Statement A1' }, dimensions: ['fin'], recommendation: { fr: 'Conseil A1', en: 'Advice A1' } },
      { id: 'a2', section: 'a', text: { fr: 'Énoncé A2', en: 'Statement A2' }, dimensions: ['exp'], recommendation: { fr: 'Conseil A2', en: 'Advice A2' } },
      { id: 'b1', section: 'b', text: { fr: 'Énoncé B1', en: 'Statement B1' }, dimensions: ['fin'], recommendation: { fr: 'Conseil B1', en: 'Advice B1' } },
      { id: 'b2', section: 'b', text: { fr: 'Énoncé B2', en: 'Statement B2' }, recommendation: { fr: 'Conseil B2', en: 'Advice B2' } },
    ],
    bands: [
      { id: 'force', min: 75, label: { fr: 'Force', en: 'Strength' } },
      { id: 'a-discuter', min: 50, label: { fr: 'À discuter', en: 'To discuss' }, recommend: true },
      { id: 'a-travailler', min: 0, label: { fr: 'À travailler', en: 'To work on' }, recommend: true },
    ],
  };
}

export async function checklist(
  template = html`<partenariat-checklist .instrument=${miniInstrument()}></partenariat-checklist>`,
): Promise<PartenariatChecklist> {
  return fixture<PartenariatChecklist>(template);
}

/** The element's shadow root, typed. */
export const shadow = (el: Element) => el.shadowRoot!;

/** The visible text of the element's shadow root, with white space folded. */
export const textOf = (el: Element) => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose text is `label`. */
export function button(el: Element, label: string | RegExp): HTMLButtonElement {
  const found = [...shadow(el).querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!.trim()),
  );
  if (!found) throw new Error(`No button "${label}" in: ${[...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** Waits until the element has rendered its pending changes. */
export async function settle(el: PartenariatChecklist): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Clicks the buttons named `labels` one after the other, waiting for each render. */
export async function walk(el: PartenariatChecklist, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    button(el, label).click();
    await settle(el);
  }
}

/** Runs `fn` with a browser storage that refuses every read and write (full, or blocked). */
export async function withBrokenStorage<T>(fn: () => Promise<T>): Promise<T> {
  const { setItem, getItem } = Storage.prototype;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  Storage.prototype.getItem = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  try {
    return await fn();
  } finally {
    Storage.prototype.setItem = setItem;
    Storage.prototype.getItem = getItem;
  }
}

/** Runs `fn` with a browser storage that is full: every write throws; reads and removals still work. */
export async function withFullStorage<T>(fn: () => Promise<T>): Promise<T> {
  const { setItem } = Storage.prototype;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  try {
    return await fn();
  } finally {
    Storage.prototype.setItem = setItem;
  }
}

/** Waits until `check` is true (for fetches and other work outside Lit's update cycle). */
export async function until(check: () => boolean, what = 'condition', ms = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Collects the partenariat-error events fired while `run` creates an element (or several). */
export async function errorsDuring<T>(run: () => Promise<T>): Promise<{ el: T; errors: PartenariatErrorEvent['detail'][] }> {
  const errors: PartenariatErrorEvent['detail'][] = [];
  const listener = (e: Event) => errors.push((e as PartenariatErrorEvent).detail);
  document.addEventListener('partenariat-error', listener);
  try {
    const el = await run();
    return { el, errors };
  } finally {
    document.removeEventListener('partenariat-error', listener);
  }
}

/**
 * The downloads that `run` starts (it clicks a button): each link's file name and content. The
 * links are caught, not followed; it waits for the first, as an export may take a moment.
 */
export async function downloadsDuring(run: () => void): Promise<Array<{ name: string; blob: Blob }>> {
  const clicked: HTMLAnchorElement[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
  };
  try {
    run();
    await until(() => clicked.length > 0, 'a download');
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  return Promise.all(clicked.map(async (a) => ({ name: a.download, blob: await (await fetch(a.href)).blob() })));
}

/** Every `partenariat-submit` fired on the page from now on, until the end of the test file's suite. */
export function submits(): PartenariatSubmitEvent['detail'][] {
  const seen: PartenariatSubmitEvent['detail'][] = [];
  const listener = (e: Event) => seen.push((e as PartenariatSubmitEvent).detail);
  document.addEventListener('partenariat-submit', listener);
  after(() => document.removeEventListener('partenariat-submit', listener));
  return seen;
}

/** The cells of a CSV text (`separator` between cells, `"` around those that need it), rows run together. */
export function csvCells(csv: string, separator = ';'): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator || c === '\n') (cells.push(cell.replace(/\r$/, '')), (cell = ''));
    else cell += c;
  }
  cells.push(cell);
  return cells;
}
