/** Where an element keeps its data as the person goes: the tab (default), this browser, or nowhere. */
export type AutosaveMode = 'session' | 'local' | 'off';

export function toAutosaveMode(value: string | null | undefined): AutosaveMode {
  return value === 'local' || value === 'off' ? value : 'session';
}

/** Why saved data was set aside: unreadable, or made for another version of what it belongs to. */
export type SetAsideReason = 'corrupt' | 'other-version';

/** One copy of saved data set aside, dated; `data` is what was saved, as it was. */
export interface SetAsideCopy {
  /** When it was set aside (ISO 8601); null for a copy set aside before dates were kept. */
  setAsideAt: string | null;
  reason: SetAsideReason | 'unknown';
  data: string;
}

/** What `<key>:set-aside` holds: every copy set aside, oldest first. */
interface SetAsideList {
  format: 'partenariat-set-aside';
  version: 1;
  copies: SetAsideCopy[];
}

/** The most copies kept under `<key>:set-aside`; the oldest goes when one more comes. */
export const SET_ASIDE_LIMIT = 10;

/**
 * Kept for the life of the page, by place (`session:…`, `local:…`), while the browser's storage
 * cannot take it (missing, refused or full): newer than what the storage holds.
 */
const memory = new Map<string, string>();

/** The element of the page that keeps its data under each key, by storage (`session:…`, `local:…`). */
const holders = new Map<string, WeakRef<Element>>();

/**
 * One key of sessionStorage or localStorage, falling back to the page's memory when the storage
 * is missing, refused or full, and going back to the storage as soon as a write succeeds again.
 * Unusable data is set aside under `<key>:set-aside`, in a dated list, never overwritten. It never
 * throws.
 */
export class TextStore {
  /** True while the page's memory holds the data: the browser's storage refused the latest write, or cannot be used at all. */
  inMemory = false;
  /** The browser's storage cannot be reached at all (a sandboxed frame, blocked cookies). */
  private blocked = false;
  /**
   * The key holds data that could not be set aside (the storage was full): it is left where it
   * is, and this store keeps its own data in memory rather than write over it.
   */
  private guarding = false;

  /** `owner`, the element whose data this is, claims the place for itself unless another holds it. */
  constructor(
    readonly mode: AutosaveMode,
    readonly key: string,
    private readonly owner?: Element,
  ) {
    this.holds();
  }

  /**
   * True while another element of the page, still on it, keeps its data in the same place: this
   * store then keeps nothing, so that neither overwrites or clears the other's data. It is asked
   * again at each read and write, so that once the other has left the page, this one takes over.
   */
  get taken(): boolean {
    return !this.holds();
  }

  /** Whether the owner holds the place, claiming it when it is free. */
  private holds(): boolean {
    if (this.mode === 'off' || !this.owner) return true;
    const holder = holders.get(this.place())?.deref();
    if (holder === this.owner) return true;
    if (holder?.isConnected) return false;
    holders.set(this.place(), new WeakRef(this.owner));
    return true;
  }

  /** A key in its storage: the same key in the tab's storage and in the browser's is two places. */
  private place(key = this.key): string {
    return `${this.mode}:${key}`;
  }

  private get asideKey(): string {
    return `${this.key}:set-aside`;
  }

  /** Gives the key up, when the element moves its data elsewhere. */
  release(): void {
    if (this.owner && holders.get(this.place())?.deref() === this.owner) holders.delete(this.place());
  }

  /** The browser's storage, unless it cannot be reached at all (every caller has checked `taken` first). */
  private get storage(): Storage | null {
    if (this.mode === 'off' || this.blocked) return null;
    try {
      const storage = this.mode === 'local' ? window.localStorage : window.sessionStorage;
      if (!storage) throw new Error('no storage');
      return storage;
    } catch {
      this.blocked = this.inMemory = true;
      return null;
    }
  }

  /** What `key` holds: the page's memory first (newer, when set), else the browser's storage. */
  private get(key: string): string | null {
    const kept = memory.get(this.place(key));
    if (kept !== undefined) return kept;
    const storage = this.storage;
    if (!storage) return null;
    try {
      return storage.getItem(key);
    } catch {
      // Refused this time: the page's memory stands in, and the next access tries again.
      this.inMemory = true;
      return null;
    }
  }

  /** Writes `raw` under `key`. Returns false when the storage refused it and the page's memory keeps it. */
  private put(key: string, raw: string): boolean {
    const storage = key === this.key && this.guarding ? null : this.storage;
    if (storage) {
      try {
        storage.setItem(key, raw);
        memory.delete(this.place(key));
        return true;
      } catch {
        // Full: the page's memory keeps it, and the next write tries the storage again.
      }
    }
    memory.set(this.place(key), raw);
    return false;
  }

  /** Removes `key` from the page's memory and from the browser's storage, even when the latest write failed. */
  private remove(key: string): void {
    memory.delete(this.place(key));
    try {
      this.storage?.removeItem(key);
    } catch {
      // Nothing more to remove: the storage cannot be reached.
    }
  }

  /** Whether `event` tells of a change of this store's key made by another tab or frame (the browser fires it in the others only). */
  isChangedBy(event: StorageEvent): boolean {
    if (event.key !== this.key || this.mode === 'off' || this.taken) return false;
    return event.storageArea !== null && event.storageArea === this.storage;
  }

  read(): string | null {
    if (this.mode === 'off' || this.taken) return null;
    return this.get(this.key);
  }

  /** Writes `raw`. Returns false when the browser's storage failed and memory took over. */
  write(raw: string): boolean {
    if (this.mode === 'off' || this.taken) return true;
    const saved = this.put(this.key, raw);
    this.inMemory = !saved;
    return saved;
  }

  /** Erases the data and every copy set aside, from the storage as well as from memory. */
  clear(): void {
    if (this.mode === 'off' || this.taken) return;
    this.remove(this.key);
    this.remove(this.asideKey);
    this.guarding = false;
    this.inMemory = this.blocked;
  }

  /** Every copy of this key's data set aside so far, oldest first. */
  setAsideCopies(): SetAsideCopy[] {
    if (this.mode === 'off' || this.taken) return [];
    const raw = this.get(this.asideKey);
    if (raw === null) return [];
    try {
      const list = JSON.parse(raw) as Partial<SetAsideList> | null;
      if (list?.format === 'partenariat-set-aside' && Array.isArray(list.copies)) {
        return list.copies.filter(
          (c): c is SetAsideCopy => typeof c?.data === 'string' && (c.setAsideAt === null || typeof c.setAsideAt === 'string'),
        );
      }
    } catch {
      // Not a list: the single copy that earlier versions kept there, as it was.
    }
    return [{ setAsideAt: null, reason: 'unknown', data: raw }];
  }

  /**
   * Adds unusable data to the dated list under `<key>:set-aside` (the newest {@link SET_ASIDE_LIMIT}
   * are kept) and removes it from the key. When the storage cannot take the list, the data stays
   * under its key, untouched, and this store keeps its own data in memory.
   */
  setAside(raw: string, reason: SetAsideReason = 'corrupt'): void {
    if (this.mode === 'off' || this.taken) return;
    const copies = [...this.setAsideCopies(), { setAsideAt: new Date().toISOString(), reason, data: raw }];
    const list: SetAsideList = { format: 'partenariat-set-aside', version: 1, copies: copies.slice(-SET_ASIDE_LIMIT) };
    if (this.put(this.asideKey, JSON.stringify(list)) || this.blocked) {
      this.remove(this.key);
    } else {
      // Full: the list lives in the page's memory, what the key holds is left in the storage
      // rather than lost, and nothing writes over it.
      memory.delete(this.place());
      this.guarding = this.inMemory = true;
    }
  }
}
