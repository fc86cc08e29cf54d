import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LocalizedElement } from '../../internal/localized-element.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { InstrumentSchema, type Instrument } from '../../schema/instrument.js';
import { localize, type Text } from '../../schema/text.js';
import { defaultInstrument } from '../../instruments/default.js';
import { PartenariatErrorEvent, type PartenariatErrorCode } from '../../events/events.js';
import { addEnglish, formatDateTime, formatNumber, formatPercent, inLocale, plural } from '../../internal/localize.js';
import { inlineSize } from '../../internal/inline-size.js';
import { bandFor, scaleRange } from '../checklist/scoring.js';
import { aggregate, type ExclusionReason, type ItemSummary, type Stats, type Summary } from './aggregate.js';
import { summaryStyles } from './summary.styles.js';
import { resultsStyles } from '../results/results.styles.js';
import { comparisonError, comparisonIssues, comparisonTitle, prepareComparison, renderComparison, type Compared, type CompareProblem } from './compare-view.js';
import { compareStyles } from './compare-view.styles.js';
import { templates as english } from '../../generated/summary-locales/en.js';

// The summary's messages are kept apart from the member elements' (their own file and catalogue).
addEnglish(english);

/** How many items each list of common strengths, common work and divergences shows. */
const LISTED = 5;

/**
 * The picture of a group's self-assessments: how many, where they stand overall, by section and
 * by impact dimension (with their spread), each item's answers, the common strengths and the
 * common work, where views differ most, and groups compared when `group-by` is set. It never
 * names an organization nor ranks them; small groups are never shown apart.
 *
 * Two more views: with `mode="compare"` and exactly two `results`, the two partners' views item
 * by item, the widest gap first, with both answers in words and each item's recommendation (a
 * discussion guide to print); with a `result` and the group's `results` or `summary`, that
 * result next to the group's median and spread, never another member's answers.
 *
 * @summary The picture of a group's self-assessments.
 *
 * @fires partenariat-error - The results, the summary or the questionnaire given cannot be used, or
 *   cannot be compared (`summary-compare-invalid`, `summary-result-invalid`, `summary-group-too-small`);
 *   `detail` is `{code, message, issues}`.
 *
 * @csspart root - The element's box.
 * @csspart table - Each table of figures.
 * @csspart radar - The radar of the group's medians, or of the views compared (a `<partenariat-radar>`).
 * @csspart button - The button that prints the discussion guide (compare mode).
 *
 * @cssprop --partenariat-summary-accent - Accent colour. Falls back to `--partenariat-color-accent`.
 * @cssprop --partenariat-summary-text - Text colour. Falls back to `--partenariat-color-text`.
 * @cssprop --partenariat-summary-muted - Secondary text colour. Falls back to `--partenariat-color-muted`.
 * @cssprop --partenariat-summary-surface - Background. Falls back to `--partenariat-color-surface`.
 * @cssprop --partenariat-summary-border - Border colour. Falls back to `--partenariat-color-border`.
 * @cssprop --partenariat-summary-max-width - Largest width (60rem).
 */
export class PartenariatSummary extends LocalizedElement {
  static override styles = [sharedStyles, summaryStyles, compareStyles, resultsStyles];

  /** The results to summarize (`partenariat-result` objects; others are left out with the reason). */
  @property({ attribute: false }) results: unknown[] | undefined;

  /** A summary already made (`partenariat-summary`, version 1), from a collector for instance; used when `results` is not given. */
  @property({ attribute: false }) summary: Summary | undefined;

  /** The questionnaire of the results; the default self-assessment when not given. */
  @property({ attribute: false }) instrument: Instrument | undefined;

  /** A profile field of choices (kind of organization, region) to compare groups by. */
  @property({ attribute: 'group-by' }) groupBy = '';

  /** The smallest group shown apart, and the smallest a `result` is shown next to: 5 by default, never below 3. */
  @property({ type: Number, attribute: 'min-group' }) minGroup = 5;

  /**
   * `group` (the default): the group's picture, or, with `result`, that result next to the group.
   * `compare`: the two `results` side by side, item by item, the widest gap first.
   */
  @property() mode: 'group' | 'compare' = 'group';

  /** One member's own result, shown next to the group of `results` or `summary` (never smaller than `min-group`). */
  @property({ attribute: false }) result: unknown;

  /** The names of the two views compared (else each result's organization name, else « Vue A », « Vue B »), or of `result`. */
  @property({ attribute: false }) labels: string[] | undefined;

  @state() private shown: Summary | undefined;
  @state() private active: Instrument | undefined;
  @state() private failure: PartenariatErrorCode | undefined;
  @state() private compared: Compared | undefined;
  @state() private problem: CompareProblem | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputs = ['results', 'summary', 'instrument', 'groupBy', 'minGroup', 'mode', 'result'];
    if (this.hasUpdated && !inputs.some((p) => (changed as Map<PropertyKey, unknown>).has(p))) return;
    this.failure = undefined;
    this.compared = undefined;
    this.problem = undefined;
    const instrument = this.instrument ?? defaultInstrument;
    const parsed = instrument === defaultInstrument ? { success: true as const, data: defaultInstrument as Instrument } : InstrumentSchema.safeParse(instrument);
    if (!parsed.success) return this.fail('instrument-invalid');
    this.active = parsed.data;
    if (this.results) {
      if (!Array.isArray(this.results)) return this.fail('summary-invalid');
      this.shown = aggregate(parsed.data, this.results, { groupBy: this.groupBy || undefined, minGroup: this.minGroup });
    } else if (this.summary) {
      const s = this.summary;
      const fits = s?.format === 'partenariat-summary' && s.version === 1 && s.instrument?.id === parsed.data.id && s.instrument.version === parsed.data.version;
      if (!fits) return this.fail('summary-invalid');
      this.shown = s;
    } else {
      this.shown = aggregate(parsed.data, []);
    }
    // The comparison views (compare-view.ts), when asked for.
    const view = prepareComparison(parsed.data, { mode: this.mode, results: this.results, result: this.result, group: this.shown, minGroup: this.minGroup });
    if (view && 'code' in view) return this.fail(view.code, view);
    this.compared = view;
  }

  private fail(code: PartenariatErrorCode, problem?: CompareProblem): void {
    this.shown = undefined;
    this.failure = code;
    this.problem = problem;
    const message = inLocale(this.locale, () => this.errorMessage(code));
    this.dispatchEvent(new PartenariatErrorEvent({ code, message, issues: problem ? comparisonIssues(problem, message) : [] }));
  }

  // ---- render helpers ----

  private errorMessage(code: PartenariatErrorCode): string {
    if (this.problem) return comparisonError(this.problem);
    return code === 'instrument-invalid'
      ? msg('Le questionnaire donné ne respecte pas le format attendu.', { id: 'summary.error.instrument' })
      : msg('Ces données ne sont ni des résultats ni un portrait de ce questionnaire (même identifiant et même version).', {
          id: 'summary.error.data',
        });
  }

  private t(text: Text | undefined): string {
    return localize(text, this.locale);
  }

  private percent(value: number | null): string {
    return value === null ? '—' : formatPercent(value, this.locale);
  }

  private range(low: number | null, high: number | null): string {
    return low === null || high === null ? '—' : `${this.percent(low)} – ${this.percent(high)}`;
  }

  private reason(reason: ExclusionReason): string {
    switch (reason) {
      case 'invalid':
        return msg('pas un résultat valide', { id: 'summary.excluded.invalid' });
      case 'other-instrument':
        return msg('un autre questionnaire', { id: 'summary.excluded.other-instrument' });
      case 'other-version':
        return msg('une autre version du questionnaire', { id: 'summary.excluded.other-version' });
      default:
        return msg('une copie plus ancienne d’un même résultat', { id: 'summary.excluded.duplicate' });
    }
  }

  /** An item's median answer in percent of the scale, as its band is read. */
  private itemPercent(item: ItemSummary): number | null {
    if (item.median === null) return null;
    const { min, max } = scaleRange(this.active!);
    return ((item.median - min) / (max - min)) * 100;
  }

  private renderStatsTable(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const row = (label: string, s: Stats) => html`<tr>
      <th scope="row">${label}</th>
      <td class="num">${formatNumber(s.n, this.locale)}</td>
      <td class="num">${this.percent(s.median)}</td>
      <td class="num">${this.range(s.q1, s.q3)}</td>
      <td class="num">${this.range(s.min, s.max)}</td>
    </tr>`;
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="stats-caption">
      <table part="table">
        <caption id="stats-caption">${msg('Le groupe en chiffres', { id: 'summary.stats.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Ensemble', { id: 'summary.stats.group' })}</th>
            <th scope="col">${msg('Résultats comptés', { id: 'summary.stats.n' })}</th>
            <th scope="col">${msg('Médiane', { id: 'summary.stats.median' })}</th>
            <th scope="col">${msg('Moitié centrale (1er au 3e quartile)', { id: 'summary.stats.iqr' })}</th>
            <th scope="col">${msg('Du plus bas au plus haut', { id: 'summary.stats.range' })}</th>
          </tr>
        </thead>
        <tbody>
          ${row(msg('Résultat global', { id: 'summary.overall' }), summary.overall)}
          ${summary.sections.map((s, i) => row(this.t(instrument.sections[i]?.title), s))}
          ${summary.dimensions.map((d, i) => row(msg(str`Impact : ${this.t(instrument.dimensions?.[i]?.label)}`, { id: 'summary.dimension' }), d))}
        </tbody>
      </table>
    </div>`;
  }

  private renderBands(stats: Stats): TemplateResult {
    const bands = [...this.active!.bands].sort((a, b) => b.min - a.min);
    return html`<ul class="bands">
      ${bands.map((band) => {
        const count = stats.bands[band.id] ?? 0;
        return html`<li>
          <span>${this.t(band.label)}</span>
          <span class="num">${plural(
            this.locale,
            count,
            () => msg(str`${count} résultat`, { id: 'summary.bands.count.one' }),
            () => msg(str`${count} résultats`, { id: 'summary.bands.count' }),
          )}</span>
          <span class="meter" aria-hidden="true"><span ${inlineSize(stats.n ? (count / stats.n) * 100 : 0)}></span></span>
        </li>`;
      })}
    </ul>`;
  }

  private renderRadar(summary: Summary): TemplateResult | typeof nothing {
    const dimensions = this.active!.dimensions ?? [];
    if (dimensions.length < 3 || !summary.overall.n) return nothing;
    const pick = (key: 'median' | 'min' | 'max') => Object.fromEntries(summary.dimensions.map((d) => [d.id, d[key]]));
    return html`<partenariat-radar
      part="radar"
      lang=${this.locale}
      .axes=${dimensions.map((d) => ({ id: d.id, label: d.label }))}
      .series=${[
        // The band runs from the lowest result to the highest, as the radar's legend says; the
        // quartiles are in the table below.
        { label: msg('Médiane du groupe', { id: 'summary.radar.series' }), values: pick('median'), low: pick('min'), high: pick('max') },
      ]}
      label=${msg('Dimensions de l’impact, pour le groupe', { id: 'summary.radar.title' })}
    ></partenariat-radar>`;
  }

  /** Common strengths, common work and divergences: lists of items, with their figures in words. */
  private renderHighlights(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const byId = new Map(summary.items.map((item) => [item.id, item]));
    const text = (id: string) => this.t(instrument.items.find((i) => i.id === id)?.text);
    const scored = summary.items
      .map((item) => ({ item, percent: this.itemPercent(item) }))
      .filter((x): x is { item: ItemSummary; percent: number } => x.percent !== null);
    const strongest = [...instrument.bands].sort((a, b) => b.min - a.min)[0];
    const strengths = scored.filter((x) => bandFor(instrument, x.percent)?.id === strongest?.id).sort((a, b) => b.percent - a.percent);
    const work = scored.filter((x) => bandFor(instrument, x.percent)?.recommend).sort((a, b) => a.percent - b.percent);
    const medianText = (x: { item: ItemSummary; percent: number }) =>
      msg(str`médiane : ${this.t(instrument.scale.choices.find((c) => c.value === x.item.median)?.label) || formatNumber(x.item.median!, this.locale)}`, {
        id: 'summary.item.median',
      });
    const list = (entries: Array<{ item: ItemSummary; percent: number }>, empty: string) =>
      entries.length
        ? html`<ul>${entries.slice(0, LISTED).map((x) => html`<li>${text(x.item.id)} <span class="muted">(${medianText(x)})</span></li>`)}</ul>`
        : html`<p class="muted">${empty}</p>`;
    return html`<h3>${msg('Points forts communs', { id: 'summary.strengths' })}</h3>
      ${list(strengths, msg('Aucun énoncé n’a sa médiane au plus haut niveau.', { id: 'summary.strengths.none' }))}
      <h3>${msg('Chantiers communs', { id: 'summary.work' })}</h3>
      ${list(work, msg('Aucun énoncé n’a sa médiane dans un niveau à travailler.', { id: 'summary.work.none' }))}
      <h3>${msg('Là où les avis divergent', { id: 'summary.divergent' })}</h3>
      ${summary.widestSpread.length
        ? html`<ul>
            ${summary.widestSpread.map((id) => {
              const item = byId.get(id)!;
              return html`<li>
                ${text(id)}
                <span class="muted">(${msg(str`écart type : ${formatNumber(item.spread!, this.locale, { maximumFractionDigits: 1 })} % de l’échelle`, { id: 'summary.item.spread' })})</span>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">${msg('Les réponses ne divergent sur aucun énoncé.', { id: 'summary.divergent.none' })}</p>`}`;
  }

  private renderItems(summary: Summary): TemplateResult {
    const instrument = this.active!;
    const choices = instrument.scale.choices;
    const na = instrument.scale.notApplicable;
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="items-caption">
      <table part="table" class="items">
        <caption id="items-caption">${msg('Les réponses, énoncé par énoncé (nombre de résultats)', { id: 'summary.items.caption' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Énoncé', { id: 'summary.items.item' })}</th>
            ${choices.map((c) => html`<th scope="col">${this.t(c.label)}</th>`)}
            ${na ? html`<th scope="col">${this.t(na.label)}</th>` : nothing}
            <th scope="col">${msg('Sans réponse', { id: 'summary.items.blank' })}</th>
            <th scope="col">${msg('Répartition', { id: 'summary.items.bar' })}</th>
          </tr>
        </thead>
        <tbody>
          ${summary.items.map((item, index) => {
            const total = choices.reduce((sum, c) => sum + (item.counts[String(c.value)] ?? 0), 0) + item.notApplicable;
            const share = (count: number) => (total ? (count / total) * 100 : 0);
            return html`<tr>
              <th scope="row">${index + 1}. ${this.t(instrument.items.find((i) => i.id === item.id)?.text)}</th>
              ${choices.map((c) => html`<td class="num">${item.counts[String(c.value)] ?? 0}</td>`)}
              ${na ? html`<td class="num">${item.notApplicable}</td>` : nothing}
              <td class="num">${item.unanswered}</td>
              <td>
                <span class="stack" aria-hidden="true">
                  ${choices.map((c, i) => html`<span class=${`c${Math.round((i / Math.max(1, choices.length - 1)) * 4)}`} ${inlineSize(share(item.counts[String(c.value)] ?? 0))}></span>`)}
                  ${na ? html`<span class="na" ${inlineSize(share(item.notApplicable))}></span>` : nothing}
                </span>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderGroups(summary: Summary): TemplateResult | typeof nothing {
    const groups = summary.groups;
    if (!groups) return nothing;
    const field = this.active!.profile?.find((f) => f.id === groups.by);
    return html`<h3>${msg(str`Par groupe : ${this.t(field?.label)}`, { id: 'summary.groups.heading' })}</h3>
      <p class="muted">
        ${msg(str`Un groupe de moins de ${groups.minGroup} résultats n’est jamais montré à part : les petits groupes sont réunis dans « Autres ».`, {
          id: 'summary.groups.rule',
        })}
        ${groups.hidden
          ? msg(str`Résultats non montrés par groupe, trop peu nombreux : ${groups.hidden}.`, { id: 'summary.groups.hidden' })
          : nothing}
      </p>
      ${groups.shown.length
        ? html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="groups-caption">
            <table part="table">
              <caption id="groups-caption">${msg('Les groupes comparés (résultat global)', { id: 'summary.groups.caption' })}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Groupe', { id: 'summary.groups.group' })}</th>
                  <th scope="col">${msg('Résultats comptés', { id: 'summary.stats.n' })}</th>
                  <th scope="col">${msg('Médiane', { id: 'summary.stats.median' })}</th>
                  <th scope="col">${msg('Moitié centrale (1er au 3e quartile)', { id: 'summary.stats.iqr' })}</th>
                </tr>
              </thead>
              <tbody>
                ${groups.shown.map(
                  (g) => html`<tr>
                    <th scope="row">${g.value === null ? msg('Autres', { id: 'summary.groups.others' }) : this.t(g.label) || g.value}</th>
                    <td class="num">${g.n}</td>
                    <td class="num">${this.percent(g.overall.median)}</td>
                    <td class="num">${this.range(g.overall.q1, g.overall.q3)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}`;
  }

  private renderSummary(summary: Summary): TemplateResult {
    const { n, period, excluded } = summary;
    return html`<p class="lead">
        ${plural(
          this.locale,
          n,
          () => msg(str`${n} résultat compté.`, { id: 'summary.n.one' }),
          () => msg(str`${n} résultats comptés.`, { id: 'summary.n' }),
        )}
        ${period.from && period.to
          ? msg(str`Du ${formatDateTime(period.from, this.locale)} au ${formatDateTime(period.to, this.locale)}.`, { id: 'summary.period' })
          : nothing}
      </p>
      ${excluded.length
        ? html`<details>
            <summary>
              ${plural(
                this.locale,
                excluded.length,
                () => msg(str`${excluded.length} résultat laissé de côté`, { id: 'summary.excluded.one' }),
                () => msg(str`${excluded.length} résultats laissés de côté`, { id: 'summary.excluded' }),
              )}
            </summary>
            <ul>
              ${excluded.map(
                (e) => html`<li>${msg(str`n° ${e.index + 1}`, { id: 'summary.excluded.index' })}${e.id ? html` (<code>${e.id}</code>)` : nothing}${this.locale === 'fr' ? ' : ' : ': '}${this.reason(e.reason)}</li>`,
              )}
            </ul>
          </details>`
        : nothing}
      ${n
        ? html`<h3>${msg('Répartition par niveau (résultat global)', { id: 'summary.bands' })}</h3>
            ${this.renderBands(summary.overall)} ${this.renderRadar(summary)} ${this.renderStatsTable(summary)}
            ${this.renderHighlights(summary)} ${this.renderGroups(summary)}
            <h3>${msg('Énoncé par énoncé', { id: 'summary.items' })}</h3>
            ${this.renderItems(summary)}`
        : html`<p>${msg('Aucun résultat à résumer pour l’instant.', { id: 'summary.empty' })}</p>`}`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(
      locale,
      () => html`<div class="root" part="root" lang=${locale}>
        <h2>${comparisonTitle(this.mode, this.result) ?? msg('Portrait du groupe', { id: 'summary.title' })}${this.active ? html` — ${this.t(this.active.title)}` : nothing}</h2>
        ${this.failure
          ? html`<div class="notice error" role="alert"><p>${this.errorMessage(this.failure)}</p></div>`
          : this.compared
            ? renderComparison({ locale, instrument: this.active!, labels: this.labels }, this.compared)
            : this.shown
              ? this.renderSummary(this.shown)
              : nothing}
      </div>`,
    );
  }
}
