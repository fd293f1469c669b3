import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/lib/html-page.ts';
import { buildManifest, declaredAnchors, explicitAnchors } from '../../src/lib/permalinks.ts';

// Shaped like a Starlight page: the page title and chrome outside the content area, Markdown headings
// in a wrapper whose class list Starlight extends ("level-h2"), component output beside them.
const page = parsePage(
  '/roles/x/',
  `<body><nav><a id="starlight__skip" href="#_top">skip</a></nav><h1 id="_top">Role</h1>
  <div class="sl-container"><div class="sl-markdown-content">
    <div class="sl-heading-wrapper level-h2"><h2 id="kpis">KPIs</h2><a class="sl-anchor-link" href="#kpis">#</a></div>
    <div class="level-h2 sl-heading-wrapper"><h2 id="how-we-work">How we work</h2></div>
    <h2 id="written-in-html">A heading a component rendered</h2>
    <dl><dt id="with-search-discovery">Search</dt></dl>
    <fieldset id="sa-q1"></fieldset>
  </div></div>
  <footer><p id="after-content">pagination</p></footer></body>`,
);

describe('explicit anchors', () => {
  it('are the content ids that are not Markdown headings, plus the Markdown headings written with {#id}', () => {
    expect(explicitAnchors(page.anchorCandidates, new Set(['kpis']))).toEqual(['kpis', 'with-search-discovery', 'written-in-html']);
  });

  it('leave out a Markdown heading whose id comes from its text, Starlight ids, widget internals and the page chrome', () => {
    const anchors = explicitAnchors(page.anchorCandidates, new Set());
    for (const id of ['kpis', 'how-we-work', '_top', 'starlight__skip', 'sa-q1', 'after-content']) expect(anchors).not.toContain(id);
  });

  it('are read from the MDX headings that carry {#id}', () => {
    const mdx = '## KPIs {#kpis}\n\nText {#not-a-heading}\n### Levels {#levels .wide}\n## Plain\n';
    expect([...declaredAnchors([mdx])].sort()).toEqual(['kpis', 'levels']);
  });

  it('make a manifest of the sitemap pages and the given files', () => {
    const other = parsePage('/y/', '<div class="sl-markdown-content"><p id="only">x</p></div>');
    expect(buildManifest([page, other], ['/y/', '/roles/x/'], ['/api/b.json', '/api/a.json'], new Set(['kpis']))).toEqual({
      version: 1,
      pages: { '/roles/x/': ['kpis', 'with-search-discovery', 'written-in-html'], '/y/': ['only'] },
      files: ['/api/a.json', '/api/b.json'],
    });
  });
});
