import { describe, expect, it } from 'vitest';
import { SafeStore, backUp, readJson } from '../../src/lib/storage.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

describe('safe storage', () => {
  it('persists when storage works', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    store.set('k', 'v');
    expect(store.mode).toBe('persistent');
    expect(backing.data.get('k')).toBe('v');
  });

  it('works in memory when storage is blocked', () => {
    const store = new SafeStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.mode).toBe('memory');
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
  });

  it('works in memory when the quota is exceeded', () => {
    const store = new SafeStore(() => fakeStorage({ failWrites: true }));
    expect(store.mode).toBe('memory');
    store.set('k', 'v');
    expect(store.get('k')).toBe('v');
  });

  it('switches to memory when a later write fails, keeping the value', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    backing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    store.set('k', 'v2');
    expect(store.mode).toBe('memory');
    expect(store.get('k')).toBe('v2');
  });

  it('reads JSON without throwing and backs up what it cannot read', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    store.set('k', '{broken');
    expect(readJson(store, 'k')).toEqual({ error: true });
    backUp(store, 'k');
    expect(backing.data.get('k.backup')).toBe('{broken');
    expect(readJson(store, 'missing')).toEqual({});
  });
});

describe('safe storage when the quota is full from the start', () => {
  it('still reads what was saved before, and keeps new writes in memory', () => {
    const backing = fakeStorage();
    backing.data.set('saved', 'earlier answers');
    backing.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    const store = new SafeStore(() => backing);
    expect(store.mode).toBe('memory');
    expect(store.get('saved')).toBe('earlier answers');
    store.set('saved', 'newer answers');
    expect(store.get('saved')).toBe('newer answers');
    expect(backing.data.get('saved')).toBe('earlier answers');
  });
});
