// The page types at given paths: all of them, or those named (npm run audit:lighthouse -- /plan/).
import { describe, expect, it } from 'vitest';
import { pageTypes, pageTypesAt } from '../../scripts/lib/page-types.ts';

describe('page types at paths', () => {
  const all = pageTypes().map((t) => t.path);

  it('gives every page type when none is named, and only the named ones otherwise, in page-type order', () => {
    expect(pageTypesAt().map((t) => t.path)).toEqual(all);
    expect(pageTypesAt([all[2]!, all[0]!]).map((t) => t.path)).toEqual([all[0], all[2]]);
  });

  it('refuses a path that is no page type, listing the page types', () => {
    expect(() => pageTypesAt([all[0]!, '/no-such-page/'])).toThrow(`Not a page type's path: /no-such-page/. Page types: ${all.join(' ')}`);
  });
});
