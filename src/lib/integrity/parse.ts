/**
 * Rule "schemas": every file of every registered collection, every docs page's frontmatter and the
 * site file are parsed with their zod schema. What parses is handed to the other rules.
 */
import type { z } from 'astro/zod';
import { DATA_COLLECTIONS, type CollectionName, type EntryOf } from '../../site/collections.ts';
import { pageExtensionSchema } from '../../schemas/page.ts';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import type { ContentFile, ContentSnapshot } from '../content-files.ts';
import { Problems } from './problems.ts';

interface Parsed<T> {
  file: string;
  stem: string;
  data: T;
}

export type ParsedContent = { [C in CollectionName]: Parsed<EntryOf<C>>[] } & {
  pages: Parsed<z.output<typeof pageExtensionSchema>>[];
  /** Ids (file stems) of every file of a collection, parsed or not: references resolve against these. */
  ids: Record<CollectionName, Set<string>>;
  /** Slugs of every docs page, e.g. "roles/search-discovery". */
  pageSlugs: Set<string>;
  /** content/site.yaml, when it parses, and whether the logo it names exists. */
  site?: Parsed<SiteConfig> & { logoFound: boolean };
};

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function parseFiles<S extends z.ZodType>(files: ContentFile[], schema: S, problems: Problems): Parsed<z.output<S>>[] {
  const parsed: Parsed<z.output<S>>[] = [];
  for (const f of files) {
    if (f.syntaxError) {
      problems.add(f.file, '(file)', `is not valid YAML: ${f.syntaxError}`);
      continue;
    }
    const result = schema.safeParse(f.data);
    if (result.success) parsed.push({ file: f.file, stem: f.stem, data: result.data });
    else for (const issue of result.error.issues) problems.add(f.file, issuePath(issue.path), issue.message);
  }
  return parsed;
}

export function parseContent(snapshot: ContentSnapshot, problems: Problems): ParsedContent {
  const names = Object.keys(DATA_COLLECTIONS) as CollectionName[];
  const collections = Object.fromEntries(names.map((name) => [name, parseFiles(snapshot[name], DATA_COLLECTIONS[name].schema, problems)]));
  const [site] = parseFiles([snapshot.site], siteSchema, problems);
  return {
    site: site && { ...site, logoFound: snapshot.site.logoFound },
    ...(collections as { [C in CollectionName]: Parsed<EntryOf<C>>[] }),
    pages: parseFiles(snapshot.pages, pageExtensionSchema, problems),
    ids: Object.fromEntries(names.map((name) => [name, new Set(snapshot[name].map((f) => f.stem))])) as Record<CollectionName, Set<string>>,
    pageSlugs: new Set(snapshot.pages.map((p) => p.stem)),
  };
}
