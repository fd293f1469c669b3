import { describe, expect, it } from 'vitest';
import { inWords } from '../../src/lib/numbers-in-words.ts';

describe('inWords', () => {
  it('spells out small counts and keeps larger ones as digits', () => {
    expect([1, 2, 6, 12].map(inWords)).toEqual(['one', 'two', 'six', 'twelve']);
    expect(inWords(13)).toBe('13');
  });
});
