// Every public page with its title and description: docs pages from the collection and the pages
// generated per role. Used by the Open Graph image endpoint and the generated pages themselves.
import { getCollection } from 'astro:content';
import { allRoles } from './data.ts';
import type { Role } from '../schemas/role.ts';
import { ROLE_PAGES, rolePath, type RolePageId } from '../site/paths.ts';
import { editUrlOf, readSiteConfig } from '../site/site-config.ts';
import { CONTENT_DIR, DATA_COLLECTIONS, type CollectionName } from '../site/collections.ts';

/** The site's identity from content/site.yaml, read once per build. */
export const siteConfig = readSiteConfig();
const sectionOf = (page: RolePageId) => ROLE_PAGES.find((p) => p.id === page)!.label;
/** "Edit page" on a page generated from a YAML file links to that file (false without a repository). */
const editUrlOfEntry = (collection: CollectionName, id: string) =>
  editUrlOf(siteConfig, `${CONTENT_DIR}/${DATA_COLLECTIONS[collection].folder}/${id}.yaml`);

export interface PublicPage {
  path: string;
  title: string;
  description: string;
  /** Shown above the title on the preview image. */
  section: string;
}

/** A page generated from a YAML file, with its "Edit page" address. */
export interface GeneratedPage extends PublicPage {
  editUrl: string | false;
}

/** Titles and descriptions of the pages generated for each role. */
export const rolePages = {
  assessment: (r: Role): GeneratedPage => ({
    path: rolePath(r.id, 'assessment'),
    title: `${r.name}: self-assessment`,
    description: `Score how mature ${r.name.toLowerCase()} is at your company in about ten minutes, with advice for each answer and links into the playbook.`,
    section: sectionOf('assessment'),
    editUrl: editUrlOfEntry('assessments', r.id),
  }),
  hiring: (r: Role): GeneratedPage => ({
    path: rolePath(r.id, 'hiring'),
    title: `${r.name}: job descriptions and interview kit`,
    description: `Job descriptions for ${r.name.toLowerCase()} at specialist, lead and head level, with interview questions, an exercise and a scorecard.`,
    section: sectionOf('hiring'),
    editUrl: editUrlOfEntry('hiring', r.id),
  }),
  metrics: (r: Role): GeneratedPage => ({
    path: rolePath(r.id, 'metrics'),
    title: `${r.name}: KPI definitions`,
    description: `Every KPI ${r.name.toLowerCase()} measures, in full: definition, formula, the data it is computed from, the channels it counts, its target at each maturity level with its source, and how it misleads.`,
    section: sectionOf('metrics'),
    // Made from many metric files, so no single file to edit.
    editUrl: false,
  }),
  onboarding: (r: Role): GeneratedPage => ({
    path: rolePath(r.id, 'onboarding'),
    title: `${r.name}: 30/60/90-day onboarding`,
    description: `A 30/60/90-day plan for a new ${r.name.toLowerCase()} hire: people to meet, systems to open, first deliverables, with a checklist that saves progress.`,
    section: sectionOf('onboarding'),
    editUrl: editUrlOfEntry('onboarding', r.id),
  }),
};

export async function publicPages(): Promise<PublicPage[]> {
  const docs = (await getCollection('docs')).map((e) => ({
    path: e.id === 'index' ? '/' : `/${e.id}/`,
    title: e.data.title,
    description: e.data.description ?? '',
    section: e.data.role ? 'Role playbook' : siteConfig.name,
  }));
  const roles = await allRoles();
  const generated = roles.flatMap((r) => Object.values(rolePages).map((page) => page(r)));
  return [...docs, ...generated];
}

/** Page titles by path, for lists that link pages by their path (the changelog and its feed). */
export const pageTitles = async (): Promise<Map<string, string>> => new Map((await publicPages()).map((p) => [p.path, p.title]));
