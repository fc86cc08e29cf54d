import type { Instrument } from '../../schema/instrument.js';
import { localize, type Locale } from '../../schema/text.js';
import { msg } from '@lit/localize/init/install.js';
import { str } from '@lit/localize/internal/str-tag.js';
import { csvDocument } from '../../internal/csv.js';
// The English of the summary's messages.
import '../../generated/locales/en-summary.js';
import type { Stats, Summary } from './aggregate.js';

/**
 * The summary as one CSV table for a spreadsheet: pure (no DOM, no Lit). One row per set of
 * figures, the same columns on every row (a cell stays empty where a figure does not apply):
 *
 * - scope: all the results, or one shown group (« Autres » for the small groups merged);
 * - kind: overall, section, dimension or item; its id and its label;
 * - results counted, mean, median, quartiles, lowest and highest (in percent of the scale);
 * - one column per band: how many results fall in it;
 * - for an item only: how many gave each answer of the scale, « does not apply », no answer,
 *   the median answer (on the scale) and the spread (standard deviation, in percent of the scale).
 *
 * Rows: all results overall, each section, each dimension; then each shown group the same way;
 * then each item. UTF-8 with a byte-order mark; in French `;` between cells and a decimal comma,
 * in English `,` and a decimal point; CRLF line ends; a cell that a spreadsheet would run as a
 * formula is neutralized.
 */

/** The CSV's words in the element's language (headers and the names of scopes and kinds). */
export interface SummaryCsvLabels {
  scope: string;
  kind: string;
  id: string;
  label: string;
  n: string;
  mean: string;
  median: string;
  q1: string;
  q3: string;
  min: string;
  max: string;
  /** A band's column, from its label. */
  band: (label: string) => string;
  /** An answer's column, from its label. */
  answer: (label: string) => string;
  blank: string;
  itemMedian: string;
  spread: string;
  all: string;
  others: string;
  overall: string;
  section: string;
  dimension: string;
  item: string;
}

/** The CSV's words, in the language of the render under way (`inLocale`): also read by the collector. */
export function summaryCsvLabels(): SummaryCsvLabels {
  return {
    scope: msg('Portée', { id: 'summary.csv.scope', desc: 'CSV column: all results, or one group' }),
    kind: msg('Type', { id: 'summary.csv.kind', desc: 'CSV column: overall, section, dimension or item' }),
    id: msg('Identifiant', { id: 'summary.csv.id' }),
    label: msg('Libellé', { id: 'summary.csv.label' }),
    n: msg('Résultats comptés', { id: 'summary.stats.n' }),
    mean: msg('Moyenne (%)', { id: 'summary.csv.mean' }),
    median: msg('Médiane (%)', { id: 'summary.csv.median' }),
    q1: msg('1er quartile (%)', { id: 'summary.csv.q1' }),
    q3: msg('3e quartile (%)', { id: 'summary.csv.q3' }),
    min: msg('Plus bas (%)', { id: 'summary.csv.min' }),
    max: msg('Plus haut (%)', { id: 'summary.csv.max' }),
    band: (label) => msg(str`Niveau : ${label}`, { id: 'summary.csv.band' }),
    answer: (label) => msg(str`Réponse : ${label}`, { id: 'summary.csv.answer' }),
    blank: msg('Sans réponse', { id: 'summary.items.blank' }),
    itemMedian: msg('Réponse médiane (échelle)', { id: 'summary.csv.item-median' }),
    spread: msg('Écart type (% de l’échelle)', { id: 'summary.csv.spread' }),
    all: msg('Tous les résultats', { id: 'summary.csv.all' }),
    others: msg('Autres', { id: 'summary.groups.others' }),
    overall: msg('Résultat global', { id: 'summary.overall' }),
    section: msg('Section', { id: 'summary.csv.section' }),
    dimension: msg('Dimension de l’impact', { id: 'summary.csv.dimension' }),
    item: msg('Énoncé', { id: 'summary.items.item' }),
  };
}

/** A number as a spreadsheet of `locale` reads it: no grouping, a decimal comma in French; empty when missing. */
export function csvNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

export function summaryToCsv(summary: Summary, instrument: Instrument, locale: Locale, labels: SummaryCsvLabels): string {
  const separator = locale === 'fr' ? ';' : ',';
  const num = (value: number | null | undefined) => csvNumber(value, locale);
  const t = localize;
  const choices = instrument.scale.choices;
  const { notApplicable: na, dontKnow: dk } = instrument.scale;
  const header = [
    labels.scope,
    labels.kind,
    labels.id,
    labels.label,
    labels.n,
    labels.mean,
    labels.median,
    labels.q1,
    labels.q3,
    labels.min,
    labels.max,
    ...instrument.bands.map((b) => labels.band(t(b.label, locale))),
    ...choices.map((c) => labels.answer(t(c.label, locale))),
    ...(na ? [labels.answer(t(na.label, locale))] : []),
    ...(dk ? [labels.answer(t(dk.label, locale))] : []),
    labels.blank,
    labels.itemMedian,
    labels.spread,
  ];
  const itemBlanks = choices.length + (na ? 1 : 0) + (dk ? 1 : 0) + 3;
  const statsRow = (scope: string, kind: string, id: string, label: string, s: Stats) => [
    scope,
    kind,
    id,
    label,
    num(s.n),
    num(s.mean),
    num(s.median),
    num(s.q1),
    num(s.q3),
    num(s.min),
    num(s.max),
    ...instrument.bands.map((b) => num(s.bands[b.id] ?? 0)),
    ...Array<string>(itemBlanks).fill(''),
  ];
  const sectionLabel = (id: string) => t(instrument.sections.find((s) => s.id === id)?.title, locale);
  const dimensionLabel = (id: string) => t(instrument.dimensions?.find((d) => d.id === id)?.label, locale);
  const figures = (scope: string, set: Pick<Summary, 'overall' | 'sections' | 'dimensions'>) => [
    statsRow(scope, labels.overall, '', labels.overall, set.overall),
    ...set.sections.map((s) => statsRow(scope, labels.section, s.id, sectionLabel(s.id), s)),
    ...set.dimensions.map((d) => statsRow(scope, labels.dimension, d.id, dimensionLabel(d.id), d)),
  ];
  const field = instrument.profile?.find((f) => f.id === summary.groups?.by);
  const groupName = (value: string | null) =>
    value === null ? labels.others : t(field?.choices?.find((c) => c.value === value)?.label, locale) || value;
  const rows: string[][] = [
    header,
    ...figures(labels.all, summary),
    ...(summary.groups?.shown ?? []).flatMap((g) => figures(groupName(g.value), g)),
    ...summary.items.map((item) => {
      const answered = choices.reduce((sum, c) => sum + (item.counts[String(c.value)] ?? 0), 0);
      return [
        labels.all,
        labels.item,
        item.id,
        t(instrument.items.find((i) => i.id === item.id)?.text, locale),
        num(answered),
        ...Array<string>(6 + instrument.bands.length).fill(''),
        ...choices.map((c) => num(item.counts[String(c.value)] ?? 0)),
        ...(na ? [num(item.notApplicable)] : []),
        ...(dk ? [num(item.dontKnow ?? 0)] : []),
        num(item.unanswered),
        num(item.median),
        num(item.spread),
      ];
    }),
  ];
  return csvDocument(rows, separator);
}
