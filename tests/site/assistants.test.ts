// Readable by assistants and what changed, on the built dist/: /llms.txt and a Markdown twin of every
// page, the changelog page and its RSS feed, and the last-changed date on each page.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { newestFirst } from '../../src/lib/changelog.ts';
import { readGitDates } from '../../src/lib/git-history.ts';
import type { HtmlPage } from '../../src/lib/html-page.ts';
import { changelogEntrySchema } from '../../src/schemas/changelog.ts';
import { CHANGELOG_PATH, FEED_PATH, rolePath, twinPath } from '../../src/site/paths.ts';
import { readSiteConfig } from '../../src/site/site-config.ts';
import { roleIdsInOrder } from '../helpers/content.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const DIST = join(process.cwd(), 'dist');
const read = (urlPath: string) => readFileSync(join(DIST, urlPath), 'utf8');
const built = readBuiltSite(DIST);
const pages = new Map(built.pages.map((p) => [p.path, p]));
const page = (path: string): HtmlPage => pages.get(path) ?? expect.unreachable(`dist has no page ${path}`);
const sitemap = sitemapPaths();
const site = readSiteConfig();
const origin = new URL(page('/').canonical!).origin;
const ROLE_IDS = roleIdsInOrder();
/** Markdown's backslash escapes undone, to compare a twin's text with the content it says. */
const unescaped = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The date in the `<time datetime>` of a page's footer, where Starlight shows when the page last changed. */
function lastChangedShown(path: string): Date | undefined {
  type Node = DefaultTreeAdapterTypes.Node;
  const find = (node: Node, inFooter: boolean): string | undefined => {
    const tag = 'tagName' in node ? node.tagName : '';
    const datetime = 'attrs' in node ? node.attrs.find((a) => a.name === 'datetime')?.value : undefined;
    if (inFooter && tag === 'time' && datetime) return datetime;
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      const found = find(child, inFooter || tag === 'footer');
      if (found) return found;
    }
    return undefined;
  };
  const datetime = find(parse(page(path).html), false);
  return datetime === undefined ? undefined : new Date(datetime);
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * An XML document as a tree, read by sax in strict mode: a real XML parser that stops at the first
 * well-formedness error (an HTML parser would repair it silently).
 */
function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true);
  const document: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open = [document];
  parser.onopentag = (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    open.at(-1)!.children.push(element);
    open.push(element);
  };
  parser.onclosetag = () => void open.pop();
  parser.ontext = parser.oncdata = (text) => void (open.at(-1)!.text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return document.children[0]!;
}
const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);
const childText = (element: XmlElement, name: string) => child(element, name)?.text ?? '';

const changelog = newestFirst(readContent(process.cwd()).changelog.map((f) => changelogEntrySchema.parse(f.data)));

describe('llms.txt', () => {
  const text = read('/llms.txt');
  const links = [...text.matchAll(/^- \[(?:[^\]\\]|\\.)+\]\(([^)\s]+)\)/gm)].map((m) => m[1]!);

  it('follows the llmstxt.org shape: the site’s name, its summary, then sections of links', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${site.name}`);
    expect(lines[2]).toBe(`> ${site.description.replace(/\s+/g, ' ')}`);
    expect(text).toMatch(/^## Start here$/m);
    for (const line of lines.filter((l) => l.startsWith('- '))) expect(line).toMatch(/^- \[.+\]\(https?:\/\/[^)\s]+\)(: .+)?$/);
  });

  it('links only to files that exist in dist, on the site’s own address', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const url = new URL(link);
      expect(url.origin, link).toBe(origin);
      expect(existsSync(join(DIST, decodeURIComponent(url.pathname))), link).toBe(true);
    }
  });

  it('links the Markdown twin of every page in the sitemap, each once', () => {
    const linked = links.map((l) => new URL(l).pathname);
    expect(new Set(linked).size).toBe(linked.length);
    expect([...linked].sort()).toEqual(sitemap.map(twinPath).sort());
  });
});

describe('Markdown twins', () => {
  it.each(sitemap)('%s has a twin, linked from its head, that starts with the page’s title', (path) => {
    const twin = read(twinPath(path));
    const heading = unescaped(twin.split('\n')[0]!);
    expect(heading).toMatch(/^# \S/);
    // Starlight's <title> is the page's own title, then the site's name.
    expect(page(path).title.startsWith(heading.slice(2))).toBe(true);
    expect(twin).toContain(`Web page: <${origin}${path}>`);
    expect(page(path).html).toContain(`<link rel="alternate" type="text/markdown" href="${twinPath(path)}">`);
    // No page chrome or markup left over.
    expect(twin).not.toMatch(/Section titled|<svg|<script|<button|\\\[ \]/);
  });

  it('says the RACI matrix of /working-together/ as a Markdown table, one row per activity', () => {
    const twin = read(twinPath('/working-together/'));
    const activities = readContent(process.cwd()).activities.map((a) => a.data as { name: string });
    const header = twin.split('\n').find((l) => l.startsWith('| Activity |'));
    expect(header, 'the matrix header row').toBeDefined();
    expect(header!.split(' | ')).toHaveLength(ROLE_IDS.length + 1);
    for (const { name } of activities) expect(twin).toMatch(new RegExp(`^\\| ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `, 'm'));
    expect(twin).toMatch(/\| Accountable( and responsible)? \|/);
  });

  it('says the KPI catalogue and the glossary in full: a heading per metric, every term', () => {
    const content = readContent(process.cwd());
    const metrics = unescaped(read(twinPath('/metrics/')));
    for (const m of content.metrics) expect(metrics).toContain(`\n### ${(m.data as { name: string }).name}\n`);
    const glossary = unescaped(read(twinPath('/glossary/')));
    for (const t of content.glossary) expect(glossary).toContain((t.data as { term: string }).term);
  });

  it.each(ROLE_IDS)('gives the generated pages of %s twins with their questions and tasks', (id) => {
    const assessment = read(twinPath(rolePath(id, 'assessment')));
    expect(assessment).toMatch(/^\*\*1\. .+\*\*\n\n- .+/m);
    const onboarding = read(twinPath(rolePath(id, 'onboarding')));
    expect(onboarding).toMatch(/^## .+\n\n- /m);
    expect(read(twinPath(rolePath(id, 'hiring')))).toMatch(/^## Interview kit$/m);
  });
});

describe('what changed', () => {
  const feedXml = read(FEED_PATH);

  it('publishes a well-formed RSS 2.0 feed with one item per changelog entry, newest first', () => {
    const rss = parseXml(feedXml);
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const channel = child(rss, 'channel')!;
    expect(childText(channel, 'title')).toContain(site.name);
    const items = channel.children.filter((c) => c.name === 'item');
    expect(items.map((i) => childText(i, 'title'))).toEqual(changelog.map((e) => e.title));
    expect(items.map((i) => new Date(childText(i, 'pubDate')).getTime())).toEqual(changelog.map((e) => e.date.getTime()));
    for (const [i, item] of items.entries()) {
      expect(childText(item, 'link')).toBe(`${origin}${CHANGELOG_PATH}#${changelog[i]!.id}`);
      expect(childText(item, 'description')).toBe(changelog[i]!.summary.replace(/\s+/g, ' '));
      expect(item.children.filter((c) => c.name === 'category')).toHaveLength(changelog[i]!.pages.length);
    }
  });

  it('has an XML parser here that rejects a malformed feed', () => {
    expect(() => parseXml('<rss><channel><item></channel></rss>')).toThrow();
  });

  it('links the feed from the head of every page', () => {
    for (const path of sitemap)
      expect(page(path).html, path).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/changelog.xml"\/?>/);
  });

  it('lists every change on /changelog/ newest first, each with an anchor and links to the pages it touched', () => {
    const changes = page(CHANGELOG_PATH);
    const order = changelog.map((e) => changes.html.indexOf(`id="${e.id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const entry of changelog) for (const path of entry.pages) expect(changes.mainLinks).toContain(path);
  });

  it('shows on each page named in the changelog a last-changed date no older than its newest entry', () => {
    for (const path of new Set(changelog.flatMap((e) => e.pages))) {
      const shown = lastChangedShown(path);
      expect(shown, path).toBeDefined();
      const newest = changelog.find((e) => e.pages.includes(path))!.date;
      expect(shown!.getTime(), path).toBeGreaterThanOrEqual(newest.getTime());
    }
  });

  it('dates a role’s hiring page by its hiring kit’s last commit when the git history is there', () => {
    const git = readGitDates(process.cwd(), ['content']);
    if (!git) return; // a shallow clone: the changelog test above is the whole promise there
    for (const id of ROLE_IDS) {
      const committed = git.get(`content/hiring/${id}.yaml`);
      if (committed) expect(lastChangedShown(rolePath(id, 'hiring'))!.getTime()).toBeGreaterThanOrEqual(committed.getTime());
    }
  });
});
