import * as z from 'zod/mini';
import type { Instrument } from '../../schema/instrument.js';
import { AnswersSchema, ProfileSchema } from '../../schema/result.js';
import { isValidAnswer } from './scoring.js';

/** Where answers are kept as the person goes: the tab (default), this browser, or nowhere. */
export type AutosaveMode = 'session' | 'local' | 'off';

export function toAutosaveMode(value: string | null | undefined): AutosaveMode {
  return value === 'local' || value === 'off' ? value : 'session';
}

const DateTime = z.iso.datetime({ offset: true });

/** What is kept between visits: the answers and where the person was. */
export const SavedProgressSchema = z.object({
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
});
export type SavedProgress = z.infer<typeof SavedProgressSchema>;

export interface LoadOutcome {
  saved?: SavedProgress;
  /** Saved data was found but could not be used; it was moved to `<key>:set-aside`. */
  setAside?: 'corrupt' | 'other-version';
}

/** Kept for the life of the page when the browser's storage cannot be used. */
const memory = new Map<string, string>();

/**
 * Keeps one checklist's progress in sessionStorage, localStorage or, when those are missing or
 * full, in the page's memory.
 */
export class ProgressStore {
  /** True once the browser's storage failed and the page's memory is used instead. */
  inMemory = false;

  constructor(
    readonly mode: AutosaveMode,
    readonly key: string,
  ) {}

  private get storage(): Storage | null {
    if (this.mode === 'off' || this.inMemory) return null;
    try {
      const storage = this.mode === 'local' ? window.localStorage : window.sessionStorage;
      if (!storage) throw new Error('no storage');
      return storage;
    } catch {
      this.inMemory = true;
      return null;
    }
  }

  private read(): string | null {
    if (this.mode === 'off') return null;
    const storage = this.storage;
    if (storage) {
      try {
        return storage.getItem(this.key);
      } catch {
        this.inMemory = true;
      }
    }
    return memory.get(this.key) ?? null;
  }

  /** Reads the saved progress for `instrument`; unusable data is set aside, never lost. */
  load(instrument: Instrument): LoadOutcome {
    const raw = this.read();
    if (raw === null) return {};
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.setAside(raw, 'corrupt');
    }
    const parsed = SavedProgressSchema.safeParse(data);
    if (!parsed.success) return this.setAside(raw, 'corrupt');
    const saved = parsed.data;
    if (saved.instrument.id !== instrument.id || saved.instrument.version !== instrument.version) {
      return this.setAside(raw, 'other-version');
    }
    const itemIds = new Set(instrument.items.map((i) => i.id));
    const answersFit = Object.entries(saved.answers).every(
      ([id, answer]) => itemIds.has(id) && isValidAnswer(instrument, answer),
    );
    if (!answersFit) return this.setAside(raw, 'other-version');
    return { saved };
  }

  /** Saves `progress`. Returns false when the browser's storage failed and memory took over. */
  save(progress: SavedProgress): boolean {
    if (this.mode === 'off') return true;
    const raw = JSON.stringify(progress);
    const storage = this.storage;
    if (storage) {
      try {
        storage.setItem(this.key, raw);
        return true;
      } catch {
        this.inMemory = true;
      }
    }
    memory.set(this.key, raw);
    return false;
  }

  clear(): void {
    memory.delete(this.key);
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing more to clear: the storage cannot be reached.
    }
  }

  private setAside(raw: string, reason: 'corrupt' | 'other-version'): LoadOutcome {
    const storage = this.storage;
    try {
      storage?.setItem(`${this.key}:set-aside`, raw);
      storage?.removeItem(this.key);
    } catch {
      // The data stays where it was; it is ignored, not destroyed.
    }
    memory.delete(this.key);
    return { setAside: reason };
  }
}
