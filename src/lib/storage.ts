/**
 * Safe access to localStorage for the widgets. The browser may block storage (privacy settings,
 * sandboxed frames) or refuse a write (quota): then the widget keeps working in memory and says so.
 * A stored value that cannot be read is never discarded: it is copied to `<key>.backup` first.
 */

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StorageMode = 'persistent' | 'memory';

export class SafeStore {
  /** 'memory' once a write has failed: from then on values live in this page only. */
  mode: StorageMode = 'persistent';
  /** Values written while in memory mode; they shadow the browser's (still readable) storage. */
  private memory = new Map<string, string>();
  private backing: KeyValueStore | undefined;

  /** `getBacking` may throw: reading `localStorage` itself does where the browser blocks storage. */
  constructor(getBacking: () => KeyValueStore | undefined) {
    try {
      this.backing = getBacking();
    } catch {
      this.backing = undefined;
    }
    if (!this.backing) {
      this.mode = 'memory';
      return;
    }
    // A full quota refuses writes but still lets the page read what was saved before.
    try {
      this.backing.setItem('__cop_probe__', '1');
      this.backing.removeItem('__cop_probe__');
    } catch {
      this.mode = 'memory';
    }
  }

  get(key: string): string | null {
    if (this.memory.has(key)) return this.memory.get(key)!;
    try {
      return this.backing?.getItem(key) ?? null;
    } catch {
      this.backing = undefined;
      this.mode = 'memory';
      return null;
    }
  }

  /** Writes; on failure (quota, blocked) switches to memory and keeps the value there. */
  set(key: string, value: string): void {
    if (this.mode === 'persistent') {
      try {
        this.backing!.setItem(key, value);
        return;
      } catch {
        this.mode = 'memory';
      }
    }
    this.memory.set(key, value);
  }
}

/** Reads JSON without throwing: `undefined` for a missing key, an error for one that does not parse. */
export function readJson(store: SafeStore, key: string): { value?: unknown; error?: true } {
  const raw = store.get(key);
  if (raw === null) return {};
  try {
    return { value: JSON.parse(raw) };
  } catch {
    return { error: true };
  }
}

/** Keeps an unreadable stored value under `<key>.backup` so that resetting loses nothing. */
export function backUp(store: SafeStore, key: string): void {
  const raw = store.get(key);
  if (raw !== null) store.set(`${key}.backup`, raw);
}

/**
 * A JSON object (not null, not an array). Readers copy only named fields and kebab-case keys out of
 * it, so a `"__proto__"` key in stored JSON never reaches an object's prototype.
 */
export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
