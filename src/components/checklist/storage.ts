import * as z from 'zod/mini';
import { lazy } from '../../schema/lazy.js';
import type { Instrument } from '../../schema/instrument.js';
import { AnswersSchema, ProfileSchema } from '../../schema/result.js';
import { IdSchema } from '../../schema/text.js';
import { keepValidAnswers } from './scoring.js';
import { OutgoingSchema } from './outbox.js';
import { TextStore, type SetAsideReason } from '../../internal/store.js';

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
    /**
     * When each answer and each profile field last changed (or was removed), by id: two tabs on
     * the same saved answers merge them item by item, the later change winning.
     */
    times: z.optional(
      z.object({
        answers: z.record(IdSchema, DateTime),
        profile: z.record(IdSchema, DateTime),
      }),
    ),
    /** The result on its way to a collector, or there, or withdrawn (`submit-url`). */
    outbox: z.optional(OutgoingSchema),
  }),
);
export type SavedProgress = z.infer<typeof SavedProgressSchema>;

export interface LoadOutcome {
  saved?: SavedProgress;
  /** Saved data was found but could not be used; it was added to the list under `<key>:set-aside`. */
  setAside?: SetAsideReason;
}

/** Whether `saved` belongs to this version of `instrument` and every answer fits it. */
export function progressFits(instrument: Instrument, saved: SavedProgress): boolean {
  if (saved.instrument.id !== instrument.id || saved.instrument.version !== instrument.version) return false;
  return Object.keys(keepValidAnswers(instrument, saved.answers)).length === Object.keys(saved.answers).length;
}

/** Keeps one checklist's progress; unusable saved data is set aside, never lost. */
export class ProgressStore extends TextStore {
  /** The text this store last wrote or read: unchanged since, it needs no second look. */
  private last: string | null = null;

  /** Reads the saved progress for `instrument`; what does not fit it is set aside. */
  load(instrument: Instrument): LoadOutcome {
    const raw = this.read();
    if (raw === null) return {};
    return this.parse(raw, instrument, true);
  }

  /**
   * What another tab saved since this store last wrote or read, if anything (else `{}`): the
   * progress when it fits `instrument`; what does not fit is set aside.
   */
  changedElsewhere(instrument: Instrument): LoadOutcome {
    const raw = this.read();
    if (raw === null || raw === this.last) return {};
    return this.parse(raw, instrument, true);
  }

  /** `raw`, another tab's new copy, when it fits `instrument` (nothing is set aside: that tab's own save will). */
  peek(raw: string, instrument: Instrument): SavedProgress | undefined {
    return this.parse(raw, instrument, false).saved;
  }

  /** Saves `progress`. Returns false when the browser's storage failed and memory took over. */
  save(progress: SavedProgress): boolean {
    this.last = JSON.stringify(progress);
    return this.write(this.last);
  }

  override clear(): void {
    this.last = null;
    super.clear();
  }

  private parse(raw: string, instrument: Instrument, setAside: boolean): LoadOutcome {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.putAside(raw, 'corrupt', setAside);
    }
    const parsed = SavedProgressSchema.safeParse(data);
    if (!parsed.success) return this.putAside(raw, 'corrupt', setAside);
    if (!progressFits(instrument, parsed.data)) return this.putAside(raw, 'other-version', setAside);
    this.last = raw;
    return { saved: parsed.data };
  }

  private putAside(raw: string, reason: SetAsideReason, setAside: boolean): LoadOutcome {
    if (!setAside) return {};
    this.setAside(raw, reason);
    return { setAside: reason };
  }
}
