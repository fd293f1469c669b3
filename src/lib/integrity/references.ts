/** Rule "references": every id that points into another collection names an entry that exists, and so do the site file's role owners and logo. */
import { CONTENT_DIR, DATA_COLLECTIONS, type CollectionName } from '../../site/collections.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

/** Checks one reference; returns whether it resolves. */
export function resolves(
  content: ParsedContent,
  report: (field: string, message: string) => void,
  field: string,
  to: CollectionName,
  id: string,
): boolean {
  if (content.ids[to].has(id)) return true;
  const { noun, folder } = DATA_COLLECTIONS[to];
  report(field, `unknown ${noun} "${id}" (no ${CONTENT_DIR}/${folder}/${id}.yaml)`);
  return false;
}

export function referencesResolve(content: ParsedContent, problems: Problems): void {
  for (const { file, data: role } of content.roles) {
    const at = problems.at(file);
    role.kpis.forEach((k, i) => resolves(content, at, `kpis[${i}].metric`, 'metrics', k.metric));
    role.collaboration.forEach((c, i) => resolves(content, at, `collaboration[${i}].role`, 'roles', c.role));
    role.glossary.forEach((t, i) => resolves(content, at, `glossary[${i}]`, 'glossary', t));
  }
  for (const { file, data } of content.metrics) resolves(content, problems.at(file), 'owner', 'roles', data.owner);
  for (const { file, data } of content.glossary)
    data.related.forEach((t, i) => resolves(content, problems.at(file), `related[${i}]`, 'glossary', t));
  for (const { file, data } of content.teamShapes) {
    const at = problems.at(file);
    data.people.forEach((p, i) => p.roles.forEach((r, j) => resolves(content, at, `people[${i}].roles[${j}]`, 'roles', r)));
    if (data.hireNext) resolves(content, at, 'hireNext', 'roles', data.hireNext);
  }
  for (const { file, data } of content.activities)
    for (const r of Object.keys(data.raci)) resolves(content, problems.at(file), `raci.${r}`, 'roles', r);
  for (const { file, data } of content.meetings) resolves(content, problems.at(file), 'chair', 'roles', data.chair);
  for (const { file, data } of content.pages) if (data.role) resolves(content, problems.at(file), 'role', 'roles', data.role);
  for (const { file, data } of content.pages)
    data.guideFor?.forEach((r, i) => resolves(content, problems.at(file), `guideFor[${i}]`, 'roles', r));
  if (content.site) {
    const { file, data: site } = content.site;
    const at = problems.at(file);
    for (const role of Object.keys(site.owners ?? {})) resolves(content, at, `owners.${role}`, 'roles', role);
    if (site.logo && !content.site.logoFound) at('logo', `no file ${CONTENT_DIR}/${site.logo}`);
  }
  for (const name of ['assessments', 'hiring', 'onboarding'] as const)
    for (const { file, data } of content[name]) resolves(content, problems.at(file), 'role', 'roles', data.role);
  for (const { file, data } of content.assessments)
    data.statements.forEach((st, i) => resolves(content, problems.at(file), `statements[${i}].decision`, 'decisions', st.decision));
  for (const { file, data } of content.ownerKinds)
    if (data.decision) resolves(content, problems.at(file), 'decision', 'decisions', data.decision);
  for (const { file, data } of content.onboarding)
    data.tasks.forEach((t, i) => t.with && resolves(content, problems.at(file), `tasks[${i}].with`, 'roles', t.with));
}
