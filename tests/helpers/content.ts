// Facts the tests read from content/, as the site does, so that no test needs a list of role ids
// written in code. Node only.
import { readContent } from '../../src/lib/content-files.ts';
import { readRoles } from '../../src/site/site-config.ts';

/** Role ids in display order (the `order` field of content/roles/*.yaml). */
export const roleIdsInOrder = (): string[] => readRoles().map((r) => r.id);

/** The largest team in content/team-shapes: the full team the scorecard and the hiring plan go up to. */
export function largestTeamSize(): number {
  return Math.max(...readContent(process.cwd()).teamShapes.map((s) => Number(s.stem)));
}
