// The pages a colour check visits: the required ones, then those that add element names, classes or
// inline styles no chosen page carries.
import { describe, expect, it } from 'vitest';
import { pagesCoveringStyles } from '../helpers/style-coverage.ts';

describe('the style cover', () => {
  it('picks the required pages, then one at a time the page adding the most unseen hooks, until every hook is seen', () => {
    const hooks = (...h: string[]) => new Set(h);
    const pages = [
      { path: '/a/', styleHooks: hooks('p', '.x') },
      { path: '/b/', styleHooks: hooks('p', '.x') },
      { path: '/c/', styleHooks: hooks('p', '.y', '.z') },
      { path: '/d/', styleHooks: hooks('.y') },
      { path: '/e/', styleHooks: hooks('table') },
    ];
    expect(pagesCoveringStyles(pages, ['/a/'])).toEqual(['/a/', '/c/', '/e/']);
    expect(pagesCoveringStyles(pages, ['/d/', '/b/'])).toEqual(['/d/', '/b/', '/c/', '/e/']);
    expect(() => pagesCoveringStyles(pages, ['/missing/'])).toThrow('/missing/ is not a built page');
  });
});
