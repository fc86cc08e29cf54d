import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument } from '../../schema/instrument.js';
import { AnswersSchema, ProfileSchema } from '../../schema/result.js';
import { keepValidAnswers } from './scoring.js';
import { TextStore } from '../../internal/store.js';

export { toAutosaveMode, type AutosaveMode } from '../../internal/store.js';

const DateTime = lazy(() =>
  z.iso.datetime({ offset: true }),
);

/** What is kept between visits: the answers and where the person was. */
export const SavedProgressSchema = lazy(() =>
  z.object({
    format: z.literal('partenariat-progress'),
    version: z.literal(1),
    instrument: z.object({ id: z.string(), version: z.string() }),
    id: z.string().check(z.minLength(1)),
    startedAt: DateTime,
    updatedAt: DateTime,
    completedAt: z.nullable(DateTime),
    answers: AnswersSchema,
    profile: ProfileSchema,
    step: z.optional(z.string()),
    consent: z.optional(z.boolean()),
  }),
);
export type SavedProgress = z.infer<typeof SavedProgressSchema>;

export interface LoadOutcome {
  saved?: SavedProgress;
  /** Saved data was found but could not be used; it was moved to `<key>:set-aside`. */
  setAside?: 'corrupt' | 'other-version';
}

/** Whether `saved` belongs to this version of `instrument` and every answer fits it. */
export function progressFits(instrument: Instrument, saved: SavedProgress): boolean {
  if (saved.instrument.id !== instrument.id || saved.instrument.version !== instrument.version) return false;
  return Object.keys(keepValidAnswers(instrument, saved.answers)).length === Object.keys(saved.answers).length;
}

/** Keeps one checklist's progress; unusable saved data is set aside, never lost. */
export class ProgressStore extends TextStore {
  /** Reads the saved progress for `instrument`. */
  load(instrument: Instrument): LoadOutcome {
    const raw = this.read();
    if (raw === null) return {};
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.putAside(raw, 'corrupt');
    }
    const parsed = SavedProgressSchema.safeParse(data);
    if (!parsed.success) return this.putAside(raw, 'corrupt');
    return progressFits(instrument, parsed.data) ? { saved: parsed.data } : this.putAside(raw, 'other-version');
  }

  /** Saves `progress`. Returns false when the browser's storage failed and memory took over. */
  save(progress: SavedProgress): boolean {
    return this.write(JSON.stringify(progress));
  }

  private putAside(raw: string, reason: 'corrupt' | 'other-version'): LoadOutcome {
    this.setAside(raw);
    return { setAside: reason };
  }
}
