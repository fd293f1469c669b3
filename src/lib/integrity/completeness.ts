/**
 * Rule "completeness": what every role must have and what every role must name about every other
 * role. Adding a role is a content-only change, and this rule lists each file that still lacks it.
 */
import { CONTENT_DIR, DATA_COLLECTIONS, DOCS_DIR } from '../../site/collections.ts';
import { OWNER_IDS, OWNER_KINDS } from '../../site/vocabulary.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

/** The docs page of a role's playbook. */
const playbookSlug = (roleId: string) => `roles/${roleId}`;

export function everyRoleIsComplete(content: ParsedContent, problems: Problems): void {
  const roleIds = [...content.ids.roles].sort();

  // Each role has its playbook page and its three sub-page files.
  for (const { file, data: role } of content.roles)
    if (!content.pageSlugs.has(playbookSlug(role.id)))
      problems.add(file, 'id', `role "${role.id}" has no playbook page (expected ${DOCS_DIR}/${playbookSlug(role.id)}/index.mdx)`);
  for (const name of ['assessments', 'hiring', 'onboarding'] as const) {
    const { folder, noun } = DATA_COLLECTIONS[name];
    for (const id of roleIds)
      if (!content.ids[name].has(id)) problems.add(`${CONTENT_DIR}/${folder}/${id}.yaml`, '(file)', `role "${id}" has no ${noun}`);
  }

  // Each role names every other role: how they collaborate, a meeting in onboarding, a RACI letter, a hat.
  for (const { file, data: role } of content.roles) {
    const named = new Set(role.collaboration.map((c) => c.role));
    for (const other of roleIds)
      if (other !== role.id && !named.has(other)) problems.add(file, 'collaboration', `must name every other role; "${other}" is missing`);
  }
  for (const { file, data: plan } of content.onboarding)
    for (const other of roleIds)
      if (other !== plan.role && !plan.tasks.some((t) => t.kind === 'meet' && t.with === other))
        problems.add(file, 'tasks', `no task meets the "${other}" role (add a task with kind: meet and with: ${other})`);
  for (const { file, data } of content.activities)
    for (const r of roleIds) if (!(r in data.raci)) problems.add(file, 'raci', `gives no letter to role "${r}"`);
  for (const { file, data } of content.teamShapes) {
    const covered = new Set(data.people.flatMap((p) => p.roles));
    for (const r of roleIds) if (!covered.has(r)) problems.add(file, 'people', `no one wears the "${r}" hat: every shape covers all roles`);
  }

  // The scorecard offers every owner kind.
  const { folder } = DATA_COLLECTIONS.ownerKinds;
  for (const id of OWNER_IDS)
    if (!content.ids.ownerKinds.has(id))
      problems.add(`${CONTENT_DIR}/${folder}/${id}.yaml`, '(file)', `the scorecard needs the owner kind "${id}"`);
  // The action plan lists the move of every kind that leaves a gap, with its decision's deciding role.
  for (const { file, data } of content.ownerKinds)
    if (!data.decision && OWNER_KINDS.find((k) => k.id === data.id)!.gap > 0)
      problems.add(
        file,
        'decision',
        'an owner kind that leaves a gap needs the decision its move concerns (the action plan names its deciding role)',
      );
}

/**
 * Team shapes run from one person up to the full team without a gap; every shape but the largest
 * names whom to hire next, and the largest names nobody. The largest size is read from content.
 */
export function teamShapesFormALadder(content: ParsedContent, problems: Problems): void {
  const sizes = content.teamShapes.map((t) => t.data.size).sort((a, b) => a - b);
  const largest = sizes.at(-1) ?? 0;
  const { folder } = DATA_COLLECTIONS.teamShapes;
  for (let size = 1; size <= largest; size++)
    if (!sizes.includes(size))
      problems.add(`${CONTENT_DIR}/${folder}/${size}.yaml`, '(file)', `team shapes must run from 1 to ${largest} without a gap`);
  for (const { file, data } of content.teamShapes) {
    if (data.size < largest && !data.hireNext) problems.add(file, 'hireNext', `is required below the full team of ${largest}`);
    if (data.size === largest && data.hireNext)
      problems.add(file, 'hireNext', `must be absent in the largest team shape (${largest} people)`);
    if (data.size < largest && !data.hireNextWhy) problems.add(file, 'hireNextWhy', 'says why that role comes next');
  }
}
