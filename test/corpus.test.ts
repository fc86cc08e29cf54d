import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartenariatChecklist } from '../src/components/checklist/checklist.js';
import type { PartenariatRoles } from '../src/components/roles/roles.js';
import { roleTableToCsv } from '../src/components/roles/csv.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { RoleTable } from '../src/schema/roles.js';
import '../src/partenariat-roles.js';
import { csvCells, errorsDuring, miniInstrument, settle, shadow, until, walk } from './helpers.js';
import { norm, watchPage } from './watch-page.js';

/**
 * The corpus of bad input (test/corpus/, made by scripts/make-corpus.mjs) given to the elements:
 * each bad questionnaire gives a message in words and a `partenariat-error`, each bad saved
 * progress or role table is set aside and kept, and the script-injection payloads put in every
 * text field show as text and run nothing. The collector's suite gives it the same corpus.
 */

interface Case<E> {
  file: string;
  case: string;
  expect: E;
}
interface Index {
  payloads: string[];
  instruments: Case<{ code: string; path?: string }>[];
  roles: Case<{ code: string; path: string }>[];
  progress: Case<{ reason: 'corrupt' | 'other-version' }>[];
}

const BASE = '/test/corpus/';
const index: Index = await (await fetch(`${BASE}index.json`)).json();
const text = async (file: string) => (await fetch(BASE + file)).text();
/** A blob: address of the file's bytes as they are on disk (see corpusBytesPlugin). */
async function bytesUrl(file: string): Promise<string> {
  const base64 = (await executeServerCommand('corpus-bytes', { file })) as string;
  const url = URL.createObjectURL(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'application/json' }));
  after(() => URL.revokeObjectURL(url));
  return url;
}


/** Every element in `root` and in the shadow roots below it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
const deepText = (root: ParentNode) =>
  [...deep(root)].map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join('\n');
/** Elements a payload would have made: anything that runs script or loads a page, or an `on…` handler. */
const made = (root: ParentNode) =>
  [...deep(root)]
    .filter(
      (el) =>
        /^(script|iframe|object|embed|img|math|mglyph|frame|base|meta|link)$/i.test(el.localName) ||
        [...el.attributes].some((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)),
    )
    .map((el) => el.outerHTML.slice(0, 80));

const MESSAGES: Record<string, string> = {
  'instrument-invalid': 'Le questionnaire ne respecte pas le format attendu.',
  'instrument-json': 'Le fichier du questionnaire n’est pas du JSON valide.',
};

describe('the corpus of bad input, given to the elements', function () {
  this.timeout(60000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => page.restore());

  it(`has at least 40 bad questionnaires, 20 payloads, bad role tables and saved progress`, () => {
    expect(index.instruments.length).to.be.at.least(40);
    expect(index.payloads.length).to.be.at.least(20);
    expect(index.roles.length).to.be.at.least(20);
    expect(index.progress.length).to.be.at.least(15);
  });

  it('a bad questionnaire (fetched by src, or set as a property) gives a message in words and partenariat-error, never an exception', async () => {
    const failures: string[] = [];
    for (const c of index.instruments) {
      for (const how of ['src', 'property'] as const) {
        // As a property, null means « no questionnaire given » (the built-in one is shown).
        if (how === 'property' && (c.expect.code !== 'instrument-invalid' || JSON.parse(await text(c.file)) === null)) continue;
        const { el, errors } = await errorsDuring(async () => {
          const el =
            how === 'src'
              ? await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="off" src=${await bytesUrl(c.file)}></partenariat-checklist>`)
              : await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="off" .instrument=${JSON.parse(await text(c.file))}></partenariat-checklist>`);
          await until(() => Boolean(shadow(el).querySelector('[role="alert"]')), `the message of ${c.file}`, 5000);
          return el;
        });
        const alert = norm(shadow(el).querySelector('[role="alert"]')!.textContent);
        const what = `${c.file} (${how}: ${c.case})`;
        if (errors.map((e) => e.code).join() !== c.expect.code) failures.push(`${what}: events ${errors.map((e) => e.code).join()}`);
        if (!alert.includes(MESSAGES[c.expect.code])) failures.push(`${what}: message «${alert.slice(0, 120)}»`);
        if (c.expect.path && !errors[0]?.issues.some((i) => i.path === c.expect.path)) {
          failures.push(`${what}: no issue at ${c.expect.path} in ${JSON.stringify(errors[0]?.issues.slice(0, 3))}`);
        }
        if (c.expect.path && !alert.includes(c.expect.path)) failures.push(`${what}: the message does not name ${c.expect.path}`);
        // Nothing to answer: no question is shown.
        if (shadow(el).querySelector('input[type="radio"]')) failures.push(`${what}: questions shown`);
        el.remove();
      }
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('says it in English on an English page', async () => {
    const el = await fixture<PartenariatChecklist>(html`<div lang="en"><partenariat-checklist autosave="off" src=${`${BASE}${index.instruments[6].file}`}></partenariat-checklist></div>`);
    const checklist = el.querySelector('partenariat-checklist')!;
    await until(() => Boolean(shadow(checklist).querySelector('[role="alert"]')), 'the message', 5000);
    expect(norm(shadow(checklist).querySelector('[role="alert"]')!.textContent)).to.contain('This questionnaire cannot be shown');
  });

  it('bad saved progress is set aside, as it was, with its reason; the person starts again and is told', async () => {
    const KEY = 'partenariat:checklist:mini';
    // The corpus's base progress is taken back: the cases below differ from it by one thing.
    localStorage.setItem(KEY, await text('progress-base.json'));
    const base = await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`);
    expect(base.answers).to.deep.equal({ a1: 2 });
    base.remove();
    const failures: string[] = [];
    for (const c of index.progress) {
      localStorage.clear();
      const raw = await text(c.file);
      localStorage.setItem(KEY, raw);
      const { el, errors } = await errorsDuring(() =>
        fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" .instrument=${miniInstrument()}></partenariat-checklist>`),
      );
      await settle(el);
      const what = `${c.file} (${c.case})`;
      if (errors.map((e) => e.code).join() !== 'saved-data-set-aside') failures.push(`${what}: events ${errors.map((e) => e.code).join()}`);
      const said = norm(shadow(el).textContent);
      if (!said.includes(c.expect.reason === 'corrupt' ? 'étaient illisibles' : 'autre version de ce questionnaire')) failures.push(`${what}: not told`);
      const copies = JSON.parse(localStorage.getItem(`${KEY}:set-aside`) ?? '{"copies":[]}').copies as { reason: string; data: string }[];
      if (copies.length !== 1 || copies[0].data !== raw || copies[0].reason !== c.expect.reason) {
        failures.push(`${what}: set aside ${JSON.stringify(copies.map((x) => [x.reason, x.data.length]))}, expected [${c.expect.reason}, ${raw.length}]`);
      }
      if (Object.keys(el.answers).length) failures.push(`${what}: answers taken ${JSON.stringify(el.answers)}`);
      el.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('a bad role table, set as value or found saved, is refused in words and the table shown stays; saved copies are set aside', async () => {
    const KEY = 'partenariat:roles:default';
    const base = JSON.parse(await text('roles-base.json')) as RoleTable;
    const failures: string[] = [];
    for (const c of index.roles) {
      const raw = await text(c.file);
      const what = `${c.file} (${c.case})`;
      // As the page's value.
      const el = await fixture<PartenariatRoles>(html`<partenariat-roles autosave="off"></partenariat-roles>`);
      el.value = base;
      await el.updateComplete;
      const errors: string[] = [];
      const paths: string[] = [];
      el.addEventListener('partenariat-error', (e) => {
        errors.push(e.detail.code);
        paths.push(...e.detail.issues.map((i) => i.path));
      });
      el.value = JSON.parse(raw);
      await el.updateComplete;
      if (errors.join() !== c.expect.code) failures.push(`${what}: events ${errors.join()}`);
      if (!paths.includes(c.expect.path)) failures.push(`${what}: no issue at ${c.expect.path} in ${paths.slice(0, 3).join(', ')}`);
      if (!norm(shadow(el).querySelector('[role="alert"]')?.textContent).includes('le tableau affiché n’a pas changé')) failures.push(`${what}: not told`);
      if (JSON.stringify(el.value) !== JSON.stringify(base)) failures.push(`${what}: the table changed`);
      el.remove();
      // As what the browser had saved.
      sessionStorage.clear();
      sessionStorage.setItem(KEY, raw);
      const { el: restored, errors: restoreErrors } = await errorsDuring(() => fixture<PartenariatRoles>(html`<partenariat-roles></partenariat-roles>`));
      await restored.updateComplete;
      if (restoreErrors.map((e) => e.code).join() !== 'saved-data-set-aside') failures.push(`${what}: restore events ${restoreErrors.map((e) => e.code).join()}`);
      const copies = JSON.parse(sessionStorage.getItem(`${KEY}:set-aside`) ?? '{"copies":[]}').copies as { data: string }[];
      if (copies.length !== 1 || copies[0].data !== raw) failures.push(`${what}: not set aside as it was`);
      restored.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });
});

/** The mini questionnaire with every text, profile field and choice label replaced by `p`. */
function hostileInstrument(p: string): Instrument {
  const m = miniInstrument();
  return {
    ...m,
    title: p,
    description: p,
    scale: { choices: m.scale.choices.map((c) => ({ ...c, label: p })), notApplicable: { label: p } },
    sections: m.sections.map((s) => ({ ...s, title: { fr: p, en: p }, description: p })),
    dimensions: m.dimensions!.map((d) => ({ ...d, label: p, description: p })),
    items: m.items.map((i) => ({ ...i, text: p, help: p, recommendation: p, source: { document: p, passage: p } })),
    bands: m.bands.map((b) => ({ ...b, label: p, description: p })),
    profile: [
      { id: 'nom', type: 'text', label: p, help: p },
      { id: 'genre', type: 'choice', label: p, choices: [{ value: 'x', label: p }] },
    ],
  };
}

describe('script-injection payloads in every text field', function () {
  this.timeout(60000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => page.restore());

  it('questionnaire texts and profile values show as text through to the results, and nothing runs', async () => {
    const failures: string[] = [];
    for (const p of index.payloads) {
      localStorage.setItem(
        'partenariat:checklist:mini',
        JSON.stringify({
          format: 'partenariat-progress', version: 1, instrument: { id: 'mini', version: '1' }, id: 'hostile',
          startedAt: '2026-11-30T14:00:00.000Z', updatedAt: '2026-11-30T14:00:00.000Z', completedAt: null,
          answers: {}, profile: { nom: p },
        }),
      );
      const el = await fixture<PartenariatChecklist>(html`<partenariat-checklist autosave="local" .instrument=${hostileInstrument(p)}></partenariat-checklist>`);
      const seenText = new Set<string>();
      const look = () => {
        seenText.add(deepText(shadow(el)));
        failures.push(...made(shadow(el)).map((m) => `${JSON.stringify(p)}: ${m}`));
      };
      look();
      const profileInput = shadow(el).querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
      if (profileInput?.value !== p.replace(/[\r\n]/g, '')) failures.push(`${JSON.stringify(p)}: profile value shown as ${JSON.stringify(profileInput?.value)}`);
      el.answers = { a1: 1, a2: 2, b1: 'na', b2: 1 };
      for (const label of ['Commencer', 'Suivant', 'Terminer', 'Voir nos résultats']) {
        await walk(el, label);
        look();
      }
      expect(shadow(el).querySelector('[part="results"]'), 'the results').to.exist;
      // Shown as written: the payload's own characters are in the text of the page.
      const shown = [...seenText].join('\n');
      const trimmed = p.trim();
      if (!shown.includes(trimmed)) failures.push(`${JSON.stringify(p)}: not shown as text`);
      el.remove();
      localStorage.clear();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('role names, responsibilities, roles and the title show as text, nothing runs, and the CSV neutralizes formulas', async () => {
    const failures: string[] = [];
    for (const p of index.payloads) {
      const table: RoleTable = {
        format: 'partenariat-roles', version: 1, title: p,
        partners: [{ id: 'p1', name: p }, { id: 'p2', name: `${p} 2` }],
        responsibilities: [{ id: 'r1', label: p }],
        vocabulary: [{ id: 'd', label: p, description: p, meanings: ['decides', 'does'] }],
        assignments: { r1: { p1: 'd' } },
      };
      const el = await fixture<PartenariatRoles>(html`<partenariat-roles autosave="off"></partenariat-roles>`);
      el.value = table;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
      failures.push(...made(shadow(el)).map((m) => `${JSON.stringify(p)}: ${m}`));
      const shown = deepText(shadow(el)) + [...shadow(el).querySelectorAll('textarea, input')].map((f) => (f as HTMLInputElement).value).join('\n');
      if (!shown.includes(p.trim())) failures.push(`${JSON.stringify(p)}: not shown as text`);
      for (const cell of csvCells(roleTableToCsv(el.value, 'fr').replace(/^\uFEFF/, ''))) {
        if (/^[=+\-@\t\r]/.test(cell)) failures.push(`${JSON.stringify(p)}: CSV cell ${JSON.stringify(cell)} would be read as a formula`);
      }
      el.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });
});
