/** Where an element keeps its data as the person goes: the tab (default), this browser, or nowhere. */
export type AutosaveMode = 'session' | 'local' | 'off';

export function toAutosaveMode(value: string | null | undefined): AutosaveMode {
  return value === 'local' || value === 'off' ? value : 'session';
}

/** Kept for the life of the page when the browser's storage cannot be used. */
const memory = new Map<string, string>();

/** The element of the page that keeps its data under each key, by storage (`session:…`, `local:…`). */
const holders = new Map<string, WeakRef<Element>>();

/**
 * One key of sessionStorage or localStorage, falling back to the page's memory when the storage
 * is missing, refused or full. It never throws.
 */
export class TextStore {
  /** True once the browser's storage failed and the page's memory is used instead. */
  inMemory = false;

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
    const holder = holders.get(this.place)?.deref();
    if (holder === this.owner) return true;
    if (holder?.isConnected) return false;
    holders.set(this.place, new WeakRef(this.owner));
    return true;
  }

  /** The key in its storage: the same key in the tab's storage and in the browser's is two places. */
  private get place(): string {
    return `${this.mode}:${this.key}`;
  }

  /** Gives the key up, when the element moves its data elsewhere. */
  release(): void {
    if (this.owner && holders.get(this.place)?.deref() === this.owner) holders.delete(this.place);
  }

  /** The browser's storage, when it can be used (every caller has checked `taken` first). */
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

  read(): string | null {
    if (this.mode === 'off' || this.taken) return null;
    const storage = this.storage;
    if (storage) {
      try {
        return storage.getItem(this.key);
      } catch {
        this.inMemory = true;
      }
    }
    return memory.get(this.place) ?? null;
  }

  /** Writes `raw`. Returns false when the browser's storage failed and memory took over. */
  write(raw: string): boolean {
    if (this.mode === 'off' || this.taken) return true;
    const storage = this.storage;
    if (storage) {
      try {
        storage.setItem(this.key, raw);
        return true;
      } catch {
        this.inMemory = true;
      }
    }
    memory.set(this.place, raw);
    return false;
  }

  clear(): void {
    if (this.taken) return;
    memory.delete(this.place);
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing more to clear: the storage cannot be reached.
    }
  }

  /** Moves unusable data to `<key>:set-aside`: ignored from now on, but not destroyed. */
  setAside(raw: string): void {
    if (this.taken) return;
    const storage = this.storage;
    try {
      storage?.setItem(`${this.key}:set-aside`, raw);
      storage?.removeItem(this.key);
    } catch {
      // The data stays where it was; it is ignored, not destroyed.
    }
    memory.delete(this.place);
  }
}
