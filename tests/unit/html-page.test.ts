import { describe, expect, it } from 'vitest';
import { metaContent, pagePath, parsePage, parseSitemap } from '../../src/lib/html-page.ts';

const page = (body: string, head = '<meta charset="utf-8"><title>T</title>') =>
  parsePage('/p/', `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('the page model', () => {
  it('tells the page’s own links from the navigation every page carries', () => {
    const p = parsePage('/', '<body><nav><a href="/a/">A</a></nav><main><p><a href="/b/">B</a></p></main><a href="/c/">C</a></body>');
    expect(p.navLinks).toEqual(['/a/']);
    expect(p.mainLinks).toEqual(['/b/']);
    expect(p.links).toEqual(['/a/', '/b/', '/c/']);
  });

  it('lists the element names, classes and inline styles of the body: what styles it', () => {
    const p = page(
      `<main class="a  b"><starlight-aside class="starlight-aside--tip"><p class=a style="color: red">x</p></starlight-aside></main>`,
      '<title class="head-only">T</title>',
    );
    expect([...p.styleHooks].sort()).toEqual(['.a', '.b', '.starlight-aside--tip', '[style="color: red"]', 'main', 'p', 'starlight-aside']);
  });

  it('reads ids and links from double-quoted, single-quoted and unquoted attributes', () => {
    const p = page(
      `<h2 id="a">A</h2><p id='b'>B</p><div id=c></div><a href='/x/'>x</a><a href=/y/#c>y</a><a href="#a">a</a><a>no href</a>`,
    );
    expect([...p.ids]).toEqual(['a', 'b', 'c']);
    expect(p.links).toEqual(['/x/', '/y/#c', '#a']);
  });

  it('reads an attribute whose value contains ">" whole, and the element after it', () => {
    const p = page(`<a title="a > b" href="/after/">x</a><span data-x="<p id=fake>" id="real"></span>`);
    expect(p.links).toEqual(['/after/']);
    expect([...p.ids]).toEqual(['real']);
  });

  it('decodes entities in attribute values as a browser does', () => {
    const p = page(`<a href="/q/?a=1&amp;b=2&#38;c=3">q</a><a href="/r/?x=&quot;y&quot;">r</a><p id="caf&eacute;">c</p>`);
    expect(p.links).toEqual(['/q/?a=1&b=2&c=3', '/r/?x="y"']);
    expect(p.ids).toContain('café');
  });

  it('does not end a JSON block at a "</script>" inside it that the browser does not end it at, and treats it as data', () => {
    // After "<!--<script>" a script is "double escaped": the next "</script>" does not close it (WHATWG
    // tokenizer), so a regular expression that stops at the first "</script>" reads the wrong text.
    const json = '{"note":"<!--<script>","html":"</script>","n":1}';
    const p = page(`<script type="application/json" data-x>${json}</script><script>run()</script>`);
    expect(p.scripts.map((s) => [s.kind, s.text])).toEqual([
      ['data', json],
      ['classic', 'run()'],
    ]);
    expect(JSON.parse(p.scripts[0]!.text)).toEqual({ note: '<!--<script>', html: '</script>', n: 1 });
    expect(p.inlineScripts).toEqual(['run()']);
  });

  it('ends a script at the first real end tag, in any case and with spaces, as a browser does', () => {
    const p = page(`<script>const s = "</SCRIPT ><p id=after>"</p>`);
    expect(p.scripts.map((s) => s.text)).toEqual(['const s = "']);
    expect(p.ids).toContain('after');
  });

  it('keeps only executable inline scripts: not src=, not data blocks, not empty', () => {
    const p = page(
      [
        '<script>classic()</script>',
        '<script type="module">mod()</script>',
        '<script type="text/javascript">typed()</script>',
        '<script type="importmap">{"imports":{}}</script>',
        '<script type="application/ld+json">{"@context":"x"}</script>',
        '<script type="text/plain">not code</script>',
        '<script src="/a.js"></script>',
        '<script type="module" src="/b.js"></script>',
        '<script></script>',
      ].join(''),
    );
    expect(p.inlineScripts).toEqual(['classic()', 'mod()', 'typed()', '{"imports":{}}']);
    expect(p.assets.scripts).toEqual(['/a.js', '/b.js']);
  });

  it('gives a script the text a browser hashes: raw, with CRLF line endings normalised to LF', () => {
    const p = parsePage('/p/', '<head><meta charset="utf-8"><script>a &amp; b\r\nc</script></head>');
    expect(p.inlineScripts).toEqual(['a &amp; b\nc']);
  });

  it('lists the assets a page loads', () => {
    const p = page(
      '<p style="color:red">x</p>',
      [
        '<meta charset="utf-8">',
        '<link rel="stylesheet" href="/s.css">',
        '<link rel="alternate stylesheet" href="/alt.css">',
        '<link rel="Preload Stylesheet" href="/both.css">',
        '<link rel="modulepreload" href="/m.js">',
        '<link rel="icon" href="/favicon.svg">',
        '<style>p{margin:0}</style>',
        '<script type="module" src="/a.js"></script>',
      ].join(''),
    );
    expect(p.assets).toEqual({
      stylesheets: ['/s.css', '/both.css'],
      scripts: ['/a.js'],
      modulePreloads: ['/m.js'],
      inlineStyles: ['p{margin:0}'],
      inlineScripts: [],
    });
  });

  it('reads the body text without scripts, styles or templates, and the text of main and of the content area', () => {
    const p = page(
      `<header>Site <script>x()</script><style>p{}</style></header><template><p>hidden</p></template>` +
        `<main><h1>Title</h1><div class="sl-markdown-content"><p>Body &amp; more</p>\n<p>text</p></div><footer>Next</footer></main>`,
    );
    expect(p.title).toBe('T');
    expect(p.text).toBe('Site Title Body & more text Next');
    expect(p.mainText).toBe('Title Body & more text Next');
    expect(p.contentText).toBe('Body & more text');
  });

  it('reads meta tags and the canonical link', () => {
    const p = page(
      '',
      '<meta charset="utf-8"><meta name="description" content="About &quot;it&quot;"><meta property="og:image" content="/og.png"><link rel="canonical" href="https://x.test/p/">',
    );
    expect(metaContent(p, 'name', 'description')).toBe('About "it"');
    expect(metaContent(p, 'property', 'og:image')).toBe('/og.png');
    expect(metaContent(p, 'name', 'missing')).toBeUndefined();
    expect(p.canonical).toBe('https://x.test/p/');
  });

  describe('explicit-anchor candidates', () => {
    const content = parsePage(
      '/p/',
      `<body><h2 id="before">outside</h2><div class="main sl-markdown-content">` +
        `<div class="sl-heading-wrapper level-h2"><h2 id="markdown">From Markdown</h2></div>` +
        `<div class="not-sl-heading-wrapper"><h3 id="lookalike">Class that only contains the name</h3></div>` +
        `<section><h2 id="component">From a component</h2><dl><dt id="term">term</dt></dl></section>` +
        `<div class="sl-heading-wrapper"><p id="para">not a heading</p></div>` +
        `</div><footer id="after">after</footer></body>`,
    );

    it('are the ids inside the content area, and only those', () =>
      expect(content.anchorCandidates.map((c) => c.id)).toEqual(['markdown', 'lookalike', 'component', 'term', 'para']));

    it('mark a heading as Markdown only when its parent carries the class sl-heading-wrapper', () =>
      expect(content.anchorCandidates.filter((c) => c.markdownHeading).map((c) => c.id)).toEqual(['markdown']));
  });

  describe('where the CSP <meta> goes', () => {
    it('right after <meta charset>, in any spelling', () => {
      for (const charset of ['<meta charset="utf-8">', "<meta charset='utf-8' />", '<META CHARSET=utf-8>']) {
        const html = `<!doctype html><html><head>${charset}<title>x</title></head><body></body></html>`;
        const offset = parsePage('/', html).cspMetaOffset!;
        expect(html.slice(0, offset).endsWith(charset)).toBe(true);
      }
    });

    it('right after <head> when there is no charset declaration', () => {
      const html = '<html><head class="x"><title>x</title></head></html>';
      expect(html.slice(0, parsePage('/', html).cspMetaOffset)).toBe('<html><head class="x">');
    });

    it('before the first element of a head the parser implies', () => {
      const html = '<title>x</title><p>y</p>';
      expect(parsePage('/', html).cspMetaOffset).toBe(0);
    });

    it('nowhere when the page has no head content at all', () =>
      expect(parsePage('/', '<p>only a body</p>').cspMetaOffset).toBeUndefined());
  });

  it('maps built files to page paths', () => {
    expect(pagePath('/roles/index.html')).toBe('/roles/');
    expect(pagePath('/404.html')).toBe('/404.html');
  });
});

describe('the sitemap reader', () => {
  it('reads the page URLs of a urlset, decoding entities', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">' +
      '<url><loc>https://x.test/</loc><image:image><image:loc>https://x.test/i.png</image:loc></image:image></url>' +
      '<url>\n  <loc>\n    https://x.test/a/?q=1&amp;r=2\n  </loc>\n  <lastmod>2026-01-01</lastmod>\n</url></urlset>';
    expect(parseSitemap(xml)).toEqual({ kind: 'urlset', locations: ['https://x.test/', 'https://x.test/a/?q=1&r=2'] });
  });

  it('reads the sitemaps a sitemap index lists', () => {
    const xml =
      '<sitemapindex><sitemap><loc>https://x.test/sitemap-0.xml</loc></sitemap><sitemap><loc>https://x.test/sitemap-1.xml</loc></sitemap></sitemapindex>';
    expect(parseSitemap(xml)).toEqual({
      kind: 'sitemapindex',
      locations: ['https://x.test/sitemap-0.xml', 'https://x.test/sitemap-1.xml'],
    });
  });

  it('refuses what it cannot read, naming the file', () => {
    expect(() => parseSitemap('<feed></feed>', 'dist/x.xml')).toThrow('dist/x.xml: not a sitemap (no <urlset> or <sitemapindex> element)');
    expect(() => parseSitemap('<urlset><url><loc><![CDATA[https://x.test/]]></loc></url></urlset>', 'dist/s.xml')).toThrow(
      'dist/s.xml: <url> number 1 has no <loc> text',
    );
  });
});
