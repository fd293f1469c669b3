// Search cases taken from the content, so that rewording a page or an entry never breaks them: a
// reader who types the name of a KPI must find the KPI catalogue in the top 3, and a recruiter who
// types a job title a role is known by must find that role's playbook in the top 3. (Each page's own
// heading is the other kind of case; search-quality.test.ts reads those from the built pages.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readRoles } from '../../src/site/site-config.ts';
import { rolePath } from '../../src/site/paths.ts';

export interface SearchCase {
  /** Where the query comes from, e.g. "content/metrics/channel-shift-rate.yaml: name". */
  source: string;
  query: string;
  expect: string;
}

export function kpiNameCases(root = process.cwd()): SearchCase[] {
  const dir = join(root, 'content/metrics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const { name } = (yaml.load(readFileSync(join(dir, f), 'utf8')) ?? {}) as { name?: unknown };
      if (typeof name !== 'string') throw new Error(`content/metrics/${f}: name is not a string (run npm run check:content)`);
      return { source: `content/metrics/${f}: name`, query: name, expect: '/metrics/' };
    });
}

/** Every market title of every role (content/roles/<id>.yaml `titles`) → that role's pages (its playbook or its hiring kit). */
export function roleTitleCases(): SearchCase[] {
  return readRoles().flatMap((r) =>
    (r.titles ?? []).map((title) => ({ source: `content/roles/${r.id}.yaml: titles`, query: title, expect: rolePath(r.id) })),
  );
}
