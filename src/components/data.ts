// Typed access to the content collections for components. Cross-references were already
// resolved by the content guard at build start, so a missing entry here is a bug, not bad content.
import { getCollection, getEntry } from 'astro:content';
import type { Role } from '../schemas/role.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Decision } from '../schemas/decision.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';
import { newestFirst } from '../lib/changelog.ts';
import type { VendorCategory } from '../schemas/vendor-criteria.ts';

/**
 * In a production build the content cannot change, so lookups that every page repeats (the role
 * list, a role by id, the metrics) are computed once. Without this the build did a sort of all
 * roles for every role link on every page, and its cost per page grew with the number of roles.
 * In `astro dev` nothing is cached, so edits show up at once.
 */
const cache = new Map<string, Promise<unknown>>();
export function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (!import.meta.env.PROD) return compute();
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as Promise<T>;
}

export function allRoles(): Promise<Role[]> {
  return once('roles', async () => (await getCollection('roles')).map((e) => e.data).sort((a, b) => a.order - b.order));
}

/** Roles by id, for the many places that turn an id into a name or link. */
export function rolesById(): Promise<Map<string, Role>> {
  return once('roles-by-id', async () => new Map((await allRoles()).map((r) => [r.id, r])));
}

export async function roleById(id: string): Promise<Role> {
  const role = (await rolesById()).get(id) ?? (await getEntry('roles', id))?.data;
  if (!role) throw new Error(`No role "${id}" in content/roles/`);
  return role;
}

export function metricsById(): Promise<Map<string, Metric>> {
  return once('metrics', async () => new Map((await getCollection('metrics')).map((e) => [e.id, e.data])));
}

/** The metrics a role owns, by name: its KPI page, its catalogue section and its "also measured" list. */
export async function metricsOwnedBy(roleId: string): Promise<Metric[]> {
  return [...(await metricsById()).values()].filter((m) => m.owner === roleId).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every decision of the register, in the order of its id. */
export type ResolvedDecision = Omit<Decision, 'escalation'> & { escalation: string };

/** Every decision of the register, in the order of its id, with its escalation route written out. */
export function allDecisions(): Promise<ResolvedDecision[]> {
  return once('decisions', async () => {
    const routes = new Map((await getCollection('escalationRoutes')).map((e) => [e.id, e.data.route]));
    return (await getCollection('decisions'))
      .map(({ data }) => ({
        ...data,
        escalation: typeof data.escalation === 'string' ? data.escalation : routes.get(data.escalation.route)!,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

/** The vendor categories of the selection guide, in their order. */
export function allVendorCategories(): Promise<VendorCategory[]> {
  return once('vendor-criteria', async () => (await getCollection('vendorCriteria')).map((e) => e.data).sort((a, b) => a.order - b.order));
}

/** The role a docs page belongs to, from its `role` frontmatter field. */
export async function pageRole(locals: App.Locals): Promise<Role> {
  const { entry } = locals.starlightRoute;
  const id = entry.data.role;
  if (!id) throw new Error(`${entry.filePath ?? entry.id}: role components need a \`role\` field in the frontmatter`);
  return roleById(id);
}

export { rolePath as roleUrl } from '../site/paths.ts';

/** The changelog (content/changelog/), newest first. */
export function changelogNewestFirst(): Promise<ChangelogEntry[]> {
  return once('changelog', async () => newestFirst((await getCollection('changelog')).map((e) => e.data)));
}
