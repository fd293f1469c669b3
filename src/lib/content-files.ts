/**
 * Reads the content/ tree into a ContentSnapshot for the integrity guard (Node only): every data
 * collection of the registry, the docs pages' frontmatter and the site file. A file that is not
 * valid YAML is kept with its syntax error, so the guard reports it instead of crashing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CONTENT_DIR, DATA_COLLECTIONS, DOCS_DIR, SITE_FILE, type CollectionName } from '../site/collections.ts';

/** A content file as read from disk: its path relative to the project root and its parsed data. */
export interface ContentFile {
  file: string;
  /** File name without extension (the entry id for YAML collections; the route slug for pages). */
  stem: string;
  data: unknown;
  /** Set when the file is not valid YAML; `data` is then empty. */
  syntaxError?: string;
  /** For docs pages: the Markdown body after the frontmatter. */
  body?: string;
}

export type ContentSnapshot = Record<CollectionName, ContentFile[]> & {
  /** Docs pages with their frontmatter; `stem` is the route slug, e.g. "roles/search-discovery". */
  pages: ContentFile[];
  /** content/site.yaml. */
  site: SiteFile;
};

/** content/site.yaml, and whether the logo it names is there (the guard's rules read no files themselves). */
type SiteFile = ContentFile & { logoFound: boolean };

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!;

function readYaml(root: string, path: string): ContentFile {
  const file = relative(root, path).split(sep).join('/');
  const stem = basename(path, extname(path));
  if (!existsSync(path)) return { file, stem, data: {}, syntaxError: 'the file is missing' };
  try {
    return { file, stem, data: parseYaml(readFileSync(path, 'utf8')) ?? {} };
  } catch (error) {
    return { file, stem, data: {}, syntaxError: firstLine(error) };
  }
}

function readPage(root: string, docsRoot: string, path: string): ContentFile {
  const file = relative(root, path).split(sep).join('/');
  const stem = relative(docsRoot, path)
    .split(sep)
    .join('/')
    .slice(0, -extname(path).length)
    .replace(/(^|\/)index$/, '');
  try {
    const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
    return { file, stem, data: frontmatter, body: content };
  } catch (error) {
    return { file, stem, data: {}, syntaxError: firstLine(error) };
  }
}

export function readContent(root: string): ContentSnapshot {
  const collections = Object.fromEntries(
    Object.entries(DATA_COLLECTIONS).map(([name, { folder }]) => [
      name,
      walk(join(root, CONTENT_DIR, folder))
        .filter((p) => p.endsWith('.yaml'))
        .sort()
        .map((p) => readYaml(root, p)),
    ]),
  ) as Record<CollectionName, ContentFile[]>;
  const docsRoot = join(root, DOCS_DIR);
  const pages = walk(docsRoot)
    .filter((p) => ['.md', '.mdx'].includes(extname(p)))
    .sort()
    .map((p) => readPage(root, docsRoot, p));
  const site = readYaml(root, join(root, SITE_FILE));
  const logo = (site.data as { logo?: unknown }).logo;
  const logoFound = typeof logo === 'string' && existsSync(join(root, CONTENT_DIR, logo));
  return { ...collections, pages, site: { ...site, logoFound } };
}
