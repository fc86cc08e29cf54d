import { own } from '../../internal/records.js';
import type { Progress, ProgressTimes } from './result.js';

/**
 * Two copies of one person's progress, merged item by item: what two tabs on the same saved
 * answers do when both change them. Pure: no DOM, no storage.
 */

type Values = Readonly<Record<string, unknown>>;

/** The times of `times`, with `now` for every id whose value differs between `before` and `after` (removed ones too). */
export function stamp(before: Values, after: Values, times: Readonly<Record<string, string>>, now: string): Record<string, string> {
  const changed = new Set<string>();
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (own(before, id) !== own(after, id)) changed.add(id);
  }
  if (!changed.size) return times as Record<string, string>;
  return Object.fromEntries([
    ...Object.entries(times).filter(([id]) => !changed.has(id)),
    ...[...changed].map((id) => [id, now]),
  ]);
}

/** When `id` last changed in a copy: its own time, else the copy's `updatedAt` if it has a value; '' when never. */
function changedAt(values: Values, times: Readonly<Record<string, string>>, id: string, updatedAt: string): string {
  return own(times, id) ?? (Object.hasOwn(values, id) ? updatedAt : '');
}

function mergeValues<T>(
  mine: Readonly<Record<string, T>>,
  mineTimes: Readonly<Record<string, string>>,
  mineAt: string,
  theirs: Readonly<Record<string, T>>,
  theirsTimes: Readonly<Record<string, string>>,
  theirsAt: string,
): { values: Record<string, T>; times: Record<string, string> } {
  const values: Array<[string, T]> = [];
  const times: Array<[string, string]> = [];
  const ids = new Set([...Object.keys(mine), ...Object.keys(mineTimes), ...Object.keys(theirs), ...Object.keys(theirsTimes)]);
  for (const id of ids) {
    const m = changedAt(mine, mineTimes, id, mineAt);
    const t = changedAt(theirs, theirsTimes, id, theirsAt);
    // The later change wins; at the same instant, the same copy wins in both tabs.
    const takeTheirs = t > m || (t === m && String(own(theirs, id)) > String(own(mine, id)));
    const value = own(takeTheirs ? theirs : mine, id);
    if (value !== undefined) values.push([id, value]);
    times.push([id, takeTheirs ? t : m]);
  }
  return { values: Object.fromEntries(values), times: Object.fromEntries(times) };
}

/** Of two tabs' outboxes, the one that heard from the collector last (else this tab's). */
function laterOutbox(mine: Progress['outbox'], theirs: Progress['outbox']): Progress['outbox'] {
  if (!mine || !theirs) return mine ?? theirs;
  return (theirs.at ?? '') > (mine.at ?? '') ? theirs : mine;
}

const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * `mine` and `theirs` merged: each answer and profile field from the copy that changed it last
 * (a removal counts as a change). Both tabs reach the same copy, whatever the order: the id and
 * start of the earlier one, the later update, the earlier completion.
 */
export function mergeProgress(mine: Progress, theirs: Progress): Progress {
  const answers = mergeValues(mine.answers, mine.times.answers, mine.updatedAt, theirs.answers, theirs.times.answers, theirs.updatedAt);
  const profile = mergeValues(mine.profile, mine.times.profile, mine.updatedAt, theirs.profile, theirs.times.profile, theirs.updatedAt);
  const first =
    theirs.startedAt < mine.startedAt || (theirs.startedAt === mine.startedAt && theirs.id < mine.id) ? theirs : mine;
  return {
    id: first.id,
    startedAt: first.startedAt,
    updatedAt: theirs.updatedAt > mine.updatedAt ? theirs.updatedAt : mine.updatedAt,
    completedAt: earliest(mine.completedAt, theirs.completedAt),
    answers: answers.values as Progress['answers'],
    profile: profile.values as Progress['profile'],
    times: { answers: answers.times, profile: profile.times } satisfies ProgressTimes,
    outbox: laterOutbox(mine.outbox, theirs.outbox),
  };
}

function sameValues(a: Values, b: Values): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** Whether two copies hold the same answers and profile, for the same result. */
export function sameProgress(a: Progress, b: Progress): boolean {
  return (
    a.id === b.id &&
    a.completedAt === b.completedAt &&
    sameValues(a.answers, b.answers) &&
    sameValues(a.profile, b.profile)
  );
}
