// Facts the tests read from content/, as the site does, so that no test needs a list of role ids
// written in code. Node only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const contentDir = join(import.meta.dirname, '..', '..', 'content');

function entries(folder: string): Record<string, unknown>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => load(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
}

/** Role ids in display order (the `order` field of content/roles/*.yaml). */
export function roleIdsInOrder(): string[] {
  return entries('roles')
    .sort((a, b) => Number(a.order) - Number(b.order))
    .map((r) => String(r.id));
}

/** The largest team in content/team-shapes: the full team the scorecard and the hiring plan go up to. */
export function largestTeamSize(): number {
  return Math.max(...entries('team-shapes').map((s) => Number(s.size)));
}
