// Adds roles to a copy of the project by the README's steps ("Adding or changing a role"), with
// content files only: each new role's own files, cloned from a template role, and its name in every
// file the guard says must name every role. Used by the adding-a-role test and, through
// synthetic-roles.ts, the scale bench.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load as parse } from 'js-yaml';
import { DATA_COLLECTIONS, DOCS_DIR, CONTENT_DIR } from '../../src/site/collections.ts';
import { readRoles } from '../../src/site/site-config.ts';

export interface NewRole {
  id: string;
  name: string;
  shortName: string;
  /** Position in lists; defaults to after every existing role. */
  order?: number;
}

type Doc = Record<string, any>;
const folderOf = (name: keyof typeof DATA_COLLECTIONS) => join(CONTENT_DIR, DATA_COLLECTIONS[name].folder);

export function addRoles(root: string, roles: NewRole[]): void {
  const file = (folder: string, name: string) => join(root, folder, name);
  const load = (folder: string, name: string): Doc => parse(readFileSync(file(folder, name), 'utf8')) as Doc;
  const save = (folder: string, name: string, data: Doc) => writeFileSync(file(folder, name), dump(data, { lineWidth: -1 }));
  const existing = readRoles(root);
  const template = existing[0];
  if (!template) throw new Error('addRoles: the project has no valid role to copy');
  const all = [...existing.map((r) => r.id), ...roles.map((r) => r.id)];
  const maxOrder = Math.max(...existing.map((r) => r.order));

  // Step 4 first, for the existing files: name the new roles where every role must be named.
  const collaborationWith = (self: string, current: Doc[]) =>
    all.filter((r) => r !== self).map((r) => current.find((c) => c.role === r) ?? { ...current[0], role: r });
  const meetings = (self: string, tasks: Doc[]) => {
    const meet = tasks.find((t) => t.kind === 'meet' && t.with)!;
    const known = new Set(tasks.filter((t) => t.kind === 'meet').map((t) => t.with));
    const added = all.filter((r) => r !== self && !known.has(r)).map((r) => ({ ...meet, id: `meet-${r}`, with: r }));
    return [...tasks.filter((t) => !(t.kind === 'meet' && t.with === self)), ...added];
  };
  for (const { id } of existing) {
    const role = load(folderOf('roles'), `${id}.yaml`);
    role.collaboration = collaborationWith(id, role.collaboration);
    save(folderOf('roles'), `${id}.yaml`, role);
    const plan = load(folderOf('onboarding'), `${id}.yaml`);
    plan.tasks = meetings(id, plan.tasks);
    save(folderOf('onboarding'), `${id}.yaml`, plan);
  }
  for (const name of readdirSync(join(root, folderOf('activities')))) {
    const activity = load(folderOf('activities'), name);
    for (const { id } of roles) activity.raci[id] = 'I';
    save(folderOf('activities'), name, activity);
  }
  // The shared meetings the template role attends are attended by the new roles too (their rituals are copies).
  const templateMeetings = new Set((load(folderOf('roles'), `${template.id}.yaml`).rituals as Doc[]).map((r) => r.meeting).filter(Boolean));
  for (const id of templateMeetings) {
    const meeting = load(folderOf('meetings'), `${id}.yaml`);
    meeting.attendees.push(...roles.map((r) => r.id));
    save(folderOf('meetings'), `${id}.yaml`, meeting);
  }
  for (const name of readdirSync(join(root, folderOf('teamShapes')))) {
    const shape = load(folderOf('teamShapes'), name);
    shape.people.at(-1).roles.push(...roles.map((r) => r.id));
    save(folderOf('teamShapes'), name, shape);
  }

  // Steps 1 to 3: each new role's own files, from the template role.
  const roleTemplate = load(folderOf('roles'), `${template.id}.yaml`);
  const mdx = readFileSync(join(root, DOCS_DIR, 'roles', template.id, 'index.mdx'), 'utf8');
  roles.forEach((r, i) => {
    save(folderOf('roles'), `${r.id}.yaml`, {
      ...roleTemplate,
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      order: r.order ?? maxOrder + i + 1,
      collaboration: collaborationWith(r.id, roleTemplate.collaboration),
      // Its own rituals are attended by the new role, not by the template role they were copied from.
      rituals: (roleTemplate.rituals as Doc[]).map((ritual) =>
        ritual.attendees ? { ...ritual, attendees: ritual.attendees.map((a: string) => (a === template.id ? r.id : a)) } : ritual,
      ),
    });
    for (const name of ['assessments', 'hiring'] as const)
      save(folderOf(name), `${r.id}.yaml`, { ...load(folderOf(name), `${template.id}.yaml`), role: r.id });
    const plan = load(folderOf('onboarding'), `${template.id}.yaml`);
    save(folderOf('onboarding'), `${r.id}.yaml`, { ...plan, role: r.id, tasks: meetings(r.id, plan.tasks) });
    mkdirSync(join(root, DOCS_DIR, 'roles', r.id), { recursive: true });
    writeFileSync(
      join(root, DOCS_DIR, 'roles', r.id, 'index.mdx'),
      mdx.replace(/^title: .*$/m, `title: ${r.name}`).replace(/^role: .*$/m, `role: ${r.id}`),
    );
  });
}
