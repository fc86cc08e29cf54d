import type { Summary } from './aggregate.js';

/**
 * What a file of results (or the answer to the summary's `src`) holds, read from its text: pure
 * (no DOM, no Lit). Whether each result is a valid result of the questionnaire is `aggregate()`'s
 * to say; this module only finds the results, or the summary, and says what it could not read.
 *
 * Read: a JSON result; a JSON array of results; NDJSON (one JSON value a line, blank lines
 * skipped); a summary already made (`format: "partenariat-summary"`). The collector's exports
 * (`{id, receivedAt, consent, result}`) and sent envelopes (`partenariat-submission`) give their
 * `result`.
 */

/** The largest file read: 20 MB, some 2,000 results of the default questionnaire, pretty-printed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type FileRejectReason =
  /** Larger than {@link MAX_FILE_BYTES}: not read. */
  | 'too-large'
  /** The browser could not read it (moved, removed, or not allowed). */
  | 'unreadable'
  /** Its bytes are not UTF-8 (Latin-1, UTF-16, or damaged): not read, rather than read with its letters replaced. */
  | 'not-utf8'
  /** Nothing in it. */
  | 'empty'
  /** Not JSON (at `line`, when known). */
  | 'not-json'
  /** JSON, but not an object that could be a result (a number, a text, a list inside a line…). */
  | 'not-result'
  /** A summary of a version this library does not read. */
  | 'summary-version'
  /** Says it is a summary, but lacks its figures. */
  | 'summary-malformed';

export interface FileReject {
  /** The line of the text (from 1), for NDJSON and for JSON that fails to parse. */
  line?: number;
  reason: FileRejectReason;
}

/** A summary that a collector holds back while it counts fewer results than its smallest group. */
export interface WithheldSummary {
  format: 'partenariat-summary';
  version: 1;
  instrument: { id: string; version: string };
  n: number;
  minGroup: number;
  withheld: true;
}

export interface ParsedFile {
  /** The values that may be results, in the file's order. */
  results: unknown[];
  /** With NDJSON: the line of each of `results`. */
  lines?: number[];
  /** The summary the file holds, instead of results. */
  summary?: Summary;
  /** A summary held back by a collector (too few results yet). */
  withheld?: WithheldSummary;
  /** What could not be read, and why. */
  rejects: FileReject[];
}

/**
 * The text of bytes in UTF-8, as JSON is exchanged; undefined when they are not UTF-8, rather
 * than a text with U+FFFD in place of what could not be read (as `Response.text()` and
 * `File.text()` give), which would be counted as if it had been written so.
 */
export function decodeUtf8(bytes: ArrayBuffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value says it is a result (whether it is a valid one is `aggregate()`'s to say). */
export const saysResult = (value: unknown): boolean => isObject(value) && value.format === 'partenariat-result';

/** A result inside a collector's export or a sent envelope; the value itself otherwise. */
function unwrap(value: unknown): unknown {
  if (isObject(value) && value.format !== 'partenariat-result' && isObject(value.result)) return value.result;
  return value;
}

type Found = { kind: 'results'; values: unknown[] } | { kind: 'summary'; summary: Summary } | { kind: 'withheld'; withheld: WithheldSummary } | { kind: 'reject'; reason: FileRejectReason };

/** What one JSON value is: a summary, a held-back summary, results, or nothing usable. */
function classify(value: unknown, inLine: boolean): Found {
  if (Array.isArray(value)) return inLine ? { kind: 'reject', reason: 'not-result' } : { kind: 'results', values: value.map(unwrap) };
  if (!isObject(value)) return { kind: 'reject', reason: 'not-result' };
  if (value.format === 'partenariat-summary') {
    if (value.version !== 1) return { kind: 'reject', reason: 'summary-version' };
    const instrument = value.instrument;
    const named = isObject(instrument) && typeof instrument.id === 'string' && typeof instrument.version === 'string';
    if (named && value.withheld === true && typeof value.n === 'number' && typeof value.minGroup === 'number') {
      return { kind: 'withheld', withheld: value as unknown as WithheldSummary };
    }
    return named && isSummaryShape(value) ? { kind: 'summary', summary: value as unknown as Summary } : { kind: 'reject', reason: 'summary-malformed' };
  }
  return { kind: 'results', values: [unwrap(value)] };
}

/** The fields of a summary that the element reads, present with their types (the figures themselves are trusted). */
function isSummaryShape(value: Record<string, unknown>): boolean {
  const period = value.period;
  const stats = (s: unknown) => isObject(s) && typeof s.n === 'number' && isObject(s.bands);
  const list = (l: unknown, each: (x: unknown) => boolean) => Array.isArray(l) && l.every(each);
  return (
    typeof value.n === 'number' &&
    isObject(period) &&
    stats(value.overall) &&
    list(value.sections, stats) &&
    list(value.dimensions, stats) &&
    list(value.items, (i) => isObject(i) && typeof i.id === 'string' && isObject(i.counts)) &&
    list(value.widestSpread, (id) => typeof id === 'string') &&
    list(value.excluded, isObject) &&
    (value.groups === undefined || (isObject(value.groups) && list(value.groups.shown, (g) => isObject(g) && stats(g.overall))))
  );
}

/** The line (from 1) of `position` in `text`. */
function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Where a JSON syntax error is, from the engine's message (Chromium and Node say "position N"); line 1 when it does not say. */
function errorLine(text: string, error: unknown): number {
  const message = String((error as Error)?.message ?? '');
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineAt(text, Number(position[1])) : 1;
}

/** The results (or summary) in a file's text, and what could not be read. */
export function parseResultsText(text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { results: [], rejects: [{ reason: 'empty' }] };
  let whole: unknown;
  let wholeError: unknown;
  try {
    whole = JSON.parse(body);
  } catch (error) {
    wholeError = error;
  }
  if (wholeError === undefined) {
    const found = classify(whole, false);
    switch (found.kind) {
      case 'results':
        return { results: found.values, rejects: [] };
      case 'summary':
        return { results: [], summary: found.summary, rejects: [] };
      case 'withheld':
        return { results: [], withheld: found.withheld, rejects: [] };
      default:
        return { results: [], rejects: [{ reason: found.reason }] };
    }
  }

  // Not one JSON value: one a line (NDJSON). When no line holds an object on its own, it is a
  // broken JSON file rather than lines: one reject, where the JSON broke.
  const rows = body.split(/\r?\n/);
  const results: unknown[] = [];
  const lines: number[] = [];
  const rejects: FileReject[] = [];
  let objects = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i].trim();
    if (!row) continue;
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      rejects.push({ line: i + 1, reason: 'not-json' });
      continue;
    }
    if (isObject(value)) objects++;
    // A line holds one result; a summary is a file of its own, never one line among results.
    const found = classify(value, true);
    if (found.kind === 'results') {
      results.push(...found.values);
      lines.push(...found.values.map(() => i + 1));
    } else rejects.push({ line: i + 1, reason: found.kind === 'reject' ? found.reason : 'not-result' });
  }
  if (!objects) return { results: [], rejects: [{ line: errorLine(body, wholeError), reason: 'not-json' }] };
  return { results, lines, rejects };
}
