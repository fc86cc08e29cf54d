import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import { button, csvCells, downloadsDuring, errorsDuring, miniInstrument, shadow, until } from './helpers.js';
import { norm, watchPage } from './watch-page.js';
import '../src/partenariat-summary.js';

/**
 * The corpus of bad input (test/corpus/, made by scripts/make-corpus.mjs) given to
 * `<partenariat-summary>` through its real inputs: the `results` property, `src`, its file
 * picker, `instrument` and `instrument-src`. Each bad file or answer is said in words (each
 * reject listed with its reason, `partenariat-error` where the element fires one); the
 * script-injection payloads in profile values, result ids, file names and questionnaire texts
 * show as text and run nothing; the CSV neutralizes formulas. test/corpus.test.ts gives the same
 * corpus to the checklist and the role table, the collector's suite to the collector.
 */

interface Case<E> {
  file: string;
  case: string;
  expect: E;
}
interface Index {
  payloads: string[];
  instruments: Case<{ code: string; path?: string }>[];
  submissions: Case<{ status: number }>[];
  progress: Case<unknown>[];
}

const BASE = '/test/corpus/';
const index: Index = await (await fetch(`${BASE}index.json`)).json();
const text = async (file: string) => (await fetch(BASE + file)).text();
/** The file's bytes as they are on disk (the dev server would mend invalid UTF-8; see corpusBytesPlugin). */
async function bytesOf(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const base64 = (await executeServerCommand('corpus-bytes', { file })) as string;
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}
/** A blob: address of `body`, revoked after the test. */
function blobUrl(body: BlobPart): string {
  const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
  after(() => URL.revokeObjectURL(url));
  return url;
}
const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};
const lead = (el: Element) => norm(shadow(el).querySelector('.lead')?.textContent);
const alertText = (el: Element) => norm(shadow(el).querySelector('[role="alert"]')?.textContent);
const status = (el: Element) => norm(shadow(el).querySelector('.announce')?.textContent);
const fileItems = (el: Element) => [...shadow(el).querySelectorAll('.file-list > li')].map((li) => norm(li.textContent));
const excludedText = (el: Element) => norm(shadow(el).querySelector('details')?.textContent);

/** Gives `files` to the element's file input as a person picking them would (as test/summary-inputs.test.ts does). */
async function pick(el: PartenariatSummary, files: File[]): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  const before = status(el);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => status(el) !== before && !status(el).endsWith('…') && status(el) !== '', 'the files to be read', 10000);
  await el.updateComplete;
}


/** Every element in `root` and in the shadow roots below it. */
function* deep(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}
/** The text of `root`, shadow roots included, SVG <title>s too. */
const deepText = (root: ParentNode) =>
  [...deep(root)].map((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')).join('\n');
/** Elements a payload would have made: anything that runs script or loads a page, an `on…` handler, a javascript: link. */
const made = (root: ParentNode) =>
  [...deep(root)]
    .filter(
      (el) =>
        /^(script|iframe|object|embed|img|math|mglyph|frame|base|meta|link)$/i.test(el.localName) ||
        // A javascript: address where one would be followed or loaded (an aria-label saying it is only words).
        [...el.attributes].some((a) => a.name.startsWith('on') || (/^(href|xlink:href|src|srcdoc|action|formaction|data)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))),
    )
    .map((el) => el.outerHTML.slice(0, 80));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- what each bad submission of the corpus gives, read by the summary ----
// The summary reads results, not envelopes: a submission whose envelope alone is wrong (its
// campaign, consent, version, a duplicate "format", a "__proto__" key) holds a sound result,
// which is counted; its scores and times are the summary's own to compute (aggregate.ts), so a
// result without scores is counted too.
const V = 'n° 1 : pas un résultat valide';
const NOT_UTF8 = 'le fichier n’est pas en UTF-8 : il n’a pas été lu';
const SUMMARY_INVALID = 'Ces données ne sont ni des résultats ni un portrait de ce questionnaire';
const SUMMARY_JSON = 'La réponse reçue pour les résultats n’est ni du JSON ni du NDJSON.';
type Verdict = { counted: 0 | 1; reject?: string; src?: 'summary-invalid' | 'summary-json' };
const COUNTED: Verdict = { counted: 1 };
const byNumber: Record<number, Verdict> = {
  1: { counted: 0, reject: 'pas un résultat', src: 'summary-invalid' },
  2: { counted: 0, src: 'summary-invalid' },
  3: { counted: 0, reject: 'pas un résultat', src: 'summary-invalid' },
  4: { counted: 0, reject: V, src: 'summary-invalid' },
  5: { counted: 0, reject: V },
  15: { counted: 0, reject: V, src: 'summary-invalid' },
  16: { counted: 0, reject: V, src: 'summary-invalid' },
  33: { counted: 0, reject: 'n° 1 : une autre version du questionnaire' },
  35: { counted: 0, reject: 'ligne 1 : pas du JSON', src: 'summary-json' },
  36: { counted: 0, reject: 'ligne 1 : pas du JSON', src: 'summary-json' },
  37: { counted: 0, reject: 'fichier vide', src: 'summary-json' },
  43: { counted: 0, reject: NOT_UTF8, src: 'summary-json' },
  44: { counted: 0, reject: NOT_UTF8, src: 'summary-json' },
  45: { counted: 0, reject: NOT_UTF8, src: 'summary-json' },
};
for (const n of [17, 18, 19, 22, 23, 24, 25, 26, 27, 41, 42]) byNumber[n] = { counted: 0, reject: V };
const verdict = (file: string): Verdict => byNumber[Number(/\/(\d+)-/.exec(file)![1])] ?? COUNTED;

/** The file list's line for a file that gave `v`. */
const fileLine = (name: string, v: Verdict) =>
  v.reject
    ? `${name} : 0 résultat compté, 1 élément laissé de côté : ${v.reject} Retirer ${name}`
    : `${name} : ${v.counted} résultat compté. Retirer ${name}`;

describe('the corpus of bad input, given to <partenariat-summary>', function () {
  this.timeout(120000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => page.restore());

  it('each bad submission, picked as a file: its result counted, or the file listed with what was left out and why; no event, nothing runs', async () => {
    expect(index.submissions.length).to.be.at.least(20);
    const failures: string[] = [];
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    const fired: string[] = [];
    el.addEventListener('partenariat-error', (e) => fired.push(e.detail.code));
    for (const c of index.submissions) {
      const name = c.file.split('/')[1];
      const v = verdict(c.file);
      await pick(el, [new File([await bytesOf(c.file)], name)]);
      const items = fileItems(el);
      if (items.length !== 1 || items[0] !== fileLine(name, v)) failures.push(`${c.file} (${c.case}): ${JSON.stringify(items)}, expected ${JSON.stringify(fileLine(name, v))}`);
      const said = status(el);
      const announced = v.reject ? '1 fichier ajouté : 0 résultat compté, 1 élément laissé de côté.' : `1 fichier ajouté : ${v.counted} résultat compté.`;
      if (said !== announced) failures.push(`${c.file}: announced «${said}»`);
      if (!lead(el).startsWith(`${v.counted} résultat compté.`)) failures.push(`${c.file}: lead «${lead(el)}»`);
      // The summary's own list of what was left out names the file.
      if (v.reject?.startsWith('n° 1') && !excludedText(el).includes(`« ${name} », n° 1`)) failures.push(`${c.file}: details «${excludedText(el)}»`);
      failures.push(...made(shadow(el)).map((m) => `${c.file}: ${m}`));
      button(el, 'Tout retirer').click();
      await el.updateComplete;
    }
    expect(failures).to.deep.equal([]);
    expect(fired, 'files are said in the list, not by events').to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('each bad submission as the answer of src: shown with what was left out, or said in words with partenariat-error', async () => {
    const failures: string[] = [];
    for (const c of index.submissions) {
      const v = verdict(c.file);
      const src = blobUrl(await bytesOf(c.file));
      const { el, errors } = await errorsDuring(async () => {
        const made = await fixture<PartenariatSummary>(html`<partenariat-summary src=${src}></partenariat-summary>`);
        await until(() => lead(made) !== '' || alertText(made) !== '', `the answer of ${c.file}`, 5000);
        return made;
      });
      const what = `${c.file} (${c.case})`;
      const codes = errors.map((e) => e.code).join();
      if (v.src) {
        if (codes !== v.src) failures.push(`${what}: events «${codes}», expected ${v.src}`);
        const words = v.src === 'summary-json' ? SUMMARY_JSON : SUMMARY_INVALID;
        if (!alertText(el).includes(words)) failures.push(`${what}: message «${alertText(el)}»`);
        if (!errors[0]?.message.replace(/\s/g, ' ').includes(words.replace(/\s/g, ' '))) failures.push(`${what}: event message «${errors[0]?.message}»`);
        if (shadow(el).querySelector('.lead')) failures.push(`${what}: a summary of nothing shown under the message`);
      } else {
        if (codes) failures.push(`${what}: events «${codes}»`);
        if (!lead(el).startsWith(`${v.counted} résultat compté.`)) failures.push(`${what}: lead «${lead(el)}»`);
        const reason = v.reject?.replace(/^n° 1 : /, '');
        if (reason && !(excludedText(el).includes('adresse des résultats, n° 1') && excludedText(el).includes(reason))) failures.push(`${what}: details «${excludedText(el)}»`);
      }
      failures.push(...made(shadow(el)).map((m) => `${what}: ${m}`));
      el.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('each bad submission’s result given in the results property: counted, or left out with its reason', async () => {
    const failures: string[] = [];
    let given = 0;
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    for (const c of index.submissions) {
      const bytes = await bytesOf(c.file);
      let value: unknown;
      try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        continue; // not JSON, or not UTF-8: a page has no such value to give
      }
      given++;
      // The result inside the envelope, as files.ts finds it.
      const result = isObject(value) && value.format !== 'partenariat-result' && isObject(value.result) ? value.result : value;
      const v = verdict(c.file);
      const reject = v.reject?.startsWith('n° 1') ? v.reject : v.counted ? undefined : V;
      const { errors } = await errorsDuring(async () => {
        el.results = [result];
        await el.updateComplete;
      });
      const what = `${c.file} (${c.case})`;
      if (errors.length) failures.push(`${what}: events ${errors.map((e) => e.code).join()}`);
      if (!lead(el).startsWith(`${reject ? 0 : 1} résultat compté.`)) failures.push(`${what}: lead «${lead(el)}»`);
      // « n° 1 (its id) : the reason »
      if (reject && !(excludedText(el).includes('n° 1') && excludedText(el).includes(reject.replace('n° 1 : ', ' : ')))) failures.push(`${what}: details «${excludedText(el)}», expected «${reject}»`);
      failures.push(...made(shadow(el)).map((m) => `${what}: ${m}`));
    }
    expect(given).to.equal(index.submissions.length - 6);
    // Not a list: said, with partenariat-error.
    const { errors } = await errorsDuring(async () => {
      el.results = 'pas une liste' as unknown as unknown[];
      await el.updateComplete;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['summary-invalid']);
    expect(alertText(el)).to.contain(SUMMARY_INVALID);
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('oversized and deeply nested JSON, as files and as src: left out or refused in words, never a frozen or broken page', async () => {
    const cases = ['instruments/50-deeply-nested-text.json', 'instruments/51-oversized.json', 'instruments/56-deeply-nested.json', 'progress/19-deeply-nested.json', 'submissions/41-deeply-nested.json', 'submissions/42-oversized.json'];
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    const files = await Promise.all(cases.map(async (file) => new File([await bytesOf(file)], file.replace('/', '-'))));
    files.push(new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'trop-gros.json'));
    await pick(el, files);
    expect(fileItems(el)).to.deep.equal([
      ...cases.map((file) => `${file.replace('/', '-')} : 0 résultat compté, 1 élément laissé de côté : ${V} Retirer ${file.replace('/', '-')}`),
      'trop-gros.json : 0 résultat compté, 1 élément laissé de côté : fichier trop gros (plus de 20 Mo) : il n’a pas été lu Retirer trop-gros.json',
    ]);
    expect(status(el)).to.equal('7 fichiers ajoutés : 0 résultat compté, 7 éléments laissés de côté.');
    for (const file of cases.slice(0, 4)) {
      const { el: fromSrc, errors } = await errorsDuring(async () => {
        const made = await fixture<PartenariatSummary>(html`<partenariat-summary src=${blobUrl(await bytesOf(file))}></partenariat-summary>`);
        await until(() => alertText(made) !== '', file, 5000);
        return made;
      });
      expect(errors.map((e) => e.code), file).to.deep.equal(['summary-invalid']);
      expect(alertText(fromSrc)).to.contain(SUMMARY_INVALID);
    }
    expect(await page.check()).to.deep.equal([]);
  });

  it('a file that is not UTF-8 is refused whole, in words, not read with its letters replaced (src and instrument-src: the tests above and below)', async () => {
    const failures: string[] = [];
    const bad = [...index.submissions.map((c) => c.file), ...index.instruments.map((c) => c.file)];
    const notUtf8: string[] = [];
    for (const file of bad) if (!isUtf8(await bytesOf(file))) notUtf8.push(file);
    // The corpus's three submissions and four questionnaires that are not UTF-8.
    expect(notUtf8.length).to.equal(7);
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    await pick(el, await Promise.all(notUtf8.map(async (file) => new File([await bytesOf(file)], file.split('/')[1]))));
    expect(fileItems(el)).to.deep.equal(notUtf8.map((file) => `${file.split('/')[1]} : 0 résultat compté, 1 élément laissé de côté : ${NOT_UTF8} Retirer ${file.split('/')[1]}`));
    // An NDJSON file with one line that is not UTF-8 is refused whole: its encoding is wrong, not that line.
    const good = await text('submission-base.json');
    const mixed = new Uint8Array([...new TextEncoder().encode(`${JSON.stringify(JSON.parse(good).result)}\n`), 0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d, 0x0a]);
    await pick(el, [new File([mixed], 'melange.ndjson')]);
    if (fileItems(el).at(-1) !== `melange.ndjson : 0 résultat compté, 1 élément laissé de côté : ${NOT_UTF8} Retirer melange.ndjson`) failures.push(`mixed: ${fileItems(el).at(-1)}`);
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('each bad questionnaire, by instrument-src and as the instrument property: said in words with partenariat-error, nothing summarized', async () => {
    expect(index.instruments.length).to.be.at.least(40);
    const MESSAGES: Record<string, string> = {
      'instrument-invalid': 'Le questionnaire donné ne respecte pas le format attendu.',
      'instrument-json': 'Le fichier du questionnaire n’est pas du JSON valide.',
    };
    const failures: string[] = [];
    let runs = 0;
    for (const c of index.instruments) {
      for (const how of ['instrument-src', 'property'] as const) {
        // As a property: JSON values only (null means « none given »: the default questionnaire).
        if (how === 'property' && (c.expect.code !== 'instrument-invalid' || JSON.parse(await text(c.file)) === null)) continue;
        runs++;
        const { el, errors } = await errorsDuring(async () => {
          const made =
            how === 'instrument-src'
              ? await fixture<PartenariatSummary>(html`<partenariat-summary instrument-src=${blobUrl(await bytesOf(c.file))}></partenariat-summary>`)
              : await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${JSON.parse(await text(c.file))}></partenariat-summary>`);
          await until(() => alertText(made) !== '', `the message of ${c.file}`, 5000);
          return made;
        });
        const what = `${c.file} (${how}: ${c.case})`;
        const said = alertText(el);
        if (errors.map((e) => e.code).join() !== c.expect.code) failures.push(`${what}: events ${errors.map((e) => e.code).join()}`);
        if (!said.includes(MESSAGES[c.expect.code])) failures.push(`${what}: message «${said.slice(0, 120)}»`);
        // Fetched, each problem is listed with where it is.
        if (how === 'instrument-src' && c.expect.path) {
          if (!errors[0]?.issues.some((i) => i.path === c.expect.path)) failures.push(`${what}: no issue at ${c.expect.path} in ${JSON.stringify(errors[0]?.issues.slice(0, 3))}`);
          if (!said.includes(c.expect.path)) failures.push(`${what}: the message does not name ${c.expect.path}`);
        }
        if (shadow(el).querySelector('.lead, table')) failures.push(`${what}: a summary shown`);
        el.remove();
      }
    }
    expect(runs).to.be.at.least(100);
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('duplicate keys: the value JSON.parse keeps is the one judged', async () => {
    const result = JSON.parse(await text('submission-base.json')).result;
    const json = JSON.stringify(result);
    const kept = json.replace('"locale":"fr"', '"locale":"de","locale":"fr"');
    const wrong = json.replace('"locale":"fr"', '"locale":"fr","locale":"de"').replace('"corpus-result"', '"corpus-result-2"');
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    await pick(el, [new File([`${kept}\n${wrong}\n`], 'doublons.ndjson')]);
    expect(fileItems(el)).to.deep.equal(['doublons.ndjson : 1 résultat compté, 1 élément laissé de côté : ligne 2 : pas un résultat valide Retirer doublons.ndjson']);
    expect(excludedText(el)).to.contain('« doublons.ndjson », ligne 2 (corpus-result-2) : pas un résultat valide');
    expect(await page.check()).to.deep.equal([]);
  });

  it('NDJSON with bad lines, as a file and as src: the good lines counted, each bad line listed with its number and reason', async () => {
    const result = JSON.parse(await text('submission-base.json')).result;
    const line = (id: string) => JSON.stringify({ ...result, id });
    const ndjson = [
      line('r1'),
      'pas du JSON',
      '{"format":"partenariat-result",',
      '42',
      '[1, 2]',
      '',
      JSON.stringify({ format: 'partenariat-summary', version: 1, instrument: result.instrument, n: 1 }),
      line('r2'),
      JSON.stringify({ ...result, id: 'r3', locale: 'de' }),
      '{"__proto__": {"polluted": true}, "format": "partenariat-result"}',
      line('r4'),
    ].join('\r\n');
    const reasons = [
      'ligne 2 : pas du JSON',
      'ligne 3 : pas du JSON',
      'ligne 4 : pas un résultat',
      'ligne 5 : pas un résultat',
      // A summary is a file of its own, never a line among results; this one lacks its figures too.
      'ligne 7 : un portrait incomplet (ses chiffres manquent)',
      'ligne 9 : pas un résultat valide',
      'ligne 10 : pas un résultat valide',
    ];
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
    await pick(el, [new File([ndjson], 'envoi.ndjson')]);
    expect(fileItems(el)).to.deep.equal([`envoi.ndjson : 3 résultats comptés, 7 éléments laissés de côté : ${reasons.join('')} Retirer envoi.ndjson`]);
    expect([...shadow(el).querySelectorAll('.rejects > li')].map((li) => norm(li.textContent))).to.deep.equal(reasons);
    expect(status(el)).to.equal('1 fichier ajouté : 3 résultats comptés, 7 éléments laissés de côté.');
    expect(lead(el)).to.match(/^3 résultats comptés\./);

    const { el: fromSrc, errors } = await errorsDuring(async () => {
      const made = await fixture<PartenariatSummary>(html`<partenariat-summary src=${blobUrl(ndjson)}></partenariat-summary>`);
      await until(() => lead(made) !== '', 'the answer', 5000);
      return made;
    });
    expect(errors).to.deep.equal([]);
    expect(lead(fromSrc)).to.match(/^3 résultats comptés\./);
    // What could not be read is said above the summary; what aggregate left out, in its list.
    expect(norm(shadow(fromSrc).querySelector('.src-rejects')?.textContent)).to.equal(
      `Dans la réponse de l’adresse des résultats : 5 éléments laissés de côté ${reasons.slice(0, 5).join('')}`,
    );
    expect(excludedText(fromSrc)).to.contain('adresse des résultats, ligne 9 (r3) : pas un résultat valide');
    expect(await page.check()).to.deep.equal([]);
  });

  it('says it in English on an English page', async () => {
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en"></partenariat-summary>`);
    await pick(el, [new File([await bytesOf('submissions/44-latin1.json')], 'latin1.json'), new File([await bytesOf('submissions/35-not-json.json')], 'notes.json')]);
    expect(fileItems(el)).to.deep.equal([
      'latin1.json: 0 results counted, 1 entry left out: the file is not in UTF-8: it was not read Remove latin1.json',
      'notes.json: 0 results counted, 1 entry left out: line 1: not JSON Remove notes.json',
    ]);
    const { el: bad, errors } = await errorsDuring(async () => {
      const made = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en" instrument-src=${blobUrl(await bytesOf('instruments/07-id-space.json'))}></partenariat-summary>`);
      await until(() => alertText(made) !== '', 'the message', 5000);
      return made;
    });
    expect(errors.map((e) => e.code)).to.deep.equal(['instrument-invalid']);
    expect(alertText(bad)).to.contain('The questionnaire given does not follow the expected format.').and.contain('id');
    expect(errors[0].message).to.contain('The questionnaire given does not follow the expected format.');
  });
});

// ---- script-injection payloads ----

const at = (minute: number) => `2026-11-30T14:${String(minute).padStart(2, '0')}:00.000Z`;

/** A valid result of the default questionnaire whose id and profile values carry `p`. */
async function payloadResult(p: string, i: number, minute = 15, organisation = p) {
  const { result } = JSON.parse(await text('submission-base.json'));
  return { ...result, id: `${p}`.slice(0, 90) + ` #${i}`, updatedAt: at(minute), profile: { organisation, 'type-organisme': p } };
}

/** The mini questionnaire with every text, and the choices of the profile field grouped by, replaced by `p`. */
function hostileInstrument(p: string): Instrument {
  const m = miniInstrument();
  return {
    ...m,
    title: p,
    description: p,
    scale: { choices: m.scale.choices.map((c) => ({ ...c, label: p })), notApplicable: { label: p } },
    sections: m.sections.map((s) => ({ ...s, title: { fr: p, en: p }, description: p })),
    dimensions: [...m.dimensions!, { id: 'res', label: 'Réseau' }].map((d) => ({ ...d, label: p, description: p })),
    items: m.items.map((i) => ({ ...i, text: p, help: p, recommendation: p })),
    bands: m.bands.map((b) => ({ ...b, label: p, description: p })),
    profile: [
      { id: 'nom', type: 'text', label: p },
      { id: 'genre', type: 'choice', label: p, choices: [{ value: 'x', label: p }, { value: 'y', label: `${p} y` }] },
    ],
  };
}

describe('script-injection payloads given to <partenariat-summary>', function () {
  this.timeout(120000);
  let page: ReturnType<typeof watchPage>;
  beforeEach(() => (page = watchPage()));
  afterEach(() => page.restore());

  it('in result ids, profile values and file names (results, src and files together): shown as text, nothing runs', async () => {
    const newer = await Promise.all(index.payloads.map((p, i) => payloadResult(p, i, 30)));
    const older = await Promise.all(index.payloads.map((p, i) => payloadResult(p, i, 10)));
    const other = await Promise.all(index.payloads.map(async (p, i) => ({ ...(await payloadResult(p, i + 100)), locale: 'de' })));
    const el = await fixture<PartenariatSummary>(html`<partenariat-summary group-by="type-organisme" min-group="3" .results=${other} src=${blobUrl(older.map((r) => JSON.stringify(r)).join('\n'))}></partenariat-summary>`);
    await until(() => lead(el) !== '', 'the answer of src', 5000);
    await pick(el, index.payloads.map((p, i) => new File([JSON.stringify(newer[i])], `${p}.json`)));
    const n = index.payloads.length;
    expect(lead(el)).to.match(new RegExp(`^${n} résultats comptés\\.`));
    // Each older copy and each invalid result is listed with its id, as written.
    const failures: string[] = [];
    const listed = [...shadow(el).querySelectorAll('details li')].map((li) => li.textContent ?? '');
    expect(listed.length).to.equal(2 * n);
    const codes = [...shadow(el).querySelectorAll('details li code')].map((c) => c.textContent);
    for (const r of [...older, ...other]) if (!codes.includes(r.id)) failures.push(`id ${JSON.stringify(r.id)} not shown as written`);
    // Each file by its name, as the browser gives it.
    const names = [...shadow(el).querySelectorAll('.file-name bdi')].map((b) => b.textContent);
    for (const file of index.payloads.map((p) => new File([], `${p}.json`))) if (!names.includes(file.name)) failures.push(`file ${JSON.stringify(file.name)} not shown`);
    failures.push(...made(shadow(el)));
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('compare mode: organization names from the profile, in the headings, the tables, the radar and the guide, shown as text; nothing runs', async () => {
    const failures: string[] = [];
    for (const [i, p] of index.payloads.entries()) {
      const a = await payloadResult(p, i);
      const b = { ...(await payloadResult(p, i + 100, 15, `${p} (B)`)), answers: { ...a.answers, 'collaboration-structuree': 1, confiance: 4 } };
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary mode="compare" .results=${[a, b]}></partenariat-summary>`);
      await new Promise((r) => setTimeout(r, 30));
      const radar = shadow(el).querySelector('partenariat-radar');
      await (radar as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
      const shown = deepText(shadow(el));
      if (!shown.includes(p.trim())) failures.push(`${JSON.stringify(p)}: not shown as text`);
      if (!shown.includes(`${p} (B)`.trim())) failures.push(`${JSON.stringify(p)} (B): not shown as text`);
      failures.push(...made(shadow(el)).map((m) => `${JSON.stringify(p)}: ${m}`));
      el.remove();
    }
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });

  it('in every text of the questionnaire (instrument and instrument-src), groups included: shown as text, nothing runs, and the CSV neutralizes formulas', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const [i, p] of index.payloads.entries()) {
      const instrument = hostileInstrument(p);
      const results = [1, 2, 3, 4].map((k) =>
        buildResult(instrument, { id: `r${k}`, startedAt: at(0), updatedAt: at(k), completedAt: at(k), answers: { a1: k, a2: 5 - k, b1: 'na', b2: k }, profile: { nom: p, genre: 'x' } }, 'fr'),
      );
      const el =
        i % 2
          ? await fixture<PartenariatSummary>(html`<partenariat-summary group-by="genre" min-group="3" .instrument=${instrument} .results=${results}></partenariat-summary>`)
          : await fixture<PartenariatSummary>(html`<partenariat-summary group-by="genre" min-group="3" instrument-src=${blobUrl(JSON.stringify(instrument))} .results=${results}></partenariat-summary>`);
      await until(() => lead(el) !== '', 'the summary', 5000);
      const radar = shadow(el).querySelector('partenariat-radar');
      await (radar as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
      if (!lead(el).startsWith('4 résultats comptés.')) failures.push(`${JSON.stringify(p)}: lead «${lead(el)}»`);
      if (!deepText(shadow(el)).includes(p.trim())) failures.push(`${JSON.stringify(p)}: not shown as text`);
      failures.push(...made(shadow(el)).map((m) => `${JSON.stringify(p)}: ${m}`));
      const [file] = await downloadsDuring(() => button(el, 'Les chiffres (CSV)').click());
      const all = csvCells((await file.blob.text()).replace(/^\uFEFF/, ''));
      cells += all.length;
      for (const cell of all) if (/^[=+\-@\t\r]/.test(cell)) failures.push(`${JSON.stringify(p)}: CSV cell ${JSON.stringify(cell)} would be read as a formula`);
      // The payload is there, as written, after its apostrophe when it starts like a formula.
      const written = /^[=+\-@\t\r]/.test(p) ? `'${p}` : p;
      if (!all.includes(written)) failures.push(`${JSON.stringify(p)}: not in the CSV as ${JSON.stringify(written)}`);
      el.remove();
    }
    expect(cells).to.be.greaterThan(1000);
    expect(failures).to.deep.equal([]);
    expect(await page.check()).to.deep.equal([]);
  });
});
