/** The submissions of a campaign as JSON, NDJSON or CSV (for a spreadsheet). */
import type { Instrument } from '../../src/schema/instrument.js';
import type { Submission } from '../../src/schema/submission.js';
import type { SubmissionRow } from './store.js';

export const FORMATS = ['json', 'ndjson', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** One exported submission: what was sent, and when it arrived. The receipt stays with the sender. */
export function exported(row: SubmissionRow) {
  const envelope = JSON.parse(row.envelope) as Submission;
  return { id: row.result_id, receivedAt: row.received_at, consent: envelope.consent, result: envelope.result };
}

/**
 * A spreadsheet cell. A text that a spreadsheet would read as a formula (it starts with
 * `= + - @`, a tab or a carriage return) gets a leading apostrophe; numbers are written by
 * this code, never taken from the sender as text, and stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function columnsFrom(known: string[], seen: Iterable<string>): string[] {
  const extra = [...new Set(seen)].filter((id) => !known.includes(id)).sort();
  return [...known, ...extra];
}

/** One row per result: profile fields, each item's answer, then the scores. UTF-8 with a BOM. */
export function toCsv(instrument: Instrument, rows: SubmissionRow[]): string {
  const records = rows.map(exported);
  const profileIds = columnsFrom((instrument.profile ?? []).map((f) => f.id), records.flatMap((r) => Object.keys(r.result.profile)));
  const itemIds = columnsFrom(instrument.items.map((i) => i.id), records.flatMap((r) => Object.keys(r.result.answers)));
  const sectionIds = columnsFrom(instrument.sections.map((s) => s.id), records.flatMap((r) => r.result.scores.sections.map((s) => s.id)));
  const dimensionIds = columnsFrom((instrument.dimensions ?? []).map((d) => d.id), records.flatMap((r) => r.result.scores.dimensions.map((d) => d.id)));
  const header = [
    'id', 'receivedAt', 'consent.time', 'consent.recipient', 'consent.wording',
    'instrument', 'instrument.version', 'locale', 'startedAt', 'updatedAt', 'completedAt',
    ...profileIds.map((id) => `profile.${id}`),
    ...itemIds.map((id) => `item.${id}`),
    'overall.percent', 'overall.mean', 'overall.band',
    ...sectionIds.map((id) => `section.${id}.percent`),
    ...dimensionIds.map((id) => `dimension.${id}.percent`),
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const { id, receivedAt, consent, result } of records) {
    const percentOf = (list: { id: string; percent: number | null }[], key: string) => list.find((s) => s.id === key)?.percent ?? null;
    const cells: (string | number | null)[] = [
      id, receivedAt, consent.time, consent.recipient, consent.wording,
      result.instrument.id, result.instrument.version, result.locale, result.startedAt, result.updatedAt, result.completedAt,
      ...profileIds.map((key) => result.profile[key] ?? null),
      ...itemIds.map((key) => result.answers[key] ?? null),
      result.scores.overall.percent, result.scores.overall.mean, result.scores.overall.band,
      ...sectionIds.map((key) => percentOf(result.scores.sections, key)),
      ...dimensionIds.map((key) => percentOf(result.scores.dimensions, key)),
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function exportText(format: ExportFormat, instrument: Instrument, rows: SubmissionRow[]): string {
  if (format === 'csv') return toCsv(instrument, rows);
  if (format === 'ndjson') return rows.map((row) => `${JSON.stringify(exported(row))}\n`).join('');
  return `${JSON.stringify(rows.map(exported))}\n`;
}
