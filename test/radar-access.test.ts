import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PartenariatRadar } from '../src/components/radar/radar.js';
import type { RadarSeries } from '../src/schema/radar.js';
import '../src/partenariat-radar.js';
import { button, shadow, until } from './helpers.js';

/**
 * What the radar owes people who cannot see faint lines, who read with large text, who point with
 * a finger on a phone, or who hear the chart: WCAG 2.2 AA, measured in the browser.
 */

const dimensions: RadarSeries[] = [
  { label: 'Nous', values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } },
];

/** `rgb(…)` / `rgba(…)` as computed by the browser, to `[r, g, b, a]`. */
function rgba(color: string): [number, number, number, number] {
  const parts = color.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`Not a computed colour: ${color}`);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

/** The WCAG relative luminance of an opaque colour. */
function luminance([r, g, b]: number[]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two opaque computed colours. */
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgba(a)), luminance(rgba(b))].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The background the element is drawn on: the first ancestor's that is not transparent. */
function backdrop(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    const color = getComputedStyle(node).backgroundColor;
    if (rgba(color)[3] === 1) return color;
  }
  throw new Error('No opaque background behind the element');
}

describe('<partenariat-radar> accessibility', () => {
  describe('contrast of the grid (WCAG 1.4.11)', () => {
    // The page's own background in each scheme (Canvas), and the radar's surface (the value
    // bubble, exported images) drawn on it.
    const schemes: Array<[string, string, 'light' | 'dark']> = [
      ['light', 'color-scheme: light', 'light'],
      ['dark', 'color-scheme: dark', 'light'],
      ['dark by the person’s preference', 'color-scheme: light dark', 'dark'],
    ];
    for (const [name, style, preference] of schemes) {
      it(`draws rings and spokes at 3:1 or more in the ${name} scheme`, async () => {
        await emulateMedia({ colorScheme: preference });
        try {
          const wrapper = await fixture(html`<div style="${style}; background: Canvas; color: CanvasText; padding: 8px">
            <partenariat-radar style="width: 520px" .series=${dimensions}></partenariat-radar>
          </div>`);
          const el = wrapper.querySelector('partenariat-radar')!;
          await el.updateComplete;
          if (preference === 'dark') expect(getComputedStyle(wrapper).backgroundColor).to.not.equal('rgb(255, 255, 255)');
          const parts = [...shadow(el).querySelectorAll('.grid-ring, .spoke')];
          expect(parts.length).to.equal(8);
          const page = backdrop(wrapper);
          // The radar's surface, as the value bubble shows it.
          (shadow(el).querySelector('.point[tabindex="0"]') as SVGElement).focus();
          await el.updateComplete;
          const surface = getComputedStyle(shadow(el).querySelector('.bubble rect')!).fill;
          for (const part of parts) {
            const stroke = getComputedStyle(part).stroke;
            expect(rgba(stroke)[3], 'an opaque grid colour').to.equal(1);
            expect(contrast(stroke, page), `${part.getAttribute('class')} ${stroke} on the page's ${page}`).to.be.at.least(3);
            expect(contrast(stroke, surface), `${part.getAttribute('class')} ${stroke} on the surface ${surface}`).to.be.at.least(3);
            expect(Number.parseFloat(getComputedStyle(part).strokeWidth)).to.be.at.least(1);
          }
          await expect(el).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }

    it('keeps a system colour for the grid when the system forces its colours', () => {
      // Forced colours cannot be emulated through this test runner's Chromium launcher; the rule is
      // checked in the element's stylesheet instead.
      const Radar = customElements.get('partenariat-radar') as unknown as typeof PartenariatRadar;
      const rules = Radar.elementStyles.flatMap((style) => [...(style instanceof CSSStyleSheet ? style : style.styleSheet!).cssRules]);
      const forced = rules.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'));
      const grid = forced.flatMap((m) => [...m.cssRules]).find((r) => r instanceof CSSStyleRule && r.selectorText.includes('.grid-ring')) as CSSStyleRule;
      expect(grid.style.stroke.toLowerCase()).to.equal('graytext');
    });
  });

  describe('name and description of the chart', () => {
    it('names the image by its title alone and describes it by its values, so nothing is read twice', async () => {
      const el = await fixture<PartenariatRadar>(html`<partenariat-radar id="nom" style="width: 520px" .series=${dimensions}></partenariat-radar>`);
      const chart = shadow(el).querySelector('svg.radar')!;
      expect(chart.getAttribute('aria-labelledby')).to.equal('chart-title');
      expect(chart.getAttribute('aria-describedby')).to.equal('chart-desc');
      // The accessibility tree is not reachable from this runner's commands (no a11y-snapshot
      // plugin), so the name and description are computed from what the attributes point at.
      const text = (ids: string) =>
        ids.split(' ').map((id) => shadow(el).getElementById(id)!.textContent!.trim()).join(' ').replace(/[\u00a0\u202f]/g, ' ');
      expect(text(chart.getAttribute('aria-labelledby')!)).to.equal('Dimensions de l’impact');
      expect(text(chart.getAttribute('aria-describedby')!)).to.equal('Financier 75 %, Expertise 50 %, Réseautage 25 %, Innovation sociale 100 %.');
      // The points' group stays outside the image: its values are not in the name either.
      expect(chart.querySelector('.point')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('text size (WCAG 1.4.4)', () => {
    const fontSizes = (el: Element, selector: string) =>
      [...shadow(el).querySelectorAll(selector)].map((t) => Number.parseFloat(getComputedStyle(t).fontSize));

    /**
     * Every axis and ring label lies within the chart's box: nothing is clipped or hidden. The
     * boxes are the SVG's own (`getBBox`, the font's ascent to descent, in the viewBox's units):
     * Chromium's client rectangles of SVG text add glyph overflow that no layout can predict.
     */
    function expectLabelsInside(el: Element, what: string) {
      const chart = shadow(el).querySelector<SVGSVGElement>('svg.radar')!;
      const { width, height } = chart.viewBox.baseVal;
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('.axis-label, .ring-label')];
      expect(labels.length).to.be.greaterThan(0);
      for (const label of labels) {
        const b = label.getBBox();
        const where = `« ${label.textContent} » ${what}: [${b.x}, ${b.x + b.width}] × [${b.y}, ${b.y + b.height}] in ${width} × ${height}`;
        expect(b.x, where).to.be.at.least(-0.5);
        expect(b.x + b.width, where).to.be.at.most(width + 0.5);
        expect(b.y, where).to.be.at.least(-0.5);
        expect(b.y + b.height, where).to.be.at.most(height + 0.5);
      }
    }

    async function atDoubleText(run: () => Promise<void>) {
      document.documentElement.style.fontSize = '200%';
      try {
        await run();
      } finally {
        document.documentElement.style.fontSize = '';
      }
    }

    it('draws axis and ring labels twice as large when the text is twice as large', async () => {
      const el = await fixture<PartenariatRadar>(html`<partenariat-radar style="width: 800px" .series=${dimensions}></partenariat-radar>`);
      expect(fontSizes(el, '.axis-label')).to.deep.equal([14, 14, 14, 14]);
      expect(fontSizes(el, '.ring-label')).to.deep.equal([12, 12, 12, 12]);
      expectLabelsInside(el, 'at 100 %');
      await atDoubleText(async () => {
        await until(() => fontSizes(el, '.axis-label')[0] !== 14, 'the labels to follow the text size');
        await el.updateComplete;
        expect(fontSizes(el, '.axis-label')).to.deep.equal([28, 28, 28, 28]);
        expect(fontSizes(el, '.ring-label')).to.deep.equal([24, 24, 24, 24]);
        expectLabelsInside(el, 'at 200 %');
      });
      // And back.
      await until(() => fontSizes(el, '.axis-label')[0] === 14, 'the labels to follow the text size back');
    });

    it('follows a text size the page sets on the element itself', async () => {
      const el = await fixture<PartenariatRadar>(html`<partenariat-radar style="width: 800px; font-size: 24px" .series=${dimensions}></partenariat-radar>`);
      await until(() => fontSizes(el, '.axis-label')[0] === 21, 'the labels to follow the element’s text size');
      expectLabelsInside(el, 'at 24 px');
    });

    for (const width of [520, 320]) {
      it(`keeps every label inside the chart at 200 % text in a ${width} px box`, async () => {
        await atDoubleText(async () => {
          const el = await fixture<PartenariatRadar>(html`<partenariat-radar style=${`width: ${width}px`} .series=${dimensions}></partenariat-radar>`);
          await until(() => fontSizes(el, '.axis-label')[0] > 14, 'the labels to follow the text size');
          await el.updateComplete;
          // Larger than at 100 %, if not always twice: on a narrow box the chart needs some room.
          if (width >= 520) expect(fontSizes(el, '.axis-label')[0]).to.be.at.least(20);
          expectLabelsInside(el, `at 200 % in ${width} px`);
          await expect(el).to.be.accessible();
        });
      });
    }
  });

  describe('points under a finger (WCAG 2.5.8) and the keyboard', () => {
    const axes = ['a1', 'a2', 'a3', 'a4'].map((id, i) => ({ id, label: `Axe ${i + 1}` }));
    // Close values: at a small width, points of different series nearly touch.
    const close: RadarSeries[] = [
      { label: 'Nous', values: { a1: 50, a2: 80, a3: 20, a4: 60 } },
      { label: 'Eux', values: { a1: 53, a2: 40, a3: 22, a4: 90 } },
      { label: 'Tous', values: { a1: 56, a2: 10, a3: null, a4: 30 } },
    ];

    for (const width of [320, 800]) {
      it(`gives each pointer target 24 × 24 px that no other overlaps, or none, at ${width} px; arrows, Home and End reach every point`, async () => {
        const wrapper = await fixture(html`<div><button id="avant">Avant</button>
          <partenariat-radar style=${`width: ${width}px`} .axes=${axes} .series=${close}></partenariat-radar></div>`);
        const el = wrapper.querySelector('partenariat-radar')!;
        await until(() => shadow(el).querySelector<SVGSVGElement>('svg.radar')!.viewBox.baseVal.width === width, 'the chart to be laid out for its box');
        await el.updateComplete;
        const points = [...shadow(el).querySelectorAll<SVGCircleElement>('.point')];
        expect(points.length).to.equal(12);
        const targets = points.filter((p) => getComputedStyle(p).pointerEvents !== 'none');
        const centre = (p: Element) => {
          const r = p.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
        };
        for (const t of targets) {
          const c = centre(t);
          expect(c.w, t.getAttribute('aria-label')!).to.be.at.least(24);
          expect(c.h, t.getAttribute('aria-label')!).to.be.at.least(24);
          // What a finger or a pointer reaches at its centre is that point.
          expect(shadow(el).elementFromPoint(c.x, c.y), t.getAttribute('aria-label')!).to.equal(t);
          for (const other of targets) {
            if (other === t) continue;
            const o = centre(other);
            expect(Math.hypot(c.x - o.x, c.y - o.y), `${t.getAttribute('aria-label')} / ${other.getAttribute('aria-label')}`).to.be.at.least(24);
          }
        }
        if (width >= 800) {
          // Wide: only the points within 24 px of another (50, 53 and 56 % on Axe 1; 20 and 22 % on
          // Axe 3) are left to the keyboard and the table.
          const pointable = targets.map((t) => t.getAttribute('aria-label')!.replace(/[\u00a0\u202f]/g, ' ')).sort();
          expect(pointable).to.deep.equal([
            'Eux — Axe 2 : 40 %', 'Eux — Axe 4 : 90 %', 'Nous — Axe 2 : 80 %', 'Nous — Axe 4 : 60 %',
            'Tous — Axe 2 : 10 %', 'Tous — Axe 3 : valeur manquante', 'Tous — Axe 4 : 30 %',
          ]);
        }

        // The keyboard reaches every point whatever the pointer can.
        wrapper.querySelector<HTMLButtonElement>('#avant')!.focus();
        await sendKeys({ press: 'Tab' });
        const label = () => (shadow(el).activeElement?.getAttribute('aria-label') ?? '').replace(/[\u00a0\u202f]/g, ' ');
        expect(label()).to.equal('Nous — Axe 1 : 50 %');
        await sendKeys({ press: 'End' });
        await el.updateComplete;
        expect(label()).to.equal('Nous — Axe 4 : 60 %');
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        expect(label()).to.equal('Eux — Axe 4 : 90 %');
        await sendKeys({ press: 'Home' });
        await el.updateComplete;
        expect(label()).to.equal('Eux — Axe 1 : 53 %');
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        expect(label()).to.equal('Tous — Axe 3 : valeur manquante');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('reflow at 320 px (WCAG 1.4.10)', () => {
    const two: RadarSeries[] = [
      { label: { fr: 'Notre organisme', en: 'Our organization' }, values: { financier: 75, expertise: 50, reseautage: 25, 'innovation-sociale': 100 } },
      {
        label: { fr: 'Le partenaire', en: 'The partner' },
        values: { financier: 50, expertise: null, reseautage: 120, 'innovation-sociale': 40 },
        low: { financier: 40, expertise: 0, reseautage: 90, 'innovation-sociale': 30 },
        high: { financier: 60, expertise: 0, reseautage: 100, 'innovation-sociale': 50 },
      },
    ];
    const words = { fr: ['Afficher les données', 'Masquer les données'], en: ['Show the data', 'Hide the data'] } as const;

    for (const lang of ['fr', 'en'] as const) {
      it(`does not make the page scroll sideways, chart and table, in ${lang === 'fr' ? 'French' : 'English'}`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const el = await fixture<PartenariatRadar>(html`<partenariat-radar lang=${lang} .series=${two}></partenariat-radar>`);
          await until(() => shadow(el).querySelector<SVGSVGElement>('svg.radar')?.viewBox.baseVal.width === el.clientWidth, 'the chart to be laid out for 320 px');
          expect(document.documentElement.scrollWidth, 'the chart').to.be.at.most(320);
          button(el, words[lang][0]).click();
          await el.updateComplete;
          expect(shadow(el).querySelector('table')).to.not.equal(null);
          expect(document.documentElement.scrollWidth, 'the table').to.be.at.most(320);
          // Wider than the screen, the table scrolls in its own box, which the keyboard can reach.
          const box = shadow(el).querySelector<HTMLElement>('.table-scroll')!;
          expect(box.getAttribute('role')).to.equal('region');
          expect(box.tabIndex).to.equal(0);
          expect(shadow(el).getElementById(box.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
          await expect(el).to.be.accessible();
          button(el, words[lang][1]).click();
          await el.updateComplete;
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  describe('axe in every state, light and dark', () => {
    const axes = ['a1', 'a2', 'a3'].map((id, i) => ({ id, label: { fr: `Axe ${i + 1}`, en: `Axis ${i + 1}` } }));
    const states: Array<[string, unknown, unknown, (el: PartenariatRadar) => Promise<void>]> = [
      ['one series', 'dimensions', dimensions, async () => {}],
      ['several series, a band, missing and out-of-range values', axes, [
        { label: 'Nous', values: { a1: 10, a2: 120, a3: null } },
        { label: 'Eux', values: { a1: 40, a2: 50, a3: 60 }, low: { a1: 30, a2: 40, a3: 50 }, high: { a1: 50, a2: 60, a3: 70 } },
      ], async () => {}],
      ['its table shown', axes, [{ label: 'Nous', values: { a1: 10, a2: 20, a3: 30 } }], async (el) => {
        button(el, /^(Afficher les données|Show the data)$/).click();
        await el.updateComplete;
      }],
      ['a point focused, with its value shown', axes, [{ label: 'Nous', values: { a1: 10, a2: 20, a3: 30 } }], async (el) => {
        shadow(el).querySelector<SVGElement>('.point[tabindex="0"]')!.focus();
        await el.updateComplete;
        expect(shadow(el).querySelector('.bubble')).to.not.equal(null);
      }],
      ['no data yet', axes, [], async () => {}],
      ['data it cannot draw', axes.slice(0, 2), [], async (el) => {
        expect(shadow(el).querySelector('[role="alert"]')).to.not.equal(null);
      }],
    ];
    for (const scheme of ['light', 'dark']) {
      for (const [name, a, series, then] of states) {
        it(`has no axe violation with ${name}, ${scheme}`, async () => {
          const wrapper = await fixture(html`<div style=${`color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px`}>
            <partenariat-radar .axes=${a} .series=${series} @partenariat-error=${(e: Event) => e.stopPropagation()}></partenariat-radar>
          </div>`);
          const el = wrapper.querySelector('partenariat-radar')!;
          await el.updateComplete;
          await then(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('properties set before the element is defined', () => {
    it('honours them, and a read-only `locale` set then does not hide the language for good', async () => {
      const { PartenariatRadar: Radar } = await import('../src/components/radar/radar.js');
      const wrapper = await fixture(html`<div lang="fr"></div>`);
      const early = document.createElement('radar-avant') as HTMLElement & Record<string, unknown>;
      early.axes = [{ id: 'a', label: { fr: 'Un', en: 'One' } }, { id: 'b', label: 'Deux' }, { id: 'c', label: 'Trois' }];
      early.series = [{ label: 'S', values: { a: 1, b: 2, c: 3 } }];
      early.min = 0;
      early.max = 4;
      early.label = 'Avant la définition';
      early.locale = 'en';
      wrapper.append(early);
      customElements.define('radar-avant', class extends Radar {});
      const el = early as unknown as PartenariatRadar;
      await el.updateComplete;
      expect(Object.hasOwn(el, 'locale'), 'an own `locale` hiding the getter').to.equal(false);
      expect(el.locale).to.equal('fr');
      expect(shadow(el).querySelector('title')!.textContent).to.equal('Avant la définition');
      expect(shadow(el).querySelector('desc')!.textContent!.replace(/[\u00a0\u202f]/g, ' ')).to.equal('Un 1, Deux 2, Trois 3.');
      // Later changes go through too.
      el.label = 'Après';
      wrapper.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(el.locale).to.equal('en');
      expect(shadow(el).querySelector('title')!.textContent).to.equal('Après');
      expect(shadow(el).querySelector('desc')!.textContent).to.equal('One 1, Deux 2, Trois 3.');
    });
  });
});
