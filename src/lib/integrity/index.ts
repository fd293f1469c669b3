/**
 * Content integrity: the guard that makes `npm run build` fail on invalid content, naming file,
 * field and value (Astro only logs a broken `reference()`). Each rule is a named function with its
 * own tests; checkContent runs them in order. Pure: it takes the files already read
 * (src/lib/content-files.ts), so tests can feed it fixtures.
 */
import type { ContentSnapshot } from '../content-files.ts';
import { parseContent, type ParsedContent } from './parse.ts';
import { idsMatchFileNames } from './naming.ts';
import { referencesResolve } from './references.ts';
import { everyRoleIsComplete, teamShapesFormALadder } from './completeness.ts';
import { assessmentsAreConsistent, hiringKitsAreConsistent, onboardingPlansAreConsistent, rolesAreConsistent } from './editorial.ts';
import { decisionsAgree } from './decisions.ts';
import { metricsAreSound } from './metrics.ts';
import { rhythmAndTimelineAgree } from './rhythm.ts';
import { changelogNamesPages } from './changelog.ts';
import { Problems, type IntegrityProblem } from './problems.ts';

export { formatProblem, type IntegrityProblem } from './problems.ts';

/** The rules after parsing, by name, in the order they run. */
const RULES: Record<string, (content: ParsedContent, problems: Problems) => void> = {
  idsMatchFileNames,
  referencesResolve,
  everyRoleIsComplete,
  teamShapesFormALadder,
  rolesAreConsistent,
  assessmentsAreConsistent,
  hiringKitsAreConsistent,
  onboardingPlansAreConsistent,
  decisionsAgree,
  metricsAreSound,
  rhythmAndTimelineAgree,
  changelogNamesPages,
};

export function checkContent(snapshot: ContentSnapshot): IntegrityProblem[] {
  const problems = new Problems();
  const content = parseContent(snapshot, problems);
  for (const rule of Object.values(RULES)) rule(content, problems);
  return problems.list;
}
