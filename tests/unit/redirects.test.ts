import { describe, expect, it } from 'vitest';
import { notARedirect, redirectPaths, redirectProblems, redirectsFile } from '../../src/integrations/redirects.ts';
import { redirects } from '../../src/redirects.ts';

describe('redirects', () => {
  it('the site’s list is usable', () => expect(redirectProblems(redirects)).toEqual([]));

  it('names every unusable entry', () => {
    expect(redirectProblems({ '/old': '/new/', '/a/': 'https://elsewhere.test/', '/b/': '/a/', '/': '/x/' })).toEqual([
      '"/old" must be a path that starts and ends with "/"',
      '"/a/" → "https://elsewhere.test/": the target must be a path on this site, starting with "/"',
      '"/b/" → "/a/": the target is itself redirected; point at the final page',
      '"/" must be a path that starts and ends with "/"',
    ]);
  });

  it('gives one redirect page per old URL, with the new one', () => {
    expect(redirectPaths({ '/kpis/': '/metrics/', '/roles/search/': '/roles/search-discovery/' })).toEqual([
      { params: { redirect: 'kpis' }, props: { to: '/metrics/' } },
      { params: { redirect: 'roles/search' }, props: { to: '/roles/search-discovery/' } },
    ]);
  });

  it('writes _redirects with a 301 per old URL', () =>
    expect(redirectsFile({ '/a/': '/b/', '/c/': '/d/' })).toBe('/a/ /b/ 301\n/c/ /d/ 301\n'));

  it('leaves the redirect pages out of the sitemap, and only those', () => {
    const [old, target] = Object.entries(redirects)[0]!;
    expect(notARedirect(`https://x.test${old}`)).toBe(false);
    expect(notARedirect(`https://x.test${target}`)).toBe(true);
  });
});
