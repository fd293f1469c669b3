// Reads the site's identity and its role list from content/ at config time (Node only), for the
// Starlight config and the sidebar. The content guard reports invalid files; here they are skipped.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { roleSchema, type Role } from '../schemas/role.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, SITE_FILE } from './collections.ts';

const readYaml = (path: string): unknown => {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

/** content/site.yaml; throws naming the file and field when it is invalid, since nothing can build without it. */
export function readSiteConfig(root = process.cwd()): SiteConfig {
  const result = siteSchema.safeParse(readYaml(join(root, SITE_FILE)));
  if (!result.success)
    throw new Error(`${SITE_FILE}: ${result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`);
  return result.data;
}

/**
 * The address the site is built for: content/site.yaml's `url`, or, for a copy that has no public
 * address yet (this public repository has none), a host under example.com, which RFC 2606 reserves
 * for documentation. SITE_URL overrides both for one build (astro.config.mjs).
 */
export const siteUrl = (site: Pick<SiteConfig, 'url'>): string => site.url ?? 'https://playbook.example.com';

/**
 * The base of "Edit page" links (Starlight's editLink.baseUrl, which appends the page's file path
 * from the project root, e.g. content/docs/roles/search-discovery/index.mdx); undefined without a
 * repository. GitHub and GitLab are the hosts the schema accepts.
 */
export function editBaseUrl(site: Pick<SiteConfig, 'repository' | 'branch'>): string | undefined {
  if (!site.repository) return undefined;
  const repo = site.repository.replace(/\/+$/, '');
  return new URL(repo).hostname === 'github.com' ? `${repo}/edit/${site.branch}/` : `${repo}/-/edit/${site.branch}/`;
}

/** The "Edit page" address of a content file (a path from the project root), or false without a repository. */
export function editUrlOf(site: Pick<SiteConfig, 'repository' | 'branch'>, file: string): string | false {
  const base = editBaseUrl(site);
  return base ? base + file : false;
}

/** The valid roles of content/roles/, in display order. */
export function readRoles(root = process.cwd()): Role[] {
  const dir = join(root, CONTENT_DIR, DATA_COLLECTIONS.roles.folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      const result = roleSchema.safeParse(readYaml(join(dir, f)));
      return result.success ? [result.data] : [];
    })
    .sort((a, b) => a.order - b.order);
}
