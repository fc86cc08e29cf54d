import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PartenariatRoles } from '../src/components/roles/roles.js';
import { roleTableFromTemplate } from '../src/components/roles/templates.js';
import '../src/partenariat-roles.js';
import { shadow, until } from './helpers.js';

const q = <T extends Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function roles(template = html`<partenariat-roles template="association-office" autosave="off"></partenariat-roles>`) {
  const el = await fixture<PartenariatRoles>(template);
  await el.updateComplete;
  await frames();
  return el;
}

async function open(el: PartenariatRoles, name: string, text: string) {
  const input = q<HTMLInputElement>(el, '#import');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** The colour `css` gives once painted over `under` (both as the browser computes them), as sRGB 0–255. */
function painted(css: string, under = '#fff'): [number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = under;
  ctx.fillRect(0, 0, 1, 1);
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const lum = (rgb: [number, number, number]) => {
    const [r, g, b] = rgb.map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('<partenariat-roles> layout', function () {
  this.timeout(30000);

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('never widens a 320 px page, in every view, in French and in English', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const lang of ['fr', 'en']) {
      const views: Record<string, number> = {};
      const el = await roles(html`<partenariat-roles lang=${lang} template="association-office" autosave="off"></partenariat-roles>`);
      views.editing = document.documentElement.scrollWidth;
      const select = shadow(el).querySelectorAll<HTMLSelectElement>('tbody tr:first-child select')[1];
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await frames();
      expect(q(el, '.warning')).to.exist;
      views.warning = document.documentElement.scrollWidth;
      await open(el, 'notes.json', 'pas du json');
      await until(() => !!shadow(el).querySelector('.notice'), 'the import error');
      await frames();
      views.importError = document.documentElement.scrollWidth;
      el.readonly = true;
      await el.updateComplete;
      await frames();
      views.readonly = document.documentElement.scrollWidth;
      expect(views, lang).to.deep.equal({ editing: 320, warning: 320, importError: 320, readonly: 320 });
      el.remove();
    }
  });

  for (const size of ['small', 'large']) it(`at 320 px, brings each focused header control of a ${size} table into view beside the first column, never under it`, async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await roles();
    if (size === 'large') {
      // Many cells: the table is laid out from its header row alone.
      const table = el.value;
      table.responsibilities = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, label: `Responsabilité numéro ${i + 1}` }));
      table.partners.push({ id: 'clsc', name: 'CLSC du quartier' });
      table.assignments = {};
      el.value = table;
      await el.updateComplete;
      await frames();
      expect(q(el, 'table').classList.contains('large')).to.equal(true);
    }
    const scroller = q<HTMLElement>(el, '.table-scroll');
    q<HTMLTextAreaElement>(el, 'thead th:nth-child(2) textarea').focus();
    await frames();
    const seen: string[] = [];
    // Every control of the column headers, then the first row's.
    for (let i = 0; i < 16; i++) {
      const focused = shadow(el).activeElement as HTMLElement;
      const row = focused.closest('tr')!;
      const first = row.firstElementChild!.getBoundingClientRect();
      const box = focused.getBoundingClientRect();
      const name = focused.getAttribute('aria-label') ?? focused.localName;
      seen.push(name);
      if (!row.firstElementChild!.contains(focused)) {
        expect(box.left, `${name}: left edge beside the first column`).to.be.at.least(first.right - 0.5);
        expect(box.right, `${name}: right edge within the scroller`).to.be.at.most(scroller.getBoundingClientRect().right + 0.5);
      }
      await sendKeys({ press: 'Tab' });
      await frames();
    }
    expect(seen).to.include('Retirer « Comité consultatif de résidants (CCR) »'.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»'));
  });

  it('draws the header fields’ borders at 3:1 or more on the tinted header, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await roles();
      el.style.colorScheme = scheme;
      await frames();
      const surface = getComputedStyle(q(el, '.root')).backgroundColor;
      for (const selector of ['thead th:nth-child(2)', 'tbody th']) {
        const th = q<HTMLElement>(el, selector);
        const field = th.querySelector('textarea')!;
        // The header's tint (the sticky column paints it as a gradient over the surface).
        const style = getComputedStyle(th);
        const tint = style.backgroundImage !== 'none' ? style.backgroundImage.match(/(?:rgba?|color)\([^()]*\)/)![0] : style.backgroundColor;
        const background = painted(tint, surface);
        const border = painted(getComputedStyle(field).borderTopColor, surface);
        expect(contrast(border, background), `${scheme} ${selector}`).to.be.at.least(3);
      }
      el.remove();
    }
  });

  it('prints every partner of a wide table within the page', async () => {
    await setViewport({ width: 740, height: 1000 });
    for (const [count, rows] of [[8, 6], [20, 6], [20, 40]]) {
      const el = await roles();
      const table = roleTableFromTemplate('association-office', 'fr');
      table.partners = Array.from({ length: count }, (_, i) => ({ id: `p${i + 1}`, name: `Regroupement des organismes communautaires numéro ${i + 1}` }));
      table.responsibilities = Array.from({ length: rows }, (_, i) => ({ id: `r${i}`, label: `Responsabilité numéro ${i + 1}` }));
      table.assignments = { r0: { p1: 'decide-realise' } };
      el.value = table;
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      await frames();
      // In narrow printed columns, a role is said by its letters, which the printed legend explains.
      expect(q<HTMLElement>(el, 'tbody td').innerText.trim()).to.equal('DR');
      const box = el.getBoundingClientRect();
      const headers = [...shadow(el).querySelectorAll<HTMLElement>('thead th')].filter((th) => getComputedStyle(th).display !== 'none');
      expect(headers.length).to.equal(count + 1);
      for (const th of headers) {
        const r = th.getBoundingClientRect();
        expect(r.left, th.textContent!).to.be.at.least(box.left - 0.5);
        expect(r.right, th.textContent!).to.be.at.most(box.right + 0.5);
      }
      const printed = q<HTMLTableElement>(el, 'table');
      expect(printed.scrollWidth).to.be.at.most(printed.clientWidth);
      expect(q<HTMLElement>(el, '.table-scroll').scrollWidth).to.be.at.most(q<HTMLElement>(el, '.table-scroll').clientWidth);
      await emulateMedia({ media: 'screen' });
      el.remove();
    }
  });

  it('prints every row of a large table even before they are all on the screen', async () => {
    const el = await roles();
    const table = el.value;
    table.responsibilities = Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, label: `Responsabilité numéro ${i + 1}` }));
    table.assignments = {};
    el.value = table;
    await new Promise((r) => setTimeout(r));
    expect(shadow(el).querySelectorAll('tbody tr').length).to.be.below(100);
    window.dispatchEvent(new Event('beforeprint'));
    expect(shadow(el).querySelectorAll('tbody tr').length).to.equal(100);
  });
});
