import type { KeyValueStore } from '../../src/lib/storage.ts';

/** An in-memory localStorage that can be told to refuse writes, like a full quota. */
export function fakeStorage(opts: { failWrites?: boolean } = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (opts.failWrites) throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}
