/**
 * Permalinks: the public URLs and explicit anchors of the built site, and the check that none of
 * them disappears (permalinks.json is the committed promise). Pure; reads nothing itself.
 *
 * Explicit anchors are the ids in a page's content that an editor cannot change by rewording a
 * heading: `## Heading {#id}` in MDX and ids that components derive from data. Ids of Markdown
 * headings without `{#id}`, Starlight's own ids and widget internals (prefixes sa-, sc-, ob-, bc-) are not
 * promised.
 */
import type { AnchorCandidate, HtmlPage } from './html-page.ts';

export interface Manifest {
  version: 1;
  /** Page path → its explicit anchors, sorted. */
  pages: Record<string, string[]>;
  /** Other public files (JSON API). */
  files: string[];
}

const INTERNAL_ID = /^(_top$|starlight__|theme-icons$|sa-|sc-|ob-|bc-)/;

/**
 * The explicit anchors among a page's ids in its Markdown content area. `declared` holds every
 * `{#id}` written in the MDX sources.
 */
export function explicitAnchors(candidates: readonly AnchorCandidate[], declared: ReadonlySet<string>): string[] {
  const ids = candidates
    .filter(({ id }) => !INTERNAL_ID.test(id))
    // A Markdown heading is promised only when its id is written explicitly.
    .filter(({ id, markdownHeading }) => !markdownHeading || declared.has(id))
    .map(({ id }) => id);
  return [...new Set(ids)].sort();
}

/** Every `{#id}` written in MDX sources. */
export function declaredAnchors(sources: string[]): Set<string> {
  return new Set(sources.flatMap((s) => [...s.matchAll(/^#{1,6} .*\{#([a-z0-9-]+)[^}]*\}\s*$/gm)].map((m) => m[1]!)));
}

export function buildManifest(
  pages: readonly Pick<HtmlPage, 'path' | 'anchorCandidates'>[],
  sitemap: readonly string[],
  files: readonly string[],
  declared: ReadonlySet<string>,
): Manifest {
  const byPath = new Map(pages.map((p) => [p.path, p.anchorCandidates]));
  return {
    version: 1,
    pages: Object.fromEntries([...sitemap].sort().map((path) => [path, explicitAnchors(byPath.get(path) ?? [], declared)])),
    files: [...files].sort(),
  };
}

/** Problems with the built site against the committed manifest; empty when every promise holds. */
export function checkManifest(manifest: Manifest, current: Manifest, redirects: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    const target = current.pages[path] ? path : redirects[path];
    if (!target) {
      problems.push(`${path} is gone and no redirect is declared for it in src/redirects.ts`);
      continue;
    }
    const now = current.pages[target];
    if (!now) {
      problems.push(`${path} redirects to ${target}, which does not exist`);
      continue;
    }
    for (const a of anchors)
      if (!now.includes(a))
        problems.push(
          `${path}#${a} is gone${target !== path ? ` (after the redirect to ${target})` : ''}: keep the anchor or move the page with a redirect`,
        );
  }
  for (const f of manifest.files) if (!current.files.includes(f)) problems.push(`${f} is gone`);
  return problems;
}

/** Pages, anchors and files the build has that the manifest does not promise yet. */
export function unlisted(manifest: Manifest, current: Manifest): string[] {
  const out: string[] = [];
  for (const [path, anchors] of Object.entries(current.pages)) {
    if (!manifest.pages[path]) out.push(path);
    else for (const a of anchors) if (!manifest.pages[path].includes(a)) out.push(`${path}#${a}`);
  }
  for (const f of current.files) if (!manifest.files.includes(f)) out.push(f);
  return out;
}
