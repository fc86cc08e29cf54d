import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { LocalizedElement } from '../../internal/localized-element.js';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import type { RadarAxis, RadarSeries } from '../../schema/radar.js';
import { checkRadar } from './check.js';
import type { Instrument } from '../../schema/instrument.js';
import type { Result } from '../../schema/result.js';
import { localize } from '../../schema/text.js';
import { DEFAULT_DIMENSIONS, DEFAULT_SECTIONS } from '../../instruments/default-axes.js';
import { PartenariatErrorEvent, type PartenariatErrorCode, type PartenariatErrorDetail } from '../../events/events.js';
import { formatNumber, formatPercent, inLocale } from '../../internal/localize.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { radarStyles } from './radar.styles.js';
import {
  DASHES,
  MARKERS,
  MAX_AXES,
  MIN_AXES,
  axisAngle,
  bandPath,
  clamp,
  estimateWidth,
  fmt,
  layoutRadar,
  markerPath,
  polar,
  ringValues,
  seriesPath,
  valueRadius,
  type Measure,
  type Point,
  type RadarLayout,
} from './geometry.js';
// The English of this folder's messages.
import '../../generated/locales/en-radar.js';


/** The default questionnaire's sections and dimensions, without the rest of it. */
const DEFAULT_AXES = { sections: DEFAULT_SECTIONS, dimensions: DEFAULT_DIMENSIONS } as unknown as Pick<Instrument, 'sections' | 'dimensions'>;
/** What the radar follows: a `<partenariat-checklist>`, by its public API. */
interface Followed extends HTMLElement {
  readonly result: Result | null;
  readonly activeInstrument: Instrument | null;
}

/** One value as drawn: where, and what to say of it. */
interface Cell {
  value: number | null;
  shown: number | null;
  clamped: boolean;
  low: number | null;
  high: number | null;
}

interface Model {
  axes: Array<{ id: string; label: string }>;
  series: Array<{ label: string; cells: Cell[]; band: boolean }>;
}

/** Sizes of the chart's texts, in ems of the element's text: as 14, 12 and 13 px are to 16. */
const AXIS_LABEL_EM = 0.875;
const RING_LABEL_EM = 0.75;
const BUBBLE_EM = 0.8125;

let canvasContext: CanvasRenderingContext2D | null | undefined;

/** Measures text as the chart draws it, in `family`; estimates it when no canvas can. */
function measurer(family: string): Measure {
  canvasContext ??= document.createElement('canvas').getContext('2d');
  const context = canvasContext;
  if (!context || !family) return estimateWidth;
  return (text, size) => {
    const font = `${size}px ${family}`;
    if (context.font !== font) context.font = font;
    return context.measureText(text).width;
  };
}

/** The smallest pointer target, in CSS pixels (WCAG 2.5.8). */
const TARGET = 24;

const axesConverter = {
  fromAttribute: (value: string | null) => value ?? 'dimensions',
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/**
 * A radar chart of 3 to 12 axes — by default the four impact dimensions of a partnership — with
 * one or several series, drawn in SVG, with a table of the same numbers and keyboard access to
 * each point.
 *
 * Its labels follow the element's text size (by default the page's root size, `1rem`): at 200 %
 * text they are twice as large, and the chart makes room for them; only in a box too narrow for
 * them do they get smaller, never cut.
 *
 * A pointer (mouse, finger) reaches each point on a target of 24 px or more; a point whose target
 * would overlap another's (close values, a narrow chart) is left to the keyboard and the table.
 *
 * @summary An accessible, comparative radar chart.
 *
 * @fires partenariat-error - The data cannot be drawn (wrong shapes, NaN, duplicate axis ids, fewer
 *   than 3 or more than 12 axes, an unknown `for` target), or an image a person asked for cannot be
 *   made (`radar-export`: the PNG, or the code that makes images, which the radar loads when a
 *   person first asks for one; the element says so under its buttons too); `detail` is
 *   `{code, message, issues}`. From the npm modules, the first data a page's radars refuse waits
 *   for the code that says what is wrong, loaded then (`updateComplete` waits for it too).
 *
 * @csspart root - The element's box.
 * @csspart chart - The SVG chart.
 * @csspart legend - The legend under the chart.
 * @csspart notes - What is said of missing and out-of-range values.
 * @csspart button - Every button.
 * @csspart export - The two buttons that download the image (SVG, PNG); a page that offers its own can hide them.
 * @csspart table - The table of the numbers.
 * @csspart error - The message shown when the data cannot be drawn.
 *
 * @cssprop --partenariat-radar-color-1 - Colour of the first series (up to `-10`).
 * @cssprop --partenariat-radar-grid - Colour of the rings and spokes; keep it at 3:1 or more against the page.
 * @cssprop --partenariat-radar-accent - Focus and buttons. Falls back to `--partenariat-color-accent`.
 * @cssprop --partenariat-radar-text - Text. Falls back to `--partenariat-color-text`.
 * @cssprop --partenariat-radar-muted - Secondary text. Falls back to `--partenariat-color-muted`.
 * @cssprop --partenariat-radar-surface - Background of the value bubble and of exported images. Falls back to `--partenariat-color-surface`.
 * @cssprop --partenariat-radar-border - Borders of the table. Falls back to `--partenariat-color-border`.
 * @cssprop --partenariat-radar-font - Font family. Falls back to `--partenariat-font`.
 */
export class PartenariatRadar extends LocalizedElement {
  static override styles = [sharedStyles, radarStyles];

  /**
   * The reactive properties, declared here rather than by decorators, whose helpers would add
   * about 0.45 KB brotli to an app that imports the radar alone. Each is documented at its field
   * below; the private ones are internal state (no attribute).
   */
  static override properties = {
    axes: { converter: axesConverter },
    series: { attribute: false },
    min: { type: Number },
    max: { type: Number },
    htmlFor: { attribute: 'for' },
    label: {},
    width: { state: true },
    textSize: { state: true },
    showTable: { state: true },
    active: { state: true },
    pointFocused: { state: true },
    exportFailure: { state: true },
  };

  /**
   * The axes, `[{id, label}]` with labels as text or `{fr, en}`; or `"dimensions"` (the default)
   * or `"sections"` of the questionnaire (the followed checklist's, else the default one).
   */
  axes: RadarAxis[] | 'dimensions' | 'sections' | string = 'dimensions';

  /** The series, `[{label, values, low?, high?}]`, values by axis id; `low`/`high` draw a band. */
  series: RadarSeries[] = [];

  /** The value at the centre. */
  min = 0;

  /** The value on the outer ring. */
  max = 100;

  /**
   * The id of a `<partenariat-checklist>` whose result the radar follows live. The checklist may
   * come later in the page, or be added later by an application.
   */
  htmlFor = '';

  /** The chart's title (its accessible name). By default, one that fits the axes. */
  label = '';

  private width = 480;
  /** The element's text size in pixels: the labels follow it (WCAG 1.4.4). */
  private textSize = 16;
  private showTable = false;
  private active: { series: number; axis: number } = { series: 0, axis: 0 };
  private pointFocused = false;
  /** The last image asked for could not be made: the PNG alone, or any (its code could not be loaded). */
  private exportFailure: 'image' | 'png' | undefined;

  private target: Followed | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private lastError = '';
  private model: Model | undefined;
  private measure: Measure = estimateWidth;
  private failure: PartenariatErrorDetail | undefined;
  /** Refused data waits for the full check, which says why (see buildModel). */
  private checking: Promise<void> | undefined;
  private readonly handleTargetChange = () => this.requestUpdate();
  /** Where the radar waits for its checklist when the page has not put it in yet. */
  private watched: Document | ShadowRoot | undefined;
  private readonly handleLateTarget = (event: Event) => {
    const from = event.target as Element | null;
    if (this.htmlFor && from !== this.target && from?.id === this.htmlFor) this.requestUpdate();
  };



  override connectedCallback(): void {
    // Moved in the page, it renders again (LocalizedElement) and looks for its checklist again.
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      for (const entry of entries) {
        // Next frame: re-rendering inside the observer's callback would resize it again at once.
        if (entry.target === this) {
          const width = Math.round(entry.contentRect.width);
          if (width > 0 && Math.abs(width - this.width) > 2) requestAnimationFrame(() => (this.width = width));
        } else if (entry.contentRect.width > 0 && entry.contentRect.width !== this.textSize) {
          // The 1 em probe changed size: the page's text size (or the element's font) changed.
          requestAnimationFrame(() => this.readFont());
        }
      }
    });
    this.resizeObserver.observe(this);
    this.observeTextSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.follow(undefined);
    this.watch(undefined);
  }



  /** Also waits, when the data is refused, for the words that say why: then the element shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.checking) {
      await this.checking;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(): void {
    this.observeTextSize();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.readFont();
    if (changed.has('htmlFor') || (this.htmlFor && !this.target?.isConnected)) this.findTarget();
    // The data is checked and laid out again only when it may have changed: not for a move of the
    // keyboard focus, the table toggle or a resize. An update with no property changed comes from
    // the followed checklist or a change of language.
    const view = ['width', 'textSize', 'showTable', 'active', 'pointFocused'];
    if (!this.hasUpdated || changed.size === 0 || [...changed.keys()].some((key) => !view.includes(String(key)))) {
      inLocale(this.locale, () => this.buildModel());
    }
  }

  protected override updated(): void {
    // A failure with no message is a wait (the `for` target may come later in the page): no event.
    if (this.failure?.message) {
      const key = `${this.failure.code}|${this.failure.message}|${JSON.stringify(this.failure.issues)}`;
      if (key !== this.lastError) {
        this.lastError = key;
        this.dispatchEvent(new PartenariatErrorEvent(this.failure));
      }
    } else {
      this.lastError = '';
    }
  }

  // ---- text size ----

  /** Watches a 1 em box, which changes size with the text size whatever the element's width. */
  private observeTextSize(): void {
    const probe = this.renderRoot?.querySelector?.('.em');
    if (probe) this.resizeObserver?.observe(probe);
  }

  private readFont(): void {
    const style = getComputedStyle(this);
    const size = Number.parseFloat(style.fontSize);
    this.measure = measurer(style.fontFamily);
    if (size > 0 && size !== this.textSize) this.textSize = size;
  }

  // ---- data ----

  private findTarget(): void {
    if (!this.htmlFor) {
      this.watch(undefined);
      return this.follow(undefined);
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const found = (root.getElementById?.(this.htmlFor) ?? null) as Followed | null;
    this.follow(found && 'result' in found ? found : undefined);
    if (found && !this.target && found.localName.includes('-')) {
      // The checklist's script has not run yet: follow it once it is defined.
      customElements.whenDefined(found.localName).then(() => this.requestUpdate());
    }
    if (!found && document.readyState === 'loading') {
      // The checklist may come later in the page.
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
    // Or an application may put it in later, or put a new one in its place: a checklist says when
    // its questionnaire is ready, or when it cannot be, in events that reach the radar's root.
    this.watch(this.isConnected ? root : undefined);
  }

  private watch(root: Document | ShadowRoot | undefined): void {
    if (root === this.watched) return;
    for (const type of ['partenariat-load', 'partenariat-error']) {
      this.watched?.removeEventListener(type, this.handleLateTarget);
      root?.addEventListener(type, this.handleLateTarget);
    }
    this.watched = root;
  }

  private follow(target: Followed | undefined): void {
    if (target === this.target) return;
    for (const type of ['partenariat-change', 'partenariat-complete', 'partenariat-load', 'partenariat-internal-update']) {
      this.target?.removeEventListener(type, this.handleTargetChange);
      target?.addEventListener(type, this.handleTargetChange);
    }
    this.target = target;
  }

  private fail(code: PartenariatErrorCode, message: string, issues: PartenariatErrorDetail['issues'] = []): void {
    this.failure = { code, message, issues };
    this.model = undefined;
  }

  private buildModel(): void {
    this.failure = undefined;
    const locale = this.locale;
    if (!(Number.isFinite(this.min) && Number.isFinite(this.max) && this.min < this.max)) {
      return this.fail('radar-invalid', msg('L’échelle du graphique n’est pas valide : « min » doit être plus petit que « max ».', { id: 'radar.error.scale' }));
    }
    let axesInput: unknown = this.axes;
    let seriesInput: unknown = this.series;
    if (this.htmlFor) {
      if (!this.target) {
        if (document.readyState === 'loading') return this.fail('radar-for-missing', '');
        return this.fail(
          'radar-for-missing',
          msg(str`Aucun questionnaire ne porte l’identifiant « ${this.htmlFor} » sur cette page.`, { id: 'radar.error.for' }),
        );
      }
      const instrument = this.target.activeInstrument;
      const result = this.target.result;
      if (typeof this.axes === 'string') axesInput = this.axesOf(instrument ?? DEFAULT_AXES);
      const scores = this.axes === 'sections' ? result?.scores.sections : result?.scores.dimensions;
      seriesInput = [
        {
          label: result?.profile.organisation || msg('Nos résultats', { id: 'radar.our-results' }),
          values: Object.fromEntries((scores ?? []).map((s) => [s.id, s.percent])),
        },
      ];
    } else if (typeof this.axes === 'string') {
      axesInput = this.axesOf(DEFAULT_AXES);
    }
    if (axesInput === null) {
      return this.fail('radar-invalid', msg('« axes » doit être une liste d’axes, « dimensions » ou « sections ».', { id: 'radar.error.axes-kind' }));
    }
    // Checked as RadarAxesSchema and RadarSeriesListSchema would (check.ts): refused
    // data may first wait for the full check, which says what is wrong.
    const data = checkRadar(axesInput, seriesInput);
    if (data instanceof Promise) {
      this.checking ??= data.then(() => {
        this.checking = undefined;
        this.requestUpdate();
      });
      return this.fail('radar-invalid', '');
    }
    if (data.issues) {
      return this.fail('radar-invalid', msg('Les données du graphique ne sont pas valides.', { id: 'radar.error.invalid' }), data.issues);
    }
    const { axes, series } = data;
    if (axes.length < MIN_AXES || axes.length > MAX_AXES) {
      return this.fail(
        'radar-axes-count',
        msg(str`Un graphique radar a besoin de 3 à 12 axes ; il en a reçu ${axes.length}.`, { id: 'radar.error.count' }),
      );
    }
    const read = (record: Record<string, number | null | undefined> | undefined, id: string) => {
      const v = record?.[id];
      return typeof v === 'number' ? v : null;
    };
    this.model = {
      axes: axes.map((a) => ({ id: a.id, label: localize(a.label, locale) })),
      series: series.map((s) => ({
        label: localize(s.label, locale),
        band: Boolean(s.low && s.high),
        cells: axes.map((a) => {
          const value = read(s.values, a.id);
          const c = value === null ? null : clamp(value, this.min, this.max);
          return {
            value,
            shown: c ? c.value : null,
            clamped: c?.clamped ?? false,
            low: read(s.low, a.id),
            high: read(s.high, a.id),
          };
        }),
      })),
    };
    const { series: si, axis } = this.active;
    if (si >= this.model.series.length || axis >= this.model.axes.length) this.active = { series: 0, axis: 0 };
  }

  private axesOf(instrument: Pick<Instrument, 'sections' | 'dimensions'>): RadarAxis[] | null {
    if (this.axes === 'sections') return instrument.sections.map((s) => ({ id: s.id, label: s.title }));
    if (this.axes === 'dimensions') return (instrument.dimensions ?? []).map((d) => ({ id: d.id, label: d.label }));
    return null;
  }

  // ---- words ----

  private chartTitle(): string {
    if (this.label) return this.label;
    if (this.axes === 'dimensions') return msg('Dimensions de l’impact', { id: 'radar.title.dimensions' });
    if (this.axes === 'sections') return msg('Résultats par section', { id: 'radar.title.sections' });
    return msg('Graphique radar', { id: 'radar.title' });
  }

  private sayExportFailure(): string {
    return this.exportFailure === 'png'
      ? msg('L’image PNG n’a pas pu être créée ; le format SVG reste disponible.', { id: 'radar.error.png' })
      : msg('L’image n’a pas pu être créée ; rechargez la page pour réessayer.', { id: 'radar.error.export' });
  }

  /** `« : »` with the space French typography wants before it, `": "` in English. */
  private colon(): string {
    return this.locale === 'fr' ? '\u00a0: ' : ': ';
  }

  private format(value: number): string {
    return this.min === 0 && this.max === 100
      ? formatPercent(value, this.locale)
      : formatNumber(value, this.locale, { maximumFractionDigits: 2 });
  }

  private sayCell(cell: Cell): string {
    if (cell.value === null) return msg('valeur manquante', { id: 'radar.missing' });
    const value = this.format(cell.value);
    const said = cell.clamped ? msg(str`${value}, hors de l’échelle`, { id: 'radar.out-of-range' }) : value;
    return cell.low !== null && cell.high !== null
      ? msg(str`${said} (de ${this.format(cell.low)} à ${this.format(cell.high)})`, { id: 'radar.range' })
      : said;
  }

  private description(model: Model): string {
    const one = (s: Model['series'][number]) =>
      s.cells.map((c, i) => `${model.axes[i].label} ${this.sayCell(c)}`).join(', ');
    if (!model.series.length) return msg('Aucune donnée à afficher pour l’instant.', { id: 'radar.empty' });
    if (model.series.length === 1) return `${one(model.series[0])}.`;
    return `${model.series.map((s) => `${s.label}${this.colon()}${one(s)}`).join(this.locale === 'fr' ? '\u202f; ' : '; ')}.`;
  }

  // ---- handlers ----

  private handleKey(event: KeyboardEvent): void {
    const model = this.model;
    if (!model || !model.series.length) return;
    const axes = model.axes.length;
    const count = model.series.length;
    let { series, axis } = this.active;
    switch (event.key) {
      case 'ArrowRight':
        axis = (axis + 1) % axes;
        break;
      case 'ArrowLeft':
        axis = (axis - 1 + axes) % axes;
        break;
      case 'ArrowDown':
        series = (series + 1) % count;
        break;
      case 'ArrowUp':
        series = (series - 1 + count) % count;
        break;
      case 'Home':
        axis = 0;
        break;
      case 'End':
        axis = axes - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.active = { series, axis };
    this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>('.point[tabindex="0"]')?.focus());
  }

  private async handleExport(kind: 'svg' | 'png'): Promise<void> {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg.radar');
    const model = this.model;
    if (!chart || !model) return;
    const name = inLocale(this.locale, () => this.chartTitle()).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').toLowerCase() || 'radar';
    this.exportFailure = undefined;
    let failure: 'image' | 'png' = 'image';
    try {
      // Fetched the first time a person asks for an image (export.ts).
      const { downloadImage } = await import('./export.js');
      failure = kind === 'png' ? 'png' : 'image';
      const legend = model.series.map((s, i) => ({ label: s.label, dash: DASHES[i], marker: (at: Point) => markerPath(i, at, 5) }));
      await downloadImage(kind, chart, legend, this.renderRoot as ShadowRoot, name);
    } catch {
      this.exportFailure = failure;
      this.dispatchEvent(new PartenariatErrorEvent({ code: 'radar-export', message: inLocale(this.locale, () => this.sayExportFailure()), issues: [] }));
    }
  }

  // ---- render ----

  private point(layout: RadarLayout, axis: number, axes: number, value: number | null): Point {
    return polar(layout.center, value === null ? 0 : valueRadius(value, this.min, this.max, layout.radius), axisAngle(axis, axes));
  }

  private renderGrid(layout: RadarLayout, model: Model): TemplateResult {
    const n = model.axes.length;
    const rings = ringValues(this.min, this.max);
    const ringPath = (value: number) => seriesPath(model.axes.map((_, i) => this.point(layout, i, n, value)));
    return svg`<g class="grid">
      ${rings.map((v) => svg`<path class="grid-ring" d=${ringPath(v)}></path>`)}
      ${model.axes.map((_, i) => {
        const end = this.point(layout, i, n, this.max);
        return svg`<line class="spoke" x1=${layout.center.x} y1=${layout.center.y} x2=${fmt(end.x)} y2=${fmt(end.y)}></line>`;
      })}
      ${rings.map((v) => {
        const p = this.point(layout, 0, n, v);
        const size = (layout.fontSize * RING_LABEL_EM) / AXIS_LABEL_EM;
        return svg`<text class="ring-label" font-size=${size.toFixed(2)} x=${fmt(p.x + size / 3)} y=${fmt(p.y + size / 3)}>${this.format(v)}</text>`;
      })}
    </g>
    <g class="labels">
      ${layout.labels.map(
        (l) => svg`<text class="axis-label" font-size=${layout.fontSize.toFixed(2)} x=${fmt(l.x)} y=${fmt(l.y)} text-anchor=${l.anchor}>${l.lines.map(
          (line, j) => svg`<tspan x=${fmt(l.x)} dy=${j ? layout.lineHeight : 0}>${line}</tspan>`,
        )}</text>`,
      )}
    </g>`;
  }

  private renderSeries(layout: RadarLayout, model: Model): TemplateResult {
    const n = model.axes.length;
    return svg`${model.series.map((s, si) => {
      const points = s.cells.map((c, i) => (c.shown === null ? null : this.point(layout, i, n, c.shown)));
      const complete = points.every((p) => p !== null);
      const band =
        s.band && s.cells.every((c) => c.low !== null && c.high !== null)
          ? bandPath(
              s.cells.map((c, i) => this.point(layout, i, n, c.low)),
              s.cells.map((c, i) => this.point(layout, i, n, c.high)),
            )
          : '';
      return svg`<g class=${`series s${si + 1}`}>
        ${band ? svg`<path class="series-band" d=${band} fill-rule="evenodd"></path>` : nothing}
        ${complete && !band ? svg`<path class="series-area" d=${seriesPath(points)}></path>` : nothing}
        <path class="series-line" d=${seriesPath(points)} stroke-dasharray=${DASHES[si] || nothing}></path>
        ${points.map((p) => (p ? svg`<path class="marker" data-marker=${MARKERS[si]} d=${markerPath(si, p, 5)}></path>` : nothing))}
      </g>`;
    })}`;
  }

  private renderPoints(layout: RadarLayout, model: Model): TemplateResult {
    const n = model.axes.length;
    const { series: as, axis: aa } = this.active;
    const activeCell = model.series[as]?.cells[aa];
    const activePoint = activeCell ? this.point(layout, aa, n, activeCell.shown) : undefined;
    const bubbleText = activeCell ? `${model.axes[aa].label}${this.colon()}${this.sayCell(activeCell)}` : '';
    const bubbleSize = (layout.fontSize * BUBBLE_EM) / AXIS_LABEL_EM;
    const bubbleHeight = bubbleSize * 2;
    const bubbleWidth = Math.min(layout.width - 8, this.measure(bubbleText, bubbleSize) + bubbleSize * 1.25);
    // Pointer targets of 24 CSS px at least; a point whose target would overlap another's (close
    // values, a narrow chart) takes no pointer at all: the keyboard and the table reach it.
    // One pixel more than asked: the width the chart is laid out for is rounded.
    const scale = Math.min(1, this.width / layout.width);
    const radius = (TARGET + 1) / 2 / scale;
    const centres = model.series.map((s) => s.cells.map((c, i) => this.point(layout, i, n, c.shown)));
    const all = centres.flat();
    const targets = centres.map((row) =>
      row.map((p) => all.every((q) => q === p || Math.hypot(p.x - q.x, p.y - q.y) >= 2 * radius)),
    );
    const bx = activePoint ? Math.max(4, Math.min(layout.width - bubbleWidth - 4, activePoint.x - bubbleWidth / 2)) : 0;
    const by = activePoint ? Math.max(4, activePoint.y - bubbleHeight - 14) : 0;
    return svg`<svg
      class="points"
      tabindex="-1"
      viewBox=${`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label=${msg('Valeurs du graphique : flèches gauche et droite pour changer d’axe, haut et bas pour changer de série', { id: 'radar.points' })}
      @keydown=${this.handleKey}
      @focusin=${() => (this.pointFocused = true)}
      @focusout=${() => (this.pointFocused = false)}
    >
      ${model.series.map((s, si) =>
        s.cells.map((c, i) => {
          const p = centres[si][i];
          const isActive = si === as && i === aa;
          return svg`<circle
            class=${targets[si][i] ? 'point' : 'point keyboard-only'}
            cx=${fmt(p.x)}
            cy=${fmt(p.y)}
            r=${fmt(radius)}
            role="img"
            tabindex=${isActive ? 0 : -1}
            aria-label=${`${s.label} — ${model.axes[i].label}${this.colon()}${this.sayCell(c)}`}
            @focus=${() => {
              if (!isActive) this.active = { series: si, axis: i };
            }}
          ></circle>`;
        }),
      )}
      ${this.pointFocused && activePoint
        ? svg`<g aria-hidden="true">
            <circle class="focus-ring" cx=${fmt(activePoint.x)} cy=${fmt(activePoint.y)} r="9"></circle>
            <g class="bubble">
              <rect x=${fmt(bx)} y=${fmt(by)} width=${fmt(bubbleWidth)} height=${fmt(bubbleHeight)} rx="4"></rect>
              <text font-size=${bubbleSize.toFixed(2)} x=${fmt(bx + bubbleSize * 0.625)} y=${fmt(by + bubbleSize * 1.35)}>${bubbleText}</text>
            </g>
          </g>`
        : nothing}
    </svg>`;
  }

  private renderTable(model: Model): TemplateResult {
    // On a narrow screen the table scrolls in its own box, not the page (WCAG 1.4.10): a region
    // named by its caption, which the keyboard can focus and scroll.
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="data-caption"><table part="table" id="data">
      <caption id="data-caption">
        ${this.chartTitle()}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Axe', { id: 'radar.table.axis' })}</th>
          ${model.series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.axes.map(
          (a, i) => html`<tr>
            <th scope="row">${a.label}</th>
            ${model.series.map((s) => html`<td>${this.sayCell(s.cells[i])}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  private renderNotes(model: Model): TemplateResult | typeof nothing {
    const list = (pick: (c: Cell) => boolean) =>
      model.series.flatMap((s) =>
        s.cells.flatMap((c, i) => (pick(c) ? [model.series.length > 1 ? `${s.label} — ${model.axes[i].label}` : model.axes[i].label] : [])),
      );
    const missing = list((c) => c.value === null);
    const clamped = list((c) => c.clamped);
    if (!missing.length && !clamped.length) return nothing;
    return html`<p class="notes" part="notes">
      ${missing.length
        ? msg(str`Valeurs manquantes (aucun point) : ${missing.join(', ')}.`, { id: 'radar.notes.missing' })
        : nothing}
      ${clamped.length
        ? msg(str`Valeurs hors de l’échelle, ramenées à ses bornes : ${clamped.join(', ')}.`, { id: 'radar.notes.clamped' })
        : nothing}
    </p>`;
  }

  private renderChart(model: Model): TemplateResult {
    const layout = layoutRadar(model.axes.map((a) => a.label), Math.max(260, this.width), this.textSize * AXIS_LABEL_EM, this.measure);
    const title = this.chartTitle();
    return html`<figure>
        <div class="chart">
          <svg
            class="radar"
            part="chart"
            role="img"
            viewBox=${`0 0 ${layout.width} ${layout.height}`}
            aria-labelledby="chart-title"
            aria-describedby="chart-desc"
          >
            <title id="chart-title">${title}</title>
            <desc id="chart-desc">${this.description(model)}</desc>
            ${this.renderGrid(layout, model)} ${this.renderSeries(layout, model)}
          </svg>
          ${model.series.length ? this.renderPoints(layout, model) : nothing}
        </div>
        ${model.series.length > 1 || model.series.some((s) => s.band)
          ? html`<figcaption>
              <ul class="legend" part="legend">
                ${model.series.map(
                  (s, si) => html`<li class=${`s${si + 1}`}>
                    <svg viewBox="0 0 40 16" aria-hidden="true">
                      <line class="swatch-line" x1="2" y1="8" x2="38" y2="8" stroke-width="2.5" stroke-dasharray=${DASHES[si] || nothing}></line>
                      <path class="marker" d=${markerPath(si, { x: 20, y: 8 }, 5)}></path>
                    </svg>
                    <span>${s.label}${s.band ? html` <span class="message">${msg('(bande : minimum à maximum)', { id: 'radar.legend.band' })}</span>` : nothing}</span>
                  </li>`,
                )}
              </ul>
            </figcaption>`
          : nothing}
      </figure>
      ${this.renderNotes(model)}
      ${model.series.length ? nothing : html`<p class="message">${msg('Aucune donnée à afficher pour l’instant.', { id: 'radar.empty' })}</p>`}
      <div class="actions">
        <button part="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="data" @click=${() => (this.showTable = !this.showTable)}>
          ${this.showTable ? msg('Masquer les données', { id: 'radar.hide-data' }) : msg('Afficher les données', { id: 'radar.show-data' })}
        </button>
        <button part="button export" @click=${() => this.handleExport('svg')}>${msg('Télécharger l’image (SVG)', { id: 'radar.export.svg' })}</button>
        <button part="button export" @click=${() => this.handleExport('png')}>${msg('Télécharger l’image (PNG)', { id: 'radar.export.png' })}</button>
      </div>
      ${this.exportFailure ? html`<p class="message" role="alert">${this.sayExportFailure()}</p>` : nothing}
      ${this.showTable ? this.renderTable(model) : nothing}`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(locale, () => {
      let body: TemplateResult;
      if (this.failure && this.failure.message) {
        body = html`<div class="error" part="error" role="alert">
          <p>${this.failure.message}</p>
          ${this.failure.issues.length
            ? html`<ul>
                ${this.failure.issues.slice(0, 20).map((i) => html`<li><code>${i.path}</code>${this.colon()}${i.message}</li>`)}
              </ul>`
            : nothing}
        </div>`;
      } else if (!this.model) {
        body = html`<p class="message" role="status">${msg('Chargement…', { id: 'radar.loading' })}</p>`;
      } else {
        body = this.renderChart(this.model);
      }
      return html`<div class="root" part="root" lang=${locale}><span class="em" aria-hidden="true"></span>${body}</div>`;
    });
  }
}
