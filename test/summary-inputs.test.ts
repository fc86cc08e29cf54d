import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PartenariatSummary } from '../src/components/summary/summary.js';
import { buildResult } from '../src/components/checklist/result.js';
import type { Instrument } from '../src/schema/instrument.js';
import type { Answers, Result } from '../src/schema/result.js';
import { button, downloadsDuring, errorsDuring, shadow, textOf, until } from './helpers.js';
import '../src/partenariat-summary.js';

const FIXTURES = '/test/fixtures/summary';

let instrumentCache: Instrument | undefined;
/** The questionnaire of the fixtures (the mini one, with three dimensions and a kind of organization). */
async function instrument(): Promise<Instrument> {
  instrumentCache ??= (await (await fetch(`${FIXTURES}/instrument.json`)).json()) as Instrument;
  return structuredClone(instrumentCache);
}

let counter = 0;
async function result(answers: Answers, type = 'a', instrumentId?: string): Promise<Result> {
  const at = '2027-03-01T12:00:00.000Z';
  const made = buildResult(await instrument(), { id: `page-${++counter}`, startedAt: at, updatedAt: at, completedAt: at, answers, profile: { type } }, 'fr');
  return instrumentId ? { ...made, instrument: { id: instrumentId, version: '1' } } : made;
}
const all = (v: number): Answers => ({ a1: v, a2: v, b1: v, b2: v });

const lead = (el: Element) => shadow(el).querySelector('.lead')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const alert = (el: Element) => shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => shadow(el).querySelector('.announce')?.textContent?.trim() ?? '';
const fileItems = (el: Element) => [...shadow(el).querySelectorAll('.file-list > li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

async function text(path: string): Promise<string> {
  return (await fetch(`${FIXTURES}/${path}`)).text();
}

/** Gives `files` to the element's file input as a person picking them would. */
async function pick(el: PartenariatSummary, files: File[]): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  const before = status(el);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // « Lecture des fichiers… » first, then what was added.
  await until(() => status(el) !== before && !status(el).endsWith('…') && status(el) !== '', 'the files to be read');
  await el.updateComplete;
}

describe('<partenariat-summary> inputs', () => {
  describe('src', () => {
    it('asks nothing when src is absent', async () => {
      const original = window.fetch;
      let calls = 0;
      window.fetch = (...args) => {
        calls++;
        return original(...args);
      };
      try {
        const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
        await new Promise((r) => setTimeout(r, 50));
        expect(calls).to.equal(0);
        expect(shadow(el).querySelector('.loading')).to.equal(null);
      } finally {
        window.fetch = original;
      }
    });

    it('says it is loading, then shows the results of a JSON array fetched without cookies', async () => {
      const original = window.fetch;
      const pending: Array<() => void> = [];
      const seen: RequestInit[] = [];
      window.fetch = async (input, init) => {
        seen.push(init ?? {});
        await new Promise<void>((r) => pending.push(r));
        return original(input, init);
      };
      try {
        const el = await fixture<PartenariatSummary>(html`<partenariat-summary instrument-src="${FIXTURES}/instrument.json" src="${FIXTURES}/results.json"></partenariat-summary>`);
        const loading = shadow(el).querySelector('.loading')!;
        expect(loading.getAttribute('role')).to.equal('status');
        expect(loading.textContent).to.contain('Chargement du questionnaire…').and.contain('Chargement des résultats…');
        await expect(el).to.be.accessible();
        await until(() => pending.length === 2, 'both requests');
        pending.forEach((go) => go());
        await until(() => lead(el).includes('4 résultats comptés.'), 'the results');
        expect(seen.map((i) => i.credentials)).to.deep.equal(['omit', 'omit']);
        expect(textOf(el)).to.contain('Portrait du groupe — Mini questionnaire');
        expect(shadow(el).querySelector('.loading')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = original;
      }
    });

    it('reads NDJSON and says which line it could not read', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()} src="${FIXTURES}/results.ndjson"></partenariat-summary>`);
      await until(() => lead(el).includes('résultats comptés'), 'the results');
      expect(lead(el)).to.contain('3 résultats comptés.');
      expect(shadow(el).querySelector('.src-rejects')!.textContent!.replace(/\s+/g, ' ')).to.contain('1 élément laissé de côté').and.contain('ligne 4 : pas du JSON');
    });

    it('shows a summary made by a collector, and one it holds back', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()} src="${FIXTURES}/summary.json"></partenariat-summary>`);
      await until(() => lead(el).includes('comptés'), 'the summary');
      expect(lead(el)).to.contain('4 résultats comptés.');
      el.src = `${FIXTURES}/withheld.json`;
      await until(() => lead(el).includes('reçus'), 'the held-back summary');
      expect(lead(el)).to.equal('2 résultats reçus. Le portrait sera montré à partir de 5 résultats, pour qu’aucun membre ne puisse être reconnu.');
      expect(shadow(el).querySelector('table')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    for (const [name, path, code, words] of [
      ['a 404', 'missing.json', 'summary-http', 'Les résultats n’ont pas pu être téléchargés (réponse du serveur : 404 Not Found).'],
      ['an answer that is not JSON', '../not-json.json', 'summary-json', 'La réponse reçue pour les résultats n’est ni du JSON ni du NDJSON.'],
      ['JSON that holds no result', 'wrong.json', 'summary-invalid', 'Ces données ne sont ni des résultats ni un portrait de ce questionnaire'],
      ['no connection', 'http://127.0.0.1:9/results.json', 'summary-network', 'Les résultats n’ont pas pu être téléchargés : la connexion a échoué.'],
    ] as const) {
      it(`says so, and fires partenariat-error, for ${name}`, async () => {
        const src = path.startsWith('http') ? path : `${FIXTURES}/${path}`;
        const { el, errors } = await errorsDuring(async () => {
          const made = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()} src=${src}></partenariat-summary>`);
          await until(() => alert(made) !== '', 'the message');
          return made;
        });
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        expect(errors[0].message.replace(/\s/g, ' ')).to.contain(words);
        expect(alert(el)).to.contain(words);
        // No picture of nothing under the message; files can still be added.
        expect(shadow(el).querySelector('.lead')).to.equal(null);
        expect(shadow(el).querySelector('input[type="file"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('ignores the answer for a src that was replaced meanwhile', async () => {
      const original = window.fetch;
      const pending: Array<() => void> = [];
      window.fetch = async (input, init) => {
        await new Promise<void>((r) => pending.push(r));
        return original(input, init);
      };
      try {
        const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()} src="${FIXTURES}/results.json"></partenariat-summary>`);
        el.src = `${FIXTURES}/results.ndjson`;
        await until(() => pending.length === 2, 'both requests');
        pending[1]();
        await until(() => lead(el).includes('3 résultats comptés.'), 'the second answer');
        pending[0]();
        await new Promise((r) => setTimeout(r, 100));
        expect(lead(el)).to.contain('3 résultats comptés.');
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('instrument-src', () => {
    it('uses the questionnaire fetched, validated', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary instrument-src="${FIXTURES}/instrument.json" .results=${[await result(all(4))]}></partenariat-summary>`);
      await until(() => lead(el).includes('compté'), 'the questionnaire');
      expect(textOf(el)).to.contain('Portrait du groupe — Mini questionnaire');
      expect(lead(el)).to.contain('1 résultat compté.');
    });

    it('says why a questionnaire cannot be used, and fires partenariat-error', async () => {
      const { el, errors } = await errorsDuring(async () => {
        const made = await fixture<PartenariatSummary>(html`<partenariat-summary instrument-src="/test/fixtures/invalid-instrument.json"></partenariat-summary>`);
        await until(() => alert(made) !== '', 'the message');
        return made;
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['instrument-invalid']);
      expect(errors[0].issues.length).to.be.greaterThan(0);
      expect(alert(el)).to.contain('Le questionnaire donné ne respecte pas le format attendu.');
      expect(shadow(el).querySelectorAll('[role="alert"] li').length).to.equal(Math.min(10, errors[0].issues.length));
      await expect(el).to.be.accessible();

      const { el: missing, errors: more } = await errorsDuring(async () => {
        const made = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en" instrument-src="${FIXTURES}/nowhere.json"></partenariat-summary>`);
        await until(() => alert(made) !== '', 'the message');
        return made;
      });
      expect(more.map((e) => e.code)).to.deep.equal(['instrument-http']);
      expect(alert(missing)).to.equal('The questionnaire could not be downloaded (server response: 404 Not Found).');
    });
  });

  describe('files', () => {
    it('has a labelled file input for several JSON or NDJSON files, inside a drop zone', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary></partenariat-summary>`);
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(input.multiple).to.equal(true);
      expect(input.accept).to.contain('.json').and.contain('.ndjson');
      expect(input.labels![0].textContent!.trim()).to.equal('Ajouter des fichiers de résultats');
      expect(input.closest('.drop')).to.not.equal(null);
      expect(shadow(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.contain('rien n’est envoyé ni gardé');
    });

    it('adds the results of several files, lists each with its rejects, and says what was added', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()}></partenariat-summary>`);
      const other = await result(all(2), 'a', 'autre-questionnaire');
      await pick(el, [
        new File([await text('results.json')], 'membres-2027.json', { type: 'application/json' }),
        new File([await text('results.ndjson')], 'envoi.ndjson'),
        new File(['Bonjour'], 'notes.json'),
        new File([JSON.stringify(other)], 'autre.json'),
      ]);
      expect(lead(el)).to.contain('7 résultats comptés.');
      expect(status(el)).to.equal('4 fichiers ajoutés\u00a0: 7 résultats comptés, 3 éléments laissés de côté.');
      expect(fileItems(el)).to.deep.equal([
        'membres-2027.json : 4 résultats comptés. Retirer membres-2027.json',
        'envoi.ndjson : 3 résultats comptés, 1 élément laissé de côté : ligne 4 : pas du JSON Retirer envoi.ndjson',
        'notes.json : 0 résultat compté, 1 élément laissé de côté : ligne 1 : pas du JSON Retirer notes.json',
        'autre.json : 0 résultat compté, 1 élément laissé de côté : n° 1 : un autre questionnaire Retirer autre.json',
      ]);
      // The list of what was left out says which file each comes from.
      expect(shadow(el).querySelector('details')!.textContent!.replace(/\s+/g, ' ')).to.contain('« autre.json », n° 1');
      await expect(el).to.be.accessible();
    });

    it('adds the files’ results to the page’s, and takes them off again', async () => {
      const page = [await result(all(4)), await result(all(1))];
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()} .results=${page}></partenariat-summary>`);
      await pick(el, [new File([await text('results.ndjson')], 'envoi.ndjson')]);
      expect(lead(el)).to.contain('5 résultats comptés.');
      await pick(el, [new File([await text('results.json')], 'membres.json')]);
      expect(lead(el)).to.contain('9 résultats comptés.');
      button(el, /^Retirer envoi\.ndjson$/).click();
      await el.updateComplete;
      expect(lead(el)).to.contain('6 résultats comptés.');
      expect(status(el)).to.equal('Fichier «\u00a0envoi.ndjson\u00a0» retiré.');
      expect(fileItems(el).length).to.equal(1);
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('input[type="file"]'));
      button(el, 'Tout retirer').click();
      await el.updateComplete;
      expect(lead(el)).to.contain('2 résultats comptés.');
      expect(fileItems(el)).to.deep.equal([]);
      expect(status(el)).to.equal('Tous les fichiers ont été retirés.');
      // The page's results are the page's: still there.
      expect(el.results).to.equal(page);
    });

    it('takes files dropped on the zone', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary .instrument=${await instrument()}></partenariat-summary>`);
      const zone = shadow(el).querySelector<HTMLElement>('.drop')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([await text('results.json')], 'déposé.json'));
      const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
      zone.dispatchEvent(over);
      expect(over.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(zone.classList.contains('dragging')).to.equal(true);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await until(() => status(el).includes('ajouté'), 'the dropped file');
      await el.updateComplete;
      expect(zone.classList.contains('dragging')).to.equal(false);
      expect(fileItems(el)[0]).to.contain('déposé.json : 4 résultats comptés.');
      expect(lead(el)).to.contain('4 résultats comptés.');
    });

    it('shows a summary file when there are no results, says when one is not shown, and refuses a file too large unread', async () => {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary lang="en" .instrument=${await instrument()}></partenariat-summary>`);
      await pick(el, [new File([await text('summary.json')], 'portrait.json'), new File([new Uint8Array(20 * 1024 * 1024 + 1)], 'huge.json')]);
      expect(lead(el)).to.contain('4 results counted.');
      expect(fileItems(el)).to.deep.equal([
        'portrait.json: a summary already made, of 4 results (shown). Remove portrait.json',
        'huge.json: 0 results counted, 1 entry left out: file too large (over 20 MB): it was not read Remove huge.json',
      ]);
      await pick(el, [new File([await text('results.ndjson')], 'more.ndjson')]);
      expect(lead(el)).to.contain('3 results counted.');
      expect(fileItems(el)[0]).to.contain('(not shown: results are loaded, and a summary does not add up with results)');
      await expect(el).to.be.accessible();
    });

    it('keeps each element’s files its own', async () => {
      const box = await fixture<HTMLDivElement>(html`<div>
        <partenariat-summary .instrument=${await instrument()}></partenariat-summary>
        <partenariat-summary .instrument=${await instrument()}></partenariat-summary>
      </div>`);
      const [first, second] = box.querySelectorAll('partenariat-summary');
      await pick(first, [new File([await text('results.json')], 'a.json')]);
      expect(lead(first)).to.contain('4 résultats comptés.');
      expect(lead(second)).to.contain('0 résultat compté.');
      expect(fileItems(second)).to.deep.equal([]);
    });
  });

  describe('downloads and print', () => {
    async function loaded(lang = 'fr') {
      const el = await fixture<PartenariatSummary>(html`<partenariat-summary lang=${lang} group-by="type" min-group="3" .instrument=${await instrument()}></partenariat-summary>`);
      await pick(el, [new File([await text('results.json')], 'r.json'), new File([await text('results.ndjson')], 'r.ndjson')]);
      return el;
    }

    it('downloads the summary as JSON, as shown', async () => {
      const el = await loaded();
      const [file] = await downloadsDuring(() => button(el, 'Le portrait (JSON)').click());
      expect(file.name).to.match(/^portrait-mini-\d{4}-\d{2}-\d{2}\.json$/);
      const json = JSON.parse(await file.blob.text());
      expect(json.format).to.equal('partenariat-summary');
      expect(json.n).to.equal(7);
      expect(json.groups.shown.map((g: { value: string }) => g.value)).to.deep.equal(['a', 'b']);
      expect(shadow(el).querySelector('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('downloads-label');
      expect(shadow(el).getElementById('downloads-label')!.textContent).to.equal('Télécharger ou imprimer');
      expect([...shadow(el).querySelectorAll('[role="group"] button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Le portrait (JSON)',
        'Les chiffres (CSV)',
        'Le radar (SVG)',
        'Le radar (PNG)',
        'Imprimer',
      ]);
    });

    it('downloads the figures as CSV: ; and a decimal comma in French, , and a point in English', async () => {
      const el = await loaded();
      const [file] = await downloadsDuring(() => button(el, 'Les chiffres (CSV)').click());
      expect(file.name).to.match(/^portrait-mini-.*\.csv$/);
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = (await file.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0].startsWith('Portée;Type;Identifiant;Libellé;Résultats comptés;Moyenne (%)')).to.equal(true);
      expect(lines[1].startsWith('Tous les résultats;Résultat global;;Résultat global;7;')).to.equal(true);
      expect(lines.some((l) => l.startsWith('Type a;Résultat global;;Résultat global;4;'))).to.equal(true);
      expect(lines.some((l) => l.startsWith('Tous les résultats;Énoncé;a1;Énoncé A1;7;'))).to.equal(true);
      expect(lines.some((l) => /;\d+,\d/.test(l))).to.equal(true);

      const english = await loaded('en');
      const [en] = await downloadsDuring(() => button(english, 'The figures (CSV)').click());
      const enLines = (await en.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
      expect(enLines[0].startsWith('Scope,Kind,Id,Label,Results counted,Average (%)')).to.equal(true);
      expect(enLines[1].startsWith('All results,Overall result,,Overall result,7,')).to.equal(true);
      expect(enLines.some((l) => /,\d+\.\d/.test(l))).to.equal(true);
    });

    it('downloads the radar as SVG and PNG', async () => {
      const el = await loaded();
      const radar = shadow(el).querySelector('partenariat-radar')!;
      await radar.updateComplete;
      const [svg] = await downloadsDuring(() => button(el, 'Le radar (SVG)').click());
      expect(svg.name).to.match(/^portrait-mini-.*-radar\.svg$/);
      const source = await svg.blob.text();
      expect(source.startsWith('<?xml')).to.equal(true);
      expect(source).to.contain('<svg').and.contain('Dimensions de l’impact, pour le groupe');
      const [png] = await downloadsDuring(() => button(el, 'Le radar (PNG)').click());
      expect(png.name).to.match(/-radar\.png$/);
      expect(png.blob.type).to.equal('image/png');
      expect(png.blob.size).to.be.greaterThan(1000);
      // Offered once: the radar's own download buttons are hidden in the group's picture, its table kept.
      const shown = [...radar.shadowRoot!.querySelectorAll('button')].filter((b) => getComputedStyle(b).display !== 'none').map((b) => b.textContent!.trim());
      expect(shown).to.deep.equal(['Afficher les données']);
    });

    it('prints the figures, not the controls', async () => {
      const el = await loaded();
      await emulateMedia({ media: 'print' });
      try {
        const display = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!).display;
        expect(display('.files')).to.equal('none');
        expect(display('.downloads')).to.equal('none');
        expect(display('table')).to.equal('table');
        expect(display('partenariat-radar')).to.not.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('in other people’s pages', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    /** A fresh same-origin frame that loads the summary from source, with `head` and `body`. */
    async function frame(head: string, body: string): Promise<HTMLIFrameElement> {
      const iframe = document.createElement('iframe');
      iframe.srcdoc = `<!doctype html><html lang="fr"><head>${head}
        <script type="module" src="/src/partenariat-summary.ts"></script></head><body>${body}</body></html>`;
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      document.body.append(iframe);
      await loaded;
      await until(() => !!iframe.contentWindow!.customElements.get('partenariat-summary'), 'the summary to load in the frame', 5000);
      return iframe;
    }

    it('loads, reads files and downloads under a strict Content-Security-Policy, whatever CSS the page has', async () => {
      const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' blob: data:`;
      const iframe = await frame(
        `<meta http-equiv="Content-Security-Policy" content="${csp}"><link rel="stylesheet" href="/test/fixtures/hostile.css">`,
        `<partenariat-summary src="${FIXTURES}/results.json" instrument-src="${FIXTURES}/instrument.json"></partenariat-summary>`,
      );
      const doc = iframe.contentDocument!;
      const win = iframe.contentWindow! as Window & typeof globalThis;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`));
      const el = doc.querySelector('partenariat-summary')! as PartenariatSummary;
      await until(() => lead(el).includes('4 résultats comptés.'), 'the results', 5000);
      // The bars are sized through the CSSOM, never a style attribute.
      expect(shadow(el).querySelector<HTMLElement>('.meter > span')!.style.inlineSize).to.match(/%$/);
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new win.DataTransfer();
      transfer.items.add(new win.File([await text('results.ndjson')], 'envoi.ndjson'));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      await until(() => lead(el).includes('7 résultats comptés.'), 'the file', 5000);
      // Whatever the page's CSS, the picker, its label and the buttons are there and readable.
      for (const node of [input, input.labels![0], button(el, 'Retirer envoi.ndjson'), button(el, 'Le portrait (JSON)')]) {
        const style = win.getComputedStyle(node);
        expect(style.display).to.not.equal('none');
        expect(style.visibility).to.equal('visible');
        expect([style.textTransform, style.letterSpacing]).to.deep.equal(['none', 'normal']);
        expect(node.getBoundingClientRect().height).to.be.greaterThan(10);
      }
      const radar = shadow(el).querySelector('partenariat-radar')!;
      await until(() => !!radar.shadowRoot?.querySelector('svg.radar'), 'the radar', 5000);
      // The frame's own links are caught (the PNG is drawn from a blob: image, which img-src allows).
      const clicked: HTMLAnchorElement[] = [];
      const click = win.HTMLAnchorElement.prototype.click;
      win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(this);
      };
      try {
        button(el, 'Le radar (PNG)').click();
        await until(() => clicked.length > 0, 'the PNG', 5000);
      } finally {
        win.HTMLAnchorElement.prototype.click = click;
      }
      expect(clicked[0].download).to.match(/-radar\.png$/);
      expect(violations).to.deep.equal([]);
    });
  });
});
