import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fields, idList, idMap, is, isText, list, nullable, orElse, savedState, type Reader } from '../../src/lib/saved-state.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

/** Runs a reader and counts what it drops. */
function run<T>(read: Reader<T>, value: unknown): { kept: T | undefined; dropped: number } {
  let dropped = 0;
  const kept = read(value, () => dropped++);
  return { kept, dropped };
}

const isSmall = (v: unknown): v is number => typeof v === 'number' && v >= 1 && v <= 3;

describe('saved-state readers', () => {
  it('keeps a value its guard accepts and nothing else', () => {
    expect(run(is(isSmall), 2)).toEqual({ kept: 2, dropped: 0 });
    expect(run(is(isSmall), 9)).toEqual({ kept: undefined, dropped: 0 });
  });

  it('reads a missing value as null, and counts a wrong one as dropped', () => {
    const read = nullable(is(isSmall));
    expect(run(read, undefined)).toEqual({ kept: null, dropped: 0 });
    expect(run(read, null)).toEqual({ kept: null, dropped: 0 });
    expect(run(read, 3)).toEqual({ kept: 3, dropped: 0 });
    expect(run(read, 'x')).toEqual({ kept: null, dropped: 1 });
  });

  it('falls back without counting, for fields an older page did not write', () => {
    expect(
      run(
        orElse(is(isText), () => ''),
        7,
      ),
    ).toEqual({ kept: '', dropped: 0 });
  });

  it('reads an object field by field, and keeps nothing when a field keeps nothing', () => {
    const read = fields({ a: is(isSmall), b: orElse(is(isText), () => '-') });
    expect(run(read, { a: 1, b: 'x', extra: true })).toEqual({ kept: { a: 1, b: 'x' }, dropped: 0 });
    expect(run(read, { a: 1 })).toEqual({ kept: { a: 1, b: '-' }, dropped: 0 });
    expect(run(read, { a: 7 }).kept).toBeUndefined();
    expect(run(read, [1]).kept).toBeUndefined();
  });

  it('keys a map by kebab-case ids only, with the strict rule, and counts each entry left out', () => {
    const read = idMap(is(isSmall));
    const value = JSON.parse('{"ok-id":1,"bad":9,"Upper":1,"a--b":1,"-lead":2,"__proto__":1,"x2":3}');
    expect(run(read, value)).toEqual({ kept: { 'ok-id': 1, x2: 3 }, dropped: 5 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores, without counting, keys outside a given list', () => {
    expect(run(idMap(is(isSmall), ['kept']), { kept: 1, gone: 2 })).toEqual({ kept: { kept: 1 }, dropped: 0 });
  });

  it('keeps the readable items of a list and the unique ids of an id list', () => {
    expect(run(list(is(isSmall)), [1, 'x', 3, 9])).toEqual({ kept: [1, 3], dropped: 2 });
    expect(run(idList, ['a', 'a', 'B', 4, 'c-d'])).toEqual({ kept: ['a', 'c-d'], dropped: 2 });
    expect(run(list(is(isSmall)), 'not a list').kept).toBeUndefined();
  });
});

describe('savedState', () => {
  const counter = savedState({
    key: 'test.counts',
    version: 2,
    name: 'counts',
    dropped: 'counts',
    body: fields({ counts: idMap(is(isSmall)) }),
    empty: () => ({ counts: {} }),
  });

  it('gives the defaults for a missing key, without a notice', () => {
    expect(counter.load(new SafeStore(() => fakeStorage()))).toEqual({ state: { v: 2, counts: {} }, dropped: 0 });
  });

  it('round-trips a state in the exact JSON shape it is given', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    counter.save(store, { v: 2, counts: { a: 1 } });
    expect(backing.data.get('test.counts')).toBe('{"v":2,"counts":{"a":1}}');
    expect(counter.load(store)).toEqual({ state: { v: 2, counts: { a: 1 } }, dropped: 0 });
  });

  it('keeps the valid parts, names how many were left out, and backs up the original', () => {
    const backing = fakeStorage();
    const original = '{"v":2,"counts":{"a":1,"b":8,"C":1}}';
    backing.data.set('test.counts', original);
    const loaded = counter.load(new SafeStore(() => backing));
    expect(loaded.state).toEqual({ v: 2, counts: { a: 1 } });
    expect(loaded.dropped).toBe(2);
    expect(loaded.notice).toBe('2 saved counts could not be read and were left out; a copy is kept in your browser.');
    expect(backing.data.get('test.counts.backup')).toBe(original);
  });

  it('starts afresh, with a notice and a backup, on another version, a wrong shape or broken JSON', () => {
    for (const original of ['{"v":1,"counts":{"a":1}}', '{"v":2,"counts":[1]}', '[2]', '{"v":2,', '"text"']) {
      const backing = fakeStorage();
      backing.data.set('test.counts', original);
      const loaded = counter.load(new SafeStore(() => backing));
      expect(loaded, original).toMatchObject({ state: { v: 2, counts: {} }, dropped: 1 });
      expect(loaded.notice).toBe('Your saved counts could not be read, so this page starts afresh; a copy is kept in your browser.');
      expect(backing.data.get('test.counts.backup')).toBe(original);
    }
  });

  it('never throws on any JSON value and always gives a state of its version (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { state, dropped } = counter.parse(value);
        expect(state.v).toBe(2);
        expect(dropped).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('update: re-read, replace my part, write back', () => {
  const perPage = savedState({
    key: 'test.pages',
    version: 1,
    name: 'pages',
    dropped: 'pages',
    body: fields({ pages: idMap(is(isSmall)) }),
    empty: () => ({ pages: {} }),
  });

  it('keeps what another tab saved since this page read the store', () => {
    const backing = fakeStorage();
    const tabA = new SafeStore(() => backing);
    const tabB = new SafeStore(() => backing);
    const seenByA = perPage.load(tabA).state;
    perPage.update(tabB, (stored) => ({ ...stored, pages: { ...stored.pages, b: 2 } }));
    // Tab A still holds its old copy; writing its own part must not erase tab B's.
    seenByA.pages.a = 1;
    const written = perPage.update(tabA, (stored) => ({ ...stored, pages: { ...stored.pages, a: seenByA.pages.a! } }));
    expect(written).toEqual({ v: 1, pages: { a: 1, b: 2 } });
    expect(JSON.parse(backing.data.get('test.pages')!)).toEqual(written);
  });

  it('writes into memory, and the store says so, when the browser refuses the write', () => {
    const store = new SafeStore(() => fakeStorage({ failWrites: true }));
    const written = perPage.update(store, (stored) => ({ ...stored, pages: { a: 3 } }));
    expect(store.mode).toBe('memory');
    expect(perPage.load(store).state).toEqual(written);
  });
});
