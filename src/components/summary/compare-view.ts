import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
// The English of the summary's messages.
import '../../generated/locales/en-summary.js';
import { renderSource } from '../results/results-view.js';
import type { Instrument } from '../../schema/instrument.js';
import { DONT_KNOW, NOT_APPLICABLE } from '../../schema/result.js';
import { localize, type Locale, type Text } from '../../schema/text.js';
import type { PartenariatErrorCode } from '../../events/events.js';
import { formatNumber, formatPercent, plural } from '../../internal/localize.js';
import { inlineSize } from '../../internal/inline-size.js';
import { scaleRange } from '../checklist/scoring.js';
import type { Summary } from './aggregate.js';
import {
  compareToGroup,
  compareTwo,
  type CompareReason,
  type ComparedAnswer,
  type Comparison,
  type GroupComparison,
  type ItemGap,
  type Standing,
} from './compare.js';

/**
 * The summary's two comparison views, as render helpers that `<partenariat-summary>` calls: two
 * partners' views side by side (a discussion guide to print), and one result next to its group.
 * Neither ranks anyone; the second shows only the group's figures, never a member's answers.
 */

/** What the summary element shows: the group's picture, or two results compared. */
export type SummaryMode = 'group' | 'compare';

/** The inputs of a comparison, as the element holds them. */
export interface CompareInputs {
  mode: SummaryMode;
  results: unknown[] | undefined;
  /** The member's own result, for « one result against the group ». */
  result: unknown;
  /** The group's picture (from `results` or `summary`). */
  group: Summary | undefined;
  minGroup: number;
}

/** A comparison ready to render. */
export type Compared =
  | { kind: 'two'; comparison: Comparison }
  | { kind: 'standing'; standing: GroupComparison };

/** Why a comparison cannot be made: the error code, and what to say. */
export interface CompareProblem {
  code: PartenariatErrorCode;
  /** `count`: not exactly two results; otherwise which input and why. */
  reason: CompareReason | 'group-too-small' | 'count';
  /** The faulty result's place (0 or 1), or `summary`; for `count`, how many results were given. */
  which: number | 'summary';
  minGroup: number;
}

/**
 * The comparison the inputs ask for: in `compare` mode, the two results; otherwise, with a
 * `result`, that result next to the group; else none (the group's picture).
 */
export function prepareComparison(instrument: Instrument, inputs: CompareInputs): Compared | CompareProblem | undefined {
  const minGroup = Math.max(3, Math.floor(inputs.minGroup || 0));
  if (inputs.mode === 'compare') {
    const results = Array.isArray(inputs.results) ? inputs.results : [];
    if (results.length !== 2) return { code: 'summary-compare-invalid', reason: 'count', which: results.length, minGroup };
    const outcome = compareTwo(instrument, results[0], results[1]);
    return outcome.ok
      ? { kind: 'two', comparison: outcome.value }
      : { code: 'summary-compare-invalid', reason: outcome.reason, which: outcome.which, minGroup };
  }
  if (inputs.result === undefined || inputs.result === null || !inputs.group) return undefined;
  const outcome = compareToGroup(instrument, inputs.result, inputs.group, { minGroup });
  if (outcome.ok) return { kind: 'standing', standing: outcome.value };
  const code: PartenariatErrorCode =
    outcome.reason === 'group-too-small' ? 'summary-group-too-small' : outcome.which === 'summary' ? 'summary-invalid' : 'summary-result-invalid';
  return { code, reason: outcome.reason, which: outcome.which, minGroup };
}

/** The element's heading for a comparison mode; undefined for the group's picture. */
export function comparisonTitle(mode: SummaryMode, result: unknown): string | undefined {
  if (mode === 'compare') return msg('Deux regards sur notre partenariat', { id: 'summary.compare.title' });
  if (result !== undefined && result !== null) return msg('Un résultat et son groupe', { id: 'summary.compare.group.title' });
  return undefined;
}

function reasonText(reason: CompareProblem['reason']): string {
  switch (reason) {
    case 'invalid':
      return msg('ce n’est pas un résultat valide', { id: 'summary.compare.reason.invalid' });
    case 'other-instrument':
      return msg('il vient d’un autre questionnaire', { id: 'summary.compare.reason.other-instrument' });
    case 'other-version':
      return msg('il vient d’une autre version du questionnaire', { id: 'summary.compare.reason.other-version' });
    default:
      return '';
  }
}

/** The message of a problem, in the render's language. */
export function comparisonError(problem: CompareProblem): string {
  const { reason, which, minGroup } = problem;
  if (reason === 'count') {
    const count = which as number;
    return msg(str`Pour comparer deux regards, il faut exactement deux résultats du même questionnaire (reçus : ${count}).`, {
      id: 'summary.compare.error.count',
    });
  }
  if (reason === 'group-too-small') {
    return msg(str`Le groupe compte moins de ${minGroup} résultats : c’est trop peu pour y situer un résultat sans s’approcher des réponses de ses membres.`, {
      id: 'summary.compare.error.small',
    });
  }
  const why = reasonText(reason);
  if (problem.code === 'summary-compare-invalid') {
    const position = (which as number) + 1;
    return msg(str`Ces deux résultats ne peuvent pas être comparés : le résultat n° ${position} ne convient pas (${why}).`, {
      id: 'summary.compare.error.result',
    });
  }
  return msg(str`Ce résultat ne peut pas être situé dans le groupe (${why}).`, { id: 'summary.compare.error.standing' });
}

/** The path of the faulty input, for the error event's `issues`. */
export function comparisonIssues(problem: CompareProblem, message: string): Array<{ path: string; message: string }> {
  if (problem.reason === 'count') return [{ path: 'results', message }];
  if (problem.which === 'summary') return [{ path: 'summary', message }];
  return [{ path: problem.code === 'summary-compare-invalid' ? `results[${problem.which}]` : 'result', message }];
}

/** What the render helpers need from the element. */
export interface ViewContext {
  locale: Locale;
  instrument: Instrument;
  /** The `labels` property: names of the two views (or of the member's result), as given. */
  labels: readonly string[] | undefined;
}

const t = (ctx: ViewContext, text: Text | undefined) => localize(text, ctx.locale);
const percent = (ctx: ViewContext, value: number | null) => (value === null ? '—' : formatPercent(value, ctx.locale));
const range = (ctx: ViewContext, low: number | null, high: number | null) =>
  low === null || high === null ? '—' : `${percent(ctx, low)} – ${percent(ctx, high)}`;
const points = (ctx: ViewContext, value: number | null) =>
  value === null ? '—' : formatNumber(value, ctx.locale, { maximumFractionDigits: 1 });

/**
 * The names of the two views: the `labels` given, else each result's first free-text profile
 * field (the organization's name in the default questionnaire) when both have one and they
 * differ, else « Vue A » and « Vue B ». The order is the results' order: it ranks nothing.
 */
export function viewLabels(ctx: ViewContext, comparison: Comparison): [string, string] {
  const given = (ctx.labels ?? []).map((l) => (typeof l === 'string' ? l.trim() : ''));
  const field = ctx.instrument.profile?.find((f) => f.type === 'text');
  const named = comparison.profiles.map((p) => (field && Object.hasOwn(p, field.id) ? p[field.id].trim() : ''));
  const fromProfile = named[0] && named[1] && named[0] !== named[1];
  const fallback = [msg('Vue A', { id: 'summary.compare.view-a' }), msg('Vue B', { id: 'summary.compare.view-b' })];
  const labels = [0, 1].map((i) => given[i] || (fromProfile ? named[i] : fallback[i]));
  // Two equal names would tell the views apart no more.
  return labels[0] === labels[1] ? [fallback[0], fallback[1]] : [labels[0], labels[1]];
}

/** An answer in words: the scale's label, « ne s'applique pas », « je ne sais pas », or none. */
export function answerText(ctx: ViewContext, answer: ComparedAnswer): string {
  if (answer === null) return msg('Sans réponse', { id: 'summary.compare.answer.none' });
  if (answer === NOT_APPLICABLE) {
    return t(ctx, ctx.instrument.scale.notApplicable?.label) || msg('Ne s’applique pas', { id: 'summary.compare.answer.na' });
  }
  if (answer === DONT_KNOW) {
    return t(ctx, ctx.instrument.scale.dontKnow?.label) || msg('Je ne sais pas', { id: 'summary.compare.answer.dk' });
  }
  return t(ctx, ctx.instrument.scale.choices.find((c) => c.value === answer)?.label) || formatNumber(answer, ctx.locale);
}

/** A group's median answer in words: the scale's label, or between two labels. */
function medianText(ctx: ViewContext, median: number | null): string {
  if (median === null) return msg('Aucune réponse dans le groupe', { id: 'summary.compare.median.none' });
  const choices = ctx.instrument.scale.choices;
  const exact = choices.find((c) => c.value === median);
  if (exact) return t(ctx, exact.label);
  const above = choices.findIndex((c) => c.value > median);
  if (above > 0) {
    const low = t(ctx, choices[above - 1].label);
    const high = t(ctx, choices[above].label);
    return msg(str`Entre « ${low} » et « ${high} »`, { id: 'summary.compare.median.between' });
  }
  return formatNumber(median, ctx.locale);
}

function gapText(ctx: ViewContext, gap: number | null): string {
  if (gap === null) return msg('Pas d’écart calculé : une réponse manque ou ne s’applique pas', { id: 'summary.compare.gap.none' });
  if (gap === 0) return msg('Même réponse', { id: 'summary.compare.gap.zero' });
  const { min, max } = scaleRange(ctx.instrument);
  const n = formatNumber(gap, ctx.locale);
  const of = formatNumber(max - min, ctx.locale);
  return plural(
    ctx.locale,
    gap,
    () => msg(str`${n} point d’écart sur ${of}`, { id: 'summary.compare.gap.one' }),
    () => msg(str`${n} points d’écart sur ${of}`, { id: 'summary.compare.gap' }),
  );
}

function standingText(standing: Standing | null): string {
  switch (standing) {
    case 'below':
      return msg('Sous la moitié centrale', { id: 'summary.compare.standing.below' });
    case 'within':
      return msg('Dans la moitié centrale', { id: 'summary.compare.standing.within' });
    case 'above':
      return msg('Au-dessus de la moitié centrale', { id: 'summary.compare.standing.above' });
    default:
      return '—';
  }
}

/** The row heading of the overall score, a section or a dimension. */
function rowLabel(ctx: ViewContext, kind: 'overall' | 'section' | 'dimension', index: number): string {
  if (kind === 'overall') return msg('Résultat global', { id: 'summary.overall' });
  if (kind === 'section') return t(ctx, ctx.instrument.sections[index]?.title);
  const label = t(ctx, ctx.instrument.dimensions?.[index]?.label);
  return msg(str`Impact : ${label}`, { id: 'summary.dimension' });
}

function radarAxes(ctx: ViewContext) {
  return (ctx.instrument.dimensions ?? []).map((d) => ({ id: d.id, label: d.label }));
}

// ---- Two views ----

function renderTwoTable(ctx: ViewContext, c: Comparison, labels: [string, string]): TemplateResult {
  const row = (label: string, s: { a: number | null; b: number | null; gap: number | null }) => html`<tr>
    <th scope="row">${label}</th>
    <td class="num">${percent(ctx, s.a)}</td>
    <td class="num">${percent(ctx, s.b)}</td>
    <td class="num">${points(ctx, s.gap)}</td>
  </tr>`;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="compare-caption">
    <table part="table" class="compare-scores">
      <caption id="compare-caption">${msg('Les deux regards en chiffres', { id: 'summary.compare.table.caption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Volet', { id: 'summary.stats.group' })}</th>
          <th scope="col">${labels[0]}</th>
          <th scope="col">${labels[1]}</th>
          <th scope="col">${msg('Écart (points de pourcentage)', { id: 'summary.compare.table.gap' })}</th>
        </tr>
      </thead>
      <tbody>
        ${row(rowLabel(ctx, 'overall', 0), c.overall)}
        ${c.sections.map((s, i) => row(rowLabel(ctx, 'section', i), s))}
        ${c.dimensions.map((d, i) => row(rowLabel(ctx, 'dimension', i), d))}
      </tbody>
    </table>
  </div>`;
}

function renderTwoRadar(ctx: ViewContext, c: Comparison, labels: [string, string]): TemplateResult | typeof nothing {
  const axes = radarAxes(ctx);
  if (axes.length < 3) return nothing;
  const values = (side: 'a' | 'b') => Object.fromEntries(c.dimensions.map((d) => [d.id, d[side]]));
  return html`<partenariat-radar
    part="radar"
    lang=${ctx.locale}
    .axes=${axes}
    .series=${[
      { label: labels[0], values: values('a') },
      { label: labels[1], values: values('b') },
    ]}
    label=${msg('Dimensions de l’impact, les deux regards', { id: 'summary.compare.radar.title' })}
  ></partenariat-radar>`;
}

function renderGuideItem(ctx: ViewContext, gap: ItemGap, labels: [string, string]): TemplateResult {
  const item = ctx.instrument.items[gap.index];
  const section = ctx.instrument.sections.find((s) => s.id === item.section);
  const { min, max } = scaleRange(ctx.instrument);
  const number = gap.index + 1;
  const sectionTitle = t(ctx, section?.title);
  const recommendation = t(ctx, item.recommendation);
  return html`<li class="guide-item">
    <h4>${t(ctx, item.text)}</h4>
    <p class="muted">${msg(str`Énoncé ${number} — ${sectionTitle}`, { id: 'summary.compare.item.where' })}</p>
    <dl class="answers">
      <div><dt>${labels[0]}</dt><dd>${answerText(ctx, gap.a)}</dd></div>
      <div><dt>${labels[1]}</dt><dd>${answerText(ctx, gap.b)}</dd></div>
      <div>
        <dt>${msg('Écart', { id: 'summary.compare.gap.label' })}</dt>
        <dd>
          ${gapText(ctx, gap.gap)}
          ${gap.gap !== null && max > min
            ? html`<span class="meter gap-meter" aria-hidden="true"><span ${inlineSize((gap.gap / (max - min)) * 100)}></span></span>`
            : nothing}
        </dd>
      </div>
    </dl>
    ${recommendation
      ? html`<p class="recommendation"><strong>${msg('Piste pour en parler :', { id: 'summary.compare.recommendation' })}</strong> ${recommendation}</p>`
      : nothing}
    ${renderSource(ctx, item.id)}
  </li>`;
}

function renderGuide(ctx: ViewContext, c: Comparison, labels: [string, string]): TemplateResult {
  const differ = c.items.filter((i) => i.gap !== null && i.gap > 0);
  const agree = c.items.filter((i) => i.gap === 0);
  const missing = c.items.filter((i) => i.gap === null);
  const group = (id: string, heading: string, items: ItemGap[], empty: string) => html`<section class="guide-group" aria-labelledby=${id}>
    <h3 id=${id}>${heading}</h3>
    ${items.length
      ? html`<ol class="guide">${items.map((i) => renderGuideItem(ctx, i, labels))}</ol>`
      : html`<p class="muted">${empty}</p>`}
  </section>`;
  return html`${group(
      'guide-differ',
      msg('Là où vos regards diffèrent', { id: 'summary.compare.differ' }),
      differ,
      msg('Vos réponses ne diffèrent sur aucun énoncé.', { id: 'summary.compare.differ.none' }),
    )}
    ${group(
      'guide-agree',
      msg('Là où vos regards se rejoignent', { id: 'summary.compare.agree' }),
      agree,
      msg('Aucun énoncé n’a la même réponse des deux côtés.', { id: 'summary.compare.agree.none' }),
    )}
    ${missing.length
      ? group('guide-missing', msg('Une réponse manque ou ne s’applique pas', { id: 'summary.compare.missing' }), missing, '')
      : nothing}`;
}

function renderTwo(ctx: ViewContext, c: Comparison): TemplateResult {
  const labels = viewLabels(ctx, c);
  return html`<p class="lead">
      ${msg(
        str`Un guide pour réfléchir ensemble sur des enjeux communs : les réponses de « ${labels[0]} » et de « ${labels[1]} », énoncé par énoncé, en commençant par celles qui s’éloignent le plus.`,
        { id: 'summary.compare.lead' },
      )}
    </p>
    <p class="muted">
      ${msg('L’écart dit la distance entre les deux réponses sur l’échelle ; il ne dit pas qui a raison. Chaque piste aide à en parler.', {
        id: 'summary.compare.lead.gap',
      })}
    </p>
    <p class="no-print">
      <button type="button" part="button" @click=${() => window.print()}>${msg('Imprimer le guide', { id: 'summary.compare.print' })}</button>
    </p>
    ${renderTwoRadar(ctx, c, labels)} ${renderTwoTable(ctx, c, labels)} ${renderGuide(ctx, c, labels)}`;
}

// ---- One result against the group ----

/** The name given to the member's result (`labels[0]`), or none. */
function givenLabel(ctx: ViewContext): string {
  return typeof ctx.labels?.[0] === 'string' ? ctx.labels[0].trim() : '';
}

function renderStandingTable(ctx: ViewContext, s: GroupComparison, label: string): TemplateResult {
  const row = (heading: string, x: GroupComparison['overall']) => html`<tr>
    <th scope="row">${heading}</th>
    <td class="num">${percent(ctx, x.score)}</td>
    <td class="num">${percent(ctx, x.median)}</td>
    <td class="num">${range(ctx, x.q1, x.q3)}</td>
    <td class="num">${range(ctx, x.min, x.max)}</td>
    <td>${standingText(x.standing)}</td>
  </tr>`;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="standing-caption">
    <table part="table" class="standing">
      <caption id="standing-caption">${msg('Ce résultat et le groupe, en chiffres', { id: 'summary.compare.group.caption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Volet', { id: 'summary.stats.group' })}</th>
          <th scope="col">${label}</th>
          <th scope="col">${msg('Médiane du groupe', { id: 'summary.radar.series' })}</th>
          <th scope="col">${msg('Moitié centrale (1er au 3e quartile)', { id: 'summary.stats.iqr' })}</th>
          <th scope="col">${msg('Du plus bas au plus haut', { id: 'summary.stats.range' })}</th>
          <th scope="col">${msg('Où se situe ce résultat', { id: 'summary.compare.group.where' })}</th>
        </tr>
      </thead>
      <tbody>
        ${row(rowLabel(ctx, 'overall', 0), s.overall)}
        ${s.sections.map((x, i) => row(rowLabel(ctx, 'section', i), x))}
        ${s.dimensions.map((x, i) => row(rowLabel(ctx, 'dimension', i), x))}
      </tbody>
    </table>
  </div>`;
}

function renderStandingRadar(ctx: ViewContext, s: GroupComparison, label: string): TemplateResult | typeof nothing {
  const axes = radarAxes(ctx);
  if (axes.length < 3) return nothing;
  const pick = (key: 'median' | 'min' | 'max' | 'score') => Object.fromEntries(s.dimensions.map((d) => [d.id, d[key]]));
  return html`<partenariat-radar
    part="radar"
    lang=${ctx.locale}
    .axes=${axes}
    .series=${[
      // The group's band runs from its lowest result to its highest, as the radar's legend says; the quartiles are in the table.
      { label: msg('Médiane du groupe', { id: 'summary.radar.series' }), values: pick('median'), low: pick('min'), high: pick('max') },
      { label, values: pick('score') },
    ]}
    label=${msg('Dimensions de l’impact : ce résultat et le groupe', { id: 'summary.compare.group.radar' })}
  ></partenariat-radar>`;
}

function renderStandingItems(ctx: ViewContext, s: GroupComparison, label: string): TemplateResult {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="standing-items-caption">
    <table part="table" class="items standing-items">
      <caption id="standing-items-caption">${msg('Énoncé par énoncé : la réponse de ce résultat et la réponse médiane du groupe', { id: 'summary.compare.group.items' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Énoncé', { id: 'summary.items.item' })}</th>
          <th scope="col">${label}</th>
          <th scope="col">${msg('Réponse médiane du groupe', { id: 'summary.compare.group.median' })}</th>
        </tr>
      </thead>
      <tbody>
        ${s.items.map(
          (x, i) => html`<tr>
            <th scope="row">${i + 1}. ${t(ctx, ctx.instrument.items[i]?.text)}</th>
            <td>${answerText(ctx, x.answer)}</td>
            <td>${medianText(ctx, x.median)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function renderStanding(ctx: ViewContext, s: GroupComparison): TemplateResult {
  const named = givenLabel(ctx);
  const label = named || msg('Ce résultat', { id: 'summary.compare.member' });
  const n = formatNumber(s.n, ctx.locale);
  return html`<p class="lead">
      ${named
        ? msg(str`« ${label} » à côté des ${n} résultats du groupe : la médiane du groupe, sa moitié centrale (du 1er au 3e quartile) et ses extrêmes.`, {
            id: 'summary.compare.group.lead',
          })
        : msg(str`Ce résultat à côté des ${n} résultats du groupe : la médiane du groupe, sa moitié centrale (du 1er au 3e quartile) et ses extrêmes.`, {
            id: 'summary.compare.group.lead.unnamed',
          })}
    </p>
    <p class="muted">
      ${msg('Seuls les chiffres du groupe sont montrés, jamais les réponses d’un autre membre. Se situer n’est pas se classer : un partenariat a ses propres raisons.', {
        id: 'summary.compare.group.privacy',
      })}
    </p>
    ${renderStandingRadar(ctx, s, label)} ${renderStandingTable(ctx, s, label)}
    <h3>${msg('Énoncé par énoncé', { id: 'summary.items' })}</h3>
    ${renderStandingItems(ctx, s, label)}`;
}

/** The view of a comparison (below the element's heading). */
export function renderComparison(ctx: ViewContext, compared: Compared): TemplateResult {
  return html`<div class="comparison">
    ${compared.kind === 'two' ? renderTwo(ctx, compared.comparison) : renderStanding(ctx, compared.standing)}
  </div>`;
}
