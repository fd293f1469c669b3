import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { parsePage } from '../../src/lib/html-page.ts';

const pages = [
  parsePage(
    '/',
    '<h1 id="_top">Home</h1><a href="/roles/">roles</a><a href="/roles/#kpis">kpis</a><a href="https://elsewhere.test/">x</a>',
  ),
  parsePage(
    '/roles/',
    `<h2 id="kpis">KPIs</h2><a href="#kpis">self</a><a href='/_astro/app.css'>css</a><a href="/roles/?a=1&amp;b=2#kpis">q</a>` +
      `<a href=/roles/index.html#kpis>file name</a><a href="/caf%C3%A9/">encoded</a><a href="../">relative</a><a href="//cdn.test/x">other origin</a>`,
  ),
  parsePage('/café/', '<p id="ü">accented</p><a href="#%C3%BC">encoded anchor</a>'),
];

describe('link check', () => {
  it('accepts links to pages, anchors, files and other origins, decoding entities and percent-encoding', () => {
    expect(findBrokenLinks(pages, new Set(['/_astro/app.css']))).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing anchor, naming page, href and reason', () => {
    const broken = findBrokenLinks(
      [
        ...pages,
        parsePage(
          '/x/',
          '<a href="/nope/">a</a><a href="/roles/#missing">b</a><a href="#gone">c</a><a href="/img.png">d</a><a href="/bad%E0%A4%A/">e</a>',
        ),
      ],
      new Set(),
    );
    expect(broken).toEqual([
      { page: '/roles/', href: '/_astro/app.css', reason: 'no such page or file' },
      { page: '/x/', href: '/nope/', reason: 'no such page or file' },
      { page: '/x/', href: '/roles/#missing', reason: 'no element with id "missing" on /roles/' },
      { page: '/x/', href: '#gone', reason: 'no element with id "gone" on /x/' },
      { page: '/x/', href: '/img.png', reason: 'no such page or file' },
      { page: '/x/', href: '/bad%E0%A4%A/', reason: 'malformed percent-encoding' },
    ]);
  });

  it('does not take an id inside an attribute value or a script for an anchor', () => {
    const target = parsePage('/t/', `<p title='id="fake"'>x</p><script>document.body.innerHTML = '<p id="late">';</script>`);
    const source = parsePage('/s/', '<a href="/t/#fake">a</a><a href="/t/#late">b</a>');
    expect(findBrokenLinks([target, source], new Set()).map((b) => b.href)).toEqual(['/t/#fake', '/t/#late']);
  });
});
