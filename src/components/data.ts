// Typed access to the content collections for components. Cross-references were already
// resolved by the content guard at build start, so a missing entry here is a bug, not bad content.
import { getCollection, getEntry } from 'astro:content';
import type { Role } from '../schemas/role.ts';
import type { Metric } from '../schemas/metric.ts';

export async function allRoles(): Promise<Role[]> {
  return (await getCollection('roles')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

export async function roleById(id: string): Promise<Role> {
  const entry = await getEntry('roles', id);
  if (!entry) throw new Error(`No role "${id}" in content/roles/`);
  return entry.data;
}

export async function metricsById(): Promise<Map<string, Metric>> {
  return new Map((await getCollection('metrics')).map((e) => [e.id, e.data]));
}

/** The role a docs page belongs to, from its `role` frontmatter field. */
export async function pageRole(locals: App.Locals): Promise<Role> {
  const { entry } = locals.starlightRoute;
  const id = entry.data.role;
  if (!id) throw new Error(`${entry.filePath ?? entry.id}: role components need a \`role\` field in the frontmatter`);
  return roleById(id);
}

export const roleUrl = (id: string) => `/roles/${id}/`;
