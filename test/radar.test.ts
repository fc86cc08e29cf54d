import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PartenariatRadar } from '../src/components/radar/radar.js';
import type { RadarAxis, RadarSeries } from '../src/schema/radar.js';
import '../src/partenariat-radar.js';
import { downloadsDuring, errorsDuring, miniInstrument, shadow, until } from './helpers.js';

const axesOf = (n: number): RadarAxis[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, label: { fr: `Axe ${i + 1}`, en: `Axis ${i + 1}` } }));
const seriesOf = (count: number, axes: RadarAxis[]): RadarSeries[] =>
  Array.from({ length: count }, (_, s) => ({
    label: `Série ${s + 1}`,
    values: Object.fromEntries(axes.map((a, i) => [a.id, ((s * 13 + i * 29) % 101)])),
  }));

async function radar(axes: RadarAxis[] | string, series: RadarSeries[], extra = {}) {
  const el = await fixture<PartenariatRadar>(html`<partenariat-radar style="width: 520px" .axes=${axes} .series=${series}></partenariat-radar>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

/** Text with the narrow and non-breaking spaces of French typography made plain. */
const norm = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const desc = (el: Element) => norm(shadow(el).querySelector('desc')?.textContent);

describe('<partenariat-radar>', () => {
  it('draws the four impact dimensions by default, as an image with a title and a one-sentence description', async () => {
    const el = await radar('dimensions', [
      { label: 'Nous', values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } },
    ]);
    const svgEl = shadow(el).querySelector('svg.radar')!;
    expect(svgEl.getAttribute('role')).to.equal('img');
    expect(shadow(el).querySelector('title')!.textContent).to.equal('Dimensions de l’impact');
    expect(desc(el)).to.equal('Financier 75 %, Expertise 50 %, Réseautage 25 %, Innovation sociale 100 %.');
    const labelText = (t: Element) => [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
    expect([...shadow(el).querySelectorAll('.axis-label')].map(labelText)).to.deep.equal([
      'Financier', 'Expertise', 'Réseautage', 'Innovation sociale',
    ]);
    expect(shadow(el).querySelectorAll('.grid-ring').length).to.equal(4);
    expect([...shadow(el).querySelectorAll('.ring-label')].map((t) => norm(t.textContent))).to.deep.equal(['25 %', '50 %', '75 %', '100 %']);
    await expect(el).to.be.accessible();
  });

  for (const [axes, count] of [[3, 1], [4, 3], [12, 10]] as const) {
    it(`draws ${axes} axes and ${count} series, told apart by colour, dash and marker`, async () => {
      const a = axesOf(axes);
      const el = await radar(a, seriesOf(count, a));
      const groups = shadow(el).querySelectorAll('g.series');
      expect(groups.length).to.equal(count);
      expect(shadow(el).querySelectorAll('.axis-label').length).to.equal(axes);
      expect(shadow(el).querySelectorAll('.marker').length).to.equal(axes * count + (count > 1 ? count : 0));
      const dashes = [...groups].map((g) => g.querySelector('.series-line')!.getAttribute('stroke-dasharray') ?? '');
      expect(new Set(dashes).size).to.equal(count);
        const colours = [...groups].map((g) => getComputedStyle(g.querySelector('.series-line')!).stroke);
      expect(new Set(colours).size, colours.join()).to.equal(count);
      const markers = [...groups].map((g) => g.querySelector('.marker')!.getAttribute('data-marker'));
      expect(new Set(markers).size).to.equal(count);
      expect(shadow(el).querySelectorAll('.legend li').length).to.equal(count > 1 ? count : 0);
      await expect(el).to.be.accessible();
    });
  }

  it('says missing and out-of-range values, in the description and under the chart', async () => {
    const el = await radar(axesOf(4), [{ label: 'S', values: { a1: 120, a2: 50, a3: null, a4: -5 } }]);
    expect(desc(el)).to.equal('Axe 1 100 %, hors de l’échelle, Axe 2 50 %, Axe 3 valeur manquante, Axe 4 -5 %, hors de l’échelle.'.replace('100 %, hors', '120 %, hors'));
    const notes = norm(shadow(el).querySelector('.notes')!.textContent).replace(/\s+/g, ' ');
    expect(notes).to.contain('Valeurs manquantes (aucun point) : Axe 3.');
    expect(notes).to.contain('ramenées à ses bornes : Axe 1, Axe 4.');
    // Three markers: the missing value has none; the line is broken, not closed.
    expect(shadow(el).querySelectorAll('.marker').length).to.equal(3);
    expect(shadow(el).querySelector('.series-line')!.getAttribute('d')).to.not.contain('Z');
  });

  it('shows the same numbers in a table behind « Afficher les données »', async () => {
    const el = await radar(axesOf(3), [
      { label: 'Nous', values: { a1: 10, a2: 20, a3: 30 } },
      { label: 'Eux', values: { a1: 40, a2: null, a3: 60 }, low: { a1: 30, a2: 0, a3: 50 }, high: { a1: 50, a2: 0, a3: 70 } },
    ]);
    const toggle = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Afficher les données')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Masquer les données');
    const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent).trim()));
    expect(rows).to.deep.equal([
      ['Axe 1', '10 %', '40 % (de 30 % à 50 %)'],
      ['Axe 2', '20 %', 'valeur manquante'],
      ['Axe 3', '30 %', '60 % (de 50 % à 70 %)'],
    ]);
    expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Graphique radar');
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard reach each point and shows its value', async () => {
    const a = axesOf(4);
    const wrapper = await fixture(html`<div><button id="before">Avant</button>
      <partenariat-radar style="width: 520px" .axes=${a} .series=${[
        { label: 'Nous', values: { a1: 10, a2: 20, a3: 30, a4: 40 } },
        { label: 'Eux', values: { a1: 50, a2: 60, a3: 70, a4: 80 } },
      ]}></partenariat-radar></div>`);
    const el = wrapper.querySelector('partenariat-radar')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    const active = () => shadow(el).activeElement as SVGElement;
    const label = () => norm(active().getAttribute('aria-label'));
    const bubble = () => norm(shadow(el).querySelector('.bubble text')!.textContent);
    expect(label()).to.equal('Nous — Axe 1 : 10 %');
    await el.updateComplete;
    expect(bubble()).to.equal('Axe 1 : 10 %');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(label()).to.equal('Nous — Axe 2 : 20 %');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(label()).to.equal('Eux — Axe 2 : 60 %');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(label()).to.equal('Eux — Axe 4 : 80 %');
    expect(bubble()).to.equal('Axe 4 : 80 %');
    // One tab stop for all the points: the next Tab leaves the chart.
    await sendKeys({ press: 'Tab' });
    expect(active().textContent!.trim()).to.equal('Afficher les données');
    await expect(el).to.be.accessible();
  });

  it('follows a <partenariat-checklist> live, by its id', async () => {
    const inst = miniInstrument();
    inst.dimensions!.push({ id: 'res', label: { fr: 'Réseautage', en: 'Networking' } });
    inst.items[3].dimensions = ['res'];
    const wrapper = await fixture(html`<div>
      <partenariat-checklist id="suivi" .instrument=${inst}></partenariat-checklist>
      <partenariat-radar for="suivi"></partenariat-radar>
    </div>`);
    const checklist = wrapper.querySelector('partenariat-checklist')!;
    const el = wrapper.querySelector('partenariat-radar')!;
    await el.updateComplete;
    expect(desc(el)).to.equal('Financier valeur manquante, Expertise valeur manquante, Réseautage valeur manquante.');
    const start = [...shadow(checklist).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Commencer')!;
    start.click();
    await checklist.updateComplete;
    shadow(checklist).querySelector<HTMLInputElement>('input[name="q-a1"][value="4"]')!.click();
    await until(() => desc(el).startsWith('Financier 100 %'), 'the radar to follow');
    expect(desc(el)).to.equal('Financier 100 %, Expertise valeur manquante, Réseautage valeur manquante.');
  });

  it('follows changes the page makes to the checklist too, and a checklist defined after it', async () => {
    const wrapper = await fixture(html`<div>
      <partenariat-radar for="plus-tard"></partenariat-radar>
      <plus-tard-checklist id="plus-tard"></plus-tard-checklist>
    </div>`);
    const el = wrapper.querySelector('partenariat-radar')!;
    await el.updateComplete;
    // Defined later, under another name (as a page may do with the class): the radar picks it up.
    const { PartenariatChecklist } = await import('../src/components/checklist/checklist.js');
    customElements.define('plus-tard-checklist', class extends PartenariatChecklist {});
    const target = wrapper.querySelector('plus-tard-checklist') as unknown as { answers: Record<string, number> };
    await until(() => desc(el).startsWith('Financier valeur manquante'), 'the radar to find the checklist');
    const financier = (await import('../src/instruments/default.js')).defaultInstrument.items.find((i) => i.dimensions?.includes('financier'))!;
    target.answers = { [financier.id]: 4 };
    await until(() => desc(el).startsWith('Financier 100 %'), 'the radar to follow a programmatic change');
  });

  it('picks up a checklist that an application puts in the page after it', async () => {
    const wrapper = await fixture(html`<div><partenariat-radar for="apres"></partenariat-radar></div>`);
    const el = wrapper.querySelector('partenariat-radar')!;
    await el.updateComplete;
    expect(norm(shadow(el).querySelector('[role="alert"]')!.textContent)).to.contain('« apres »');
    const late = document.createElement('partenariat-checklist');
    late.id = 'apres';
    late.setAttribute('autosave', 'off');
    const inst = miniInstrument();
    inst.dimensions!.push({ id: 'res', label: { fr: 'Réseautage', en: 'Networking' } });
    inst.items[3].dimensions = ['res'];
    late.instrument = inst;
    late.answers = { a1: 4 };
    wrapper.append(late);
    await until(() => shadow(el).querySelector('[role="alert"]') === null, 'the radar to find the checklist');
    expect(desc(el)).to.equal('Financier 100 %, Expertise valeur manquante, Réseautage valeur manquante.');
    // The application puts a new checklist in its place, under the same id: the radar follows it.
    late.remove();
    const replacement = document.createElement('partenariat-checklist');
    replacement.id = 'apres';
    replacement.setAttribute('autosave', 'off');
    replacement.instrument = inst;
    replacement.answers = { a1: 1 };
    wrapper.append(replacement);
    await until(() => desc(el).startsWith('Financier 0 %'), 'the radar to follow the new checklist');
  });

  it('draws the sections of the followed questionnaire with axes="sections"', async () => {
    const inst = { ...miniInstrument(), sections: [...miniInstrument().sections, { id: 'c', title: 'Section C' }] };
    const wrapper = await fixture(html`<div>
      <partenariat-checklist id="suivi2" .instrument=${inst}></partenariat-checklist>
      <partenariat-radar for="suivi2" axes="sections"></partenariat-radar>
    </div>`);
    const el = wrapper.querySelector('partenariat-radar')!;
    wrapper.querySelector('partenariat-checklist')!.answers = { a1: 4, a2: 2 };
    el.requestUpdate();
    await el.updateComplete;
    expect(shadow(el).querySelector('title')!.textContent).to.equal('Résultats par section');
    expect(desc(el)).to.equal('Section A 66,7 %, Section B valeur manquante, Section C valeur manquante.');
  });

  it('speaks English when the page or the element does', async () => {
    const el = await fixture<PartenariatRadar>(html`<partenariat-radar lang="en-CA" .series=${[
      { label: { fr: 'Nous', en: 'Us' }, values: { financier: 12.5, expertise: 50, reseautage: 25, 'innovation-sociale': null } },
    ]}></partenariat-radar>`);
    expect(shadow(el).querySelector('title')!.textContent).to.equal('Impact dimensions');
    expect(desc(el)).to.equal('Financial 12.5%, Expertise 50%, Networking 25%, Social innovation missing value.');
  });

  describe('bad input', () => {
    const cases: Array<[string, unknown, unknown, string, string]> = [
      ['two axes', axesOf(2), [], 'radar-axes-count', 'a besoin de 3 à 12 axes'],
      ['thirteen axes', axesOf(13), [], 'radar-axes-count', 'il en a reçu 13'],
      ['duplicate axis ids', [...axesOf(3), { id: 'a1', label: 'Encore' }], [], 'radar-invalid', 'axes[3].id'],
      ['NaN', axesOf(3), [{ label: 'S', values: { a1: NaN } }], 'radar-invalid', 'series[0].values.a1'],
      ['series that are not a list', axesOf(3), { label: 'S' }, 'radar-invalid', 'series'],
      ['an axis with no label', [{ id: 'x' }, ...axesOf(3)], [], 'radar-invalid', 'axes[0].label'],
    ];
    for (const [what, axes, series, code, words] of cases) {
      it(`shows a message and fires partenariat-error for ${what}`, async () => {
        const { el, errors } = await errorsDuring(() => radar(axes as RadarAxis[], series as RadarSeries[]));
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(norm(alert.textContent)).to.contain(words);
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        await expect(el).to.be.accessible();
      });
    }

    it('says so when the `for` target is not on the page', async () => {
      const { el, errors } = await errorsDuring(() => fixture<PartenariatRadar>(html`<partenariat-radar for="nulle-part"></partenariat-radar>`));
      expect(norm(shadow(el).querySelector('[role="alert"]')!.textContent)).to.contain('« nulle-part »');
      expect(errors.map((e) => e.code)).to.deep.equal(['radar-for-missing']);
    });
  });

  describe('export', () => {
    async function captureDownload(el: PartenariatRadar, label: string) {
      const [first] = await downloadsDuring(() =>
        [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!.click(),
      );
      return first;
    }

    const two = [
      { label: 'Nous', values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } },
      { label: 'Partenaire', values: { financier: 50, expertise: 50, reseautage: 50, 'innovation-sociale': 50 } },
    ];

    it('downloads a self-contained SVG in the current language, with its legend', async () => {
      const el = await radar('dimensions', two);
      const { name, blob } = await captureDownload(el, 'Télécharger l’image (SVG)');
      expect(name).to.equal('dimensions-de-l-impact.svg');
      expect(blob.type).to.equal('image/svg+xml');
      const text = await blob.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.querySelector('title')!.textContent).to.equal('Dimensions de l’impact');
      // The chart alone: none of the comments the element's template leaves in the page.
      expect(text.match(/<!--[^]*?-->/g)).to.equal(null);
      expect(norm(root.querySelector('desc')!.textContent)).to.contain('Partenaire : Financier 50 %');
      expect(root.textContent).to.contain('Innovation sociale');
      expect(root.textContent).to.contain('Partenaire');
      // No stylesheet needed: colours are written on the shapes.
      expect(root.querySelector('style')).to.equal(null);
      expect(root.querySelector('path[stroke-dasharray]')!.getAttribute('stroke')).to.match(/^rgb/);
    });

    it('keeps in the SVG a name that looks like a comment, as text', async () => {
      const el = await radar('dimensions', [two[0], { ...two[1], label: 'Partenaire <!-- B -->' }]);
      const { blob } = await captureDownload(el, 'Télécharger l’image (SVG)');
      const root = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml').documentElement;
      expect(root.textContent).to.contain('Partenaire <!-- B -->');
    });

    it('downloads a PNG image', async () => {
      const el = await radar('dimensions', two, { lang: 'en' });
      const { name, blob } = await captureDownload(el, 'Download the image (PNG)');
      expect(name).to.equal('impact-dimensions.png');
      expect(blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(blob);
      expect(bitmap.width).to.be.greaterThan(500);
    });

    it('says so in the element and in an event when the page cannot make the PNG, and no more once an image is made', async () => {
      const el = await radar('dimensions', two, { lang: 'en' });
      const toBlob = HTMLCanvasElement.prototype.toBlob;
      HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => callback(null);
      try {
        const { errors } = await errorsDuring(async () => {
          [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Download the image (PNG)')!.click();
          await until(() => shadow(el).querySelector('.actions + [role="alert"]') !== null, 'the message');
        });
        const words = 'The PNG image could not be made; the SVG format is still available.';
        expect(errors).to.deep.equal([{ code: 'radar-export', message: words, issues: [] }]);
        expect(shadow(el).querySelector('.actions + [role="alert"]')!.textContent).to.equal(words);
        await expect(el).to.be.accessible();
      } finally {
        HTMLCanvasElement.prototype.toBlob = toBlob;
      }
      await captureDownload(el, 'Download the image (SVG)');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    });
  });
});
