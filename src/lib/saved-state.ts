/**
 * What a widget keeps in localStorage, declared once per key: its version, how each part of the
 * stored JSON is read, and what a part left out is called. From that declaration `savedState` gives
 * a reader that never throws and keeps every valid part, a writer, and `update`, the one way a page
 * writes back: re-read what is stored now (another tab may have saved since), replace this page's
 * part, write the result. An unreadable original is always copied to `<key>.backup` first.
 *
 * The readers below are combinators: each takes the stored value and a `drop` callback, returns what
 * it keeps or `undefined` when it keeps nothing, and calls `drop()` for each inner part it leaves out.
 */
import { isKebabId } from '../site/vocabulary.ts';
import { backUp, isPlainRecord, readJson, type SafeStore } from './storage.ts';

export type Reader<T> = (value: unknown, drop: () => void) => T | undefined;
type ReadBy<R> = R extends Reader<infer T> ? T : never;

/** A value that passes `guard`, as it is. */
export const is =
  <T>(guard: (v: unknown) => v is T): Reader<T> =>
  (v) =>
    guard(v) ? v : undefined;

/** `fallback` where `read` keeps nothing, without counting a drop: for fields an older page did not write. */
export const orElse =
  <T>(read: Reader<T>, fallback: () => T): Reader<T> =>
  (v, drop) =>
    read(v, drop) ?? fallback();

/** null when nothing is stored; anything else `read` cannot keep counts as dropped and reads as null. */
export const nullable =
  <T>(read: Reader<T>): Reader<T | null> =>
  (v, drop) => {
    if (v == null) return null;
    const kept = read(v, drop);
    if (kept === undefined) drop();
    return kept ?? null;
  };

/** A plain object read field by field; it keeps nothing when a field keeps nothing. */
export const fields =
  <S extends Record<string, Reader<unknown>>>(shape: S): Reader<{ [K in keyof S]: ReadBy<S[K]> }> =>
  (v, drop) => {
    if (!isPlainRecord(v)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [name, read] of Object.entries(shape)) {
      const kept = read(v[name], drop);
      if (kept === undefined) return undefined;
      out[name] = kept;
    }
    return out as { [K in keyof S]: ReadBy<S[K]> };
  };

/**
 * An object keyed by kebab-case ids (role, statement or task ids). A key that is not one, or an
 * entry `read` cannot keep, is dropped; with `only`, keys outside that list are ignored.
 */
export const idMap =
  <T>(read: Reader<T>, only?: readonly string[]): Reader<Record<string, T>> =>
  (v, drop) => {
    if (!isPlainRecord(v)) return undefined;
    const out: Record<string, T> = {};
    for (const [key, entry] of Object.entries(v)) {
      if (only && !only.includes(key)) continue;
      const kept = isKebabId(key) ? read(entry, drop) : undefined;
      if (kept === undefined) drop();
      else out[key] = kept;
    }
    return out;
  };

/** An array; each item `read` cannot keep is dropped. */
export const list =
  <T>(read: Reader<T>): Reader<T[]> =>
  (v, drop) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const item of v) {
      const kept = read(item, drop);
      if (kept === undefined) drop();
      else out.push(kept);
    }
    return out;
  };

/** A list of kebab-case ids without repeats; an item that is not an id is dropped. */
export const idList: Reader<string[]> = (v, drop) => {
  const ids = list(is(isKebabId))(v, drop);
  return ids && [...new Set(ids)];
};

export const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * State kept per role, `{ "roles": { "<role-id>": { …entry, "updated": "<ISO date>" } } }`, as the
 * self-assessment and the onboarding checklist keep it: the body and the empty state of a
 * SavedStateSpec. An entry without its date reads as undated.
 */
export function byRole<S extends Record<string, Reader<unknown>>>(entry: S) {
  const body = fields({ roles: idMap(fields({ ...entry, updated: orElse(is(isText), () => '') })) });
  type Body = NonNullable<ReturnType<typeof body>>;
  return { body, empty: (): Body => ({ roles: {} }) as Body };
}

interface Loaded<T> {
  state: T;
  /** Set when something stored could not be used; the widget shows it to the reader. */
  notice?: string;
  /** How many stored values were left out (1 when the whole stored value was). */
  dropped: number;
}

export interface SavedStateSpec<Version extends number, Body> {
  key: string;
  version: Version;
  /** What the reader calls the whole, e.g. "checklist": "Your saved checklist could not be read…". */
  name: string;
  /** What a value left out is, e.g. "ticks": "Some saved ticks could not be read…". */
  dropped: string;
  /** Reads everything but the version; keeping nothing resets to `empty`. */
  body: Reader<Body>;
  empty: () => NoInfer<Body>;
  /**
   * Older versions that still load, each turned into this version's shape before `body` reads it
   * (so a reader's ticks survive an upgrade); any other version resets with a notice.
   */
  older?: Record<number, (stored: Record<string, unknown>) => unknown>;
}

export interface SavedState<T> {
  readonly key: string;
  /** Any parsed JSON value into a state: the valid parts kept, the rest counted and noticed. */
  parse(value: unknown): Loaded<T>;
  /** Reads the stored state: missing gives the defaults; anything unreadable is backed up first. */
  load(store: SafeStore): Loaded<T>;
  save(store: SafeStore, state: T): void;
  /** Re-reads what is stored now, lets `change` replace this page's part of it, writes and returns the result. */
  update(store: SafeStore, change: (stored: T) => T): T;
}

/** The end of every notice: nothing unreadable is thrown away (storage.ts keeps a backup). */
const KEPT = 'a copy is kept in your browser.';

/** The state a SavedState reads and writes. */
export type StateOf<S> = S extends SavedState<infer T> ? T : never;

export function savedState<Version extends number, Body extends object>(
  spec: SavedStateSpec<Version, Body>,
): SavedState<{ v: Version } & Body> {
  type State = { v: Version } & Body;
  const empty = (): State => ({ v: spec.version, ...spec.empty() });
  const parse = (value: unknown): Loaded<State> => {
    let dropped = 0;
    const upgrade = isPlainRecord(value) && typeof value.v === 'number' ? spec.older?.[value.v] : undefined;
    const current = upgrade ? upgrade(value as Record<string, unknown>) : value;
    const body = isPlainRecord(current) && (upgrade || current.v === spec.version) ? spec.body(current, () => dropped++) : undefined;
    // Another version, a wrong shape or JSON that does not parse: nothing of it can be used.
    if (body === undefined)
      return { state: empty(), dropped: 1, notice: `Your saved ${spec.name} could not be read, so this page starts afresh; ${KEPT}` };
    return {
      state: { v: spec.version, ...body } as State,
      dropped,
      notice: dropped ? `${dropped} saved ${spec.dropped} could not be read and were left out; ${KEPT}` : undefined,
    };
  };
  const load = (store: SafeStore): Loaded<State> => {
    const { value, error } = readJson(store, spec.key);
    const loaded = value === undefined && !error ? { state: empty(), dropped: 0 } : parse(value);
    if (loaded.notice) backUp(store, spec.key);
    return loaded;
  };
  const save = (store: SafeStore, state: State) => store.set(spec.key, JSON.stringify(state));
  return {
    key: spec.key,
    parse,
    load,
    save,
    update(store, change) {
      const state = change(load(store).state);
      save(store, state);
      return state;
    },
  };
}
