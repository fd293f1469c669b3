import { describe, expect, it } from 'vitest';
import { findBrokenLinks, idsOf } from '../../src/lib/link-check.ts';

const pages = [
  {
    path: '/',
    html: '<h1 id="_top">Home</h1><a href="/roles/">roles</a><a href="/roles/#kpis">kpis</a><a href="https://elsewhere.test/">x</a>',
  },
  {
    path: '/roles/',
    html: '<h2 id="kpis">KPIs</h2><a href="#kpis">self</a><a href="/_astro/app.css">css</a><a href="/roles/?a=1&amp;b=2#kpis">q</a>',
  },
];

describe('link check', () => {
  it('collects ids', () => expect([...idsOf(pages[1]!.html)]).toEqual(['kpis']));

  it('accepts links to pages, anchors, files and other origins', () => {
    expect(findBrokenLinks(pages, new Set(['/_astro/app.css']))).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing anchor', () => {
    const broken = findBrokenLinks(
      [
        ...pages,
        { path: '/x/', html: '<a href="/nope/">a</a><a href="/roles/#missing">b</a><a href="#gone">c</a><a href="/img.png">d</a>' },
      ],
      new Set(),
    );
    expect(broken).toEqual([
      { page: '/roles/', href: '/_astro/app.css', reason: 'no such page or file' },
      { page: '/x/', href: '/nope/', reason: 'no such page or file' },
      { page: '/x/', href: '/roles/#missing', reason: 'no element with id "missing" on /roles/' },
      { page: '/x/', href: '#gone', reason: 'no element with id "gone" on /x/' },
      { page: '/x/', href: '/img.png', reason: 'no such page or file' },
    ]);
  });
});
