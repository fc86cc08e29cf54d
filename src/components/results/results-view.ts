import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { ABOUT, type About, type Instrument } from '../../schema/instrument.js';
import type { Result, Score } from '../../schema/result.js';
import { localize, type Locale, type Text } from '../../schema/text.js';
import { formatNumber, formatPercent } from '../../internal/localize.js';
import { inlineSize } from '../../internal/inline-size.js';
import { scaleRange } from '../checklist/scoring.js';
// The English of this folder's messages.
import '../../generated/locales/en-results.js';

/**
 * One view of a result's scores, shared by the checklist (a person's results) and the summary
 * (a member next to the group): score bars with their band in words, the table of the same
 * numbers, and the recommendations with the passage of the source document each comes from.
 * Render functions, not an element: each element keeps its own state, styles and language, and
 * passes them in. Its styles are `resultsStyles`; the element defines the `--_…` variables.
 */
export interface ResultsContext {
  instrument: Instrument;
  locale: Locale;
}

const t = (ctx: ResultsContext, text: Text | undefined) => localize(text, ctx.locale);

/** Where a band stands among the questionnaire's, for the bar's colour (the words say the same). */
export function bandLevel(instrument: Instrument, bandId: string | null): 'strong' | 'mid' | 'weak' | 'none' {
  const bands = [...instrument.bands].sort((a, b) => b.min - a.min);
  const index = bands.findIndex((b) => b.id === bandId);
  if (index < 0) return 'none';
  return index === 0 ? 'strong' : index === bands.length - 1 ? 'weak' : 'mid';
}

/** A score's band in words; « Aucune réponse » when there is no score. */
export function bandLabel(ctx: ResultsContext, score: Pick<Score, 'band'>): string {
  const band = ctx.instrument.bands.find((b) => b.id === score.band);
  return band ? t(ctx, band.label) : msg('Aucune réponse', { id: 'results.no-answer' });
}

/** A list of scores, each with its label, its band in words, its percentage and a bar. */
export function renderScoreList(ctx: ResultsContext, rows: Array<{ label: string; score: Score }>): TemplateResult {
  return html`<ul class="score-list">
    ${rows.map(({ label, score }) => {
      const value = score.percent === null ? msg('aucune réponse', { id: 'results.no-answer-short' }) : formatPercent(score.percent, ctx.locale);
      return html`<li class="score-row">
        <span>${label}</span>
        <span><span class="band">${bandLabel(ctx, score)}</span> (${value})</span>
        <span class="meter" aria-hidden="true" data-band-level=${bandLevel(ctx.instrument, score.band)}
          ><span ${inlineSize(score.percent ?? 0)}></span
        ></span>
      </li>`;
    })}
  </ul>`;
}

/** Whom items are about, in words: what depends on us, what we can ask of our partner, what we can work on together. */
export function aboutLabel(about: About | string): string {
  return about === 'nous'
    ? msg('Ce qui dépend de nous', { id: 'results.about.nous' })
    : about === 'partenaire'
      ? msg('Ce que nous pouvons demander à notre partenaire', { id: 'results.about.partenaire' })
      : msg('Ce que nous pouvons travailler ensemble', { id: 'results.about.ensemble' });
}

/**
 * A result's scores, labelled: the sections in the overall score, those set apart, by whom the
 * items are about, and the impact dimensions.
 */
export function scoreRows(ctx: ResultsContext, result: Pick<Result, 'scores'>) {
  const { instrument } = ctx;
  const sections = result.scores.sections.map((score, i) => ({
    label: t(ctx, instrument.sections[i]?.title),
    score,
    apart: instrument.sections[i]?.inOverall === false,
  }));
  return {
    sections: sections.filter((row) => !row.apart),
    apart: sections.filter((row) => row.apart),
    about: (result.scores.about ?? []).map((score) => ({ label: aboutLabel(score.id), score })),
    dimensions: result.scores.dimensions.map((score, i) => ({ label: t(ctx, instrument.dimensions?.[i]?.label), score })),
  };
}

/** The numbers of the bars and of the radar, as a table (the text equivalent of every chart). */
export function renderScoreTable(ctx: ResultsContext, result: Pick<Result, 'scores'>, caption: string, id = 'table-caption'): TemplateResult {
  const { max } = scaleRange(ctx.instrument);
  const locale = ctx.locale;
  const rows = scoreRows(ctx, result);
  const { notApplicable: na, dontKnow: dk } = ctx.instrument.scale;
  const row = (label: string, score: Score, header = false) => html`<tr>
    <th scope="row">${header ? html`<strong>${label}</strong>` : label}</th>
    <td class="num">${score.mean === null ? '—' : formatNumber(score.mean, locale, { maximumFractionDigits: 2 })}</td>
    <td class="num">${score.percent === null ? '—' : formatPercent(score.percent, locale)}</td>
    <td class="num">${msg(str`${score.answered} sur ${score.total}`, { id: 'table.answered-of' })}</td>
    ${na ? html`<td class="num">${score.notApplicable}</td>` : nothing}
    ${dk ? html`<td class="num">${score.dontKnow ?? 0}</td>` : nothing}
    <td>${bandLabel(ctx, score)}</td>
  </tr>`;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${id}>
    <table part="table">
      <caption id=${id}>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Volet', { id: 'table.group' })}</th>
          <th scope="col">${msg(str`Moyenne (sur ${formatNumber(max, locale)})`, { id: 'table.mean' })}</th>
          <th scope="col">${msg('Pourcentage', { id: 'table.percent' })}</th>
          <th scope="col">${msg('Réponses', { id: 'table.answered' })}</th>
          ${na ? html`<th scope="col">${t(ctx, na.label)}</th>` : nothing}
          ${dk ? html`<th scope="col">${t(ctx, dk.label)}</th>` : nothing}
          <th scope="col">${msg('Niveau', { id: 'table.band' })}</th>
        </tr>
      </thead>
      <tbody>
        ${row(msg('Résultat global', { id: 'results.overall-label' }), result.scores.overall, true)}
        ${rows.sections.map((r) => row(r.label, r.score))}
        ${rows.apart.map((r) => row(msg(str`${r.label} (à part du résultat global)`, { id: 'table.apart' }), r.score))}
        ${rows.about.map((r) => row(r.label, r.score))}
        ${rows.dimensions.map((r) => row(msg(str`Impact : ${r.label}`, { id: 'table.dimension' }), r.score))}
      </tbody>
    </table>
  </div>`;
}

/**
 * « D'où vient cet énoncé ? »: the passage of the source document an item was drawn from, in the
 * document's own language (French), so that a person can check it and read it in context.
 */
export function renderSource(ctx: ResultsContext, itemId: string): TemplateResult | typeof nothing {
  const source = ctx.instrument.items.find((i) => i.id === itemId)?.source;
  if (!source) return nothing;
  return html`<details class="source">
    <summary>${msg('D’où vient cet énoncé ?', { id: 'results.source' })}</summary>
    <p>
      ${msg(str`Tiré de : ${source.document}.`, { id: 'results.source.document' })}
      <q lang="fr">${source.passage}</q>
    </p>
  </details>`;
}

/**
 * The recommendations of a result, weakest first, grouped by whom they are about (what depends on
 * us, what to ask of our partner, what to work on together) when the questionnaire says it, else
 * by band (the one to work on most first); each with its source.
 */
export function renderRecommendations(ctx: ResultsContext, result: Pick<Result, 'recommendations'>): TemplateResult {
  const { instrument } = ctx;
  const about = new Map(instrument.items.map((i) => [i.id, i.about]));
  const bands = instrument.bands.filter((b) => b.recommend).sort((a, b) => a.min - b.min);
  const groups = [...about.values()].some(Boolean)
    ? ABOUT.map((id) => ({ label: aboutLabel(id), items: result.recommendations.filter((r) => about.get(r.item) === id) })).concat({
        label: msg('Autres pistes', { id: 'results.about.other' }),
        items: result.recommendations.filter((r) => !about.get(r.item)),
      })
    : bands.map((band) => ({ label: t(ctx, band.label), items: result.recommendations.filter((r) => r.band === band.id) }));
  const shown = groups.filter((group) => group.items.length);
  if (!shown.length) {
    return html`<p>${msg('Aucune piste d’action pour l’instant : vos réponses n’en appellent aucune.', { id: 'results.no-recommendations' })}</p>`;
  }
  return html`${shown.map(
    ({ label, items }) => html`<h5 class="band">${label}</h5>
      <ul class="recommendations">
        ${items.map((r) => {
          const item = instrument.items.find((i) => i.id === r.item);
          return html`<li>
            <strong class="rec-item">${t(ctx, item?.text)}</strong> <span class="rec-text">${r.text}</span>
            ${renderSource(ctx, r.item)}
          </li>`;
        })}
      </ul>`,
  )}`;
}
