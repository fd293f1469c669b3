// Builds the role data published at /api/ for HR tools (shape: src/schemas/published-role.ts).
import { getCollection, getEntry } from 'astro:content';
import { allRoles, metricsById, once } from './data.ts';
import { metricPath, rolePath } from '../site/paths.ts';
import type { PublishedRole } from '../schemas/published-role.ts';
import { siteConfig } from './pages.ts';

/** Computed once per build: /api/roles.json and every /api/roles/<id>.json read the same list. */
export const publishedRoles = (site: URL): Promise<PublishedRole[]> =>
  once(`published-roles ${site.href}`, () => buildPublishedRoles(site));

async function buildPublishedRoles(site: URL): Promise<PublishedRole[]> {
  const metrics = await metricsById();
  const abs = (path: string) => new URL(path, site).href;
  const hiring = new Map((await getCollection('hiring')).map((e) => [e.data.role, e.data]));
  const roles = await allRoles();
  return Promise.all(
    roles.map(async (r) => {
      const onboarding = (await getEntry('onboarding', r.id))?.data;
      return {
        id: r.id,
        name: r.name,
        mission: r.mission,
        summary: r.summary,
        url: abs(rolePath(r.id)),
        ...(siteConfig.owners?.[r.id] ? { owner: siteConfig.owners[r.id] } : {}),
        kpis: r.kpis.map((k) => {
          const m = metrics.get(k.metric)!;
          return { id: m.id, name: m.name, definition: m.definition, formula: m.formula, unit: m.unit, url: abs(metricPath(m.id)) };
        }),
        jobDescriptions: (hiring.get(r.id)?.levels ?? []).map((l) => ({
          level: l.level,
          title: l.title,
          url: abs(rolePath(r.id, 'hiring', l.level)),
          purpose: l.purpose,
          responsibilities: l.responsibilities,
          successAt6Months: l.success6Months,
          successAt12Months: l.success12Months,
          requirements: l.requirements,
          notRequired: l.notRequired,
          reportsTo: l.reportsTo,
        })),
        onboarding: {
          url: abs(rolePath(r.id, 'onboarding')),
          tasks: (onboarding?.tasks ?? []).map(({ id, phase, kind, title, detail }) => ({ id, phase, kind, title, detail })),
        },
      };
    }),
  );
}
