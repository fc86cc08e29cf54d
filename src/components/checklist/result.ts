import type { Instrument } from '../../schema/instrument.js';
import type { Answers, Profile, Result } from '../../schema/result.js';
import type { Locale } from '../../schema/text.js';
import type { Outgoing } from './outbox.js';
import { computeScores, recommendationsFor } from './scoring.js';

/** Where a person is in a self-assessment, without the computed scores. */
export interface Progress {
  id: string;
  startedAt: string;
  updatedAt: string;
  completedAt: string | null;
  answers: Answers;
  profile: Profile;
  /** When each answer and profile field last changed (or was removed), by id. */
  times: ProgressTimes;
  /** The result on its way to a collector, or there (with its receipt), or withdrawn. */
  outbox?: Outgoing;
}

/** When each answer and profile field last changed, by id (ISO 8601). */
export interface ProgressTimes {
  answers: Record<string, string>;
  profile: Record<string, string>;
}

/** The `partenariat-result` JSON for `progress`. */
export function buildResult(instrument: Instrument, progress: Omit<Progress, 'times' | 'outbox'>, locale: Locale): Result {
  return {
    format: 'partenariat-result',
    version: 1,
    id: progress.id,
    instrument: { id: instrument.id, version: instrument.version },
    locale,
    startedAt: progress.startedAt,
    updatedAt: progress.updatedAt,
    completedAt: progress.completedAt,
    profile: { ...progress.profile },
    answers: { ...progress.answers },
    scores: computeScores(instrument, progress.answers),
    recommendations: recommendationsFor(instrument, progress.answers, locale),
  };
}

/**
 * A random id (RFC 4122 version 4). `crypto.randomUUID` exists only on secure pages; many
 * community sites are still served over plain http, where `getRandomValues` still works.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
