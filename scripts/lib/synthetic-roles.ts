// Adds synthetic content to a copy of the project, to measure how the build scales with page count:
// roles as complete and valid as real ones (every cross-reference the content guard demands), or
// copies of a prose page, whose content does not grow with the site.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load as parse } from 'js-yaml';
import { GUIDE } from './bare-starlight.ts';

type Doc = Record<string, any>;
const load = (dir: string, file: string): Doc => parse(readFileSync(join(dir, file), 'utf8')) as Doc;
const save = (dir: string, file: string, data: Doc) => writeFileSync(join(dir, file), dump(data, { lineWidth: -1 }));

/** The id of the role listed first (lowest `order`), whose files every synthetic role copies. */
function firstRoleId(content: string): string {
  const roles = readdirSync(join(content, 'roles'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => load(content, `roles/${f}`) as { id: string; order: number });
  const first = roles.sort((a, b) => a.order - b.order)[0];
  if (!first) throw new Error(`no role in ${join(content, 'roles')} to copy for the synthetic roles`);
  return first.id;
}

/** An MDX page's frontmatter (YAML between two `---` lines) and the rest of the page. */
function splitPage(page: string): { frontmatter: Doc; body: string } {
  const start = '---\n';
  const end = page.indexOf('\n---\n', start.length);
  if (!page.startsWith(start) || end < 0) throw new Error('a template page has no frontmatter');
  return { frontmatter: parse(page.slice(start.length, end)) as Doc, body: page.slice(end + '\n---\n'.length) };
}

/** An MDX page with some frontmatter fields replaced. */
function withFrontmatter(page: string, fields: Doc): string {
  const { frontmatter, body } = splitPage(page);
  return `---\n${dump({ ...frontmatter, ...fields }, { lineWidth: -1 })}---\n${body}`;
}

/**
 * Adds `count` copies of bare Starlight's docs page (bare-starlight.ts GUIDE, the same Markdown file
 * the bare site grows by) at /synthetic/page-<n>/: the same page on both sides, so the difference in
 * cost per page is this project's build, not a longer page or another file format.
 */
export function addSyntheticGuides(root: string, count: number): void {
  const docs = join(root, 'content', 'docs', 'synthetic');
  mkdirSync(docs, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(docs, `page-${i}.md`), withFrontmatter(GUIDE, { title: `Synthetic page ${i}` }));
}

export function addSyntheticRoles(root: string, count: number): string[] {
  const content = join(root, 'content');
  const ids = Array.from({ length: count }, (_, i) => `synthetic-role-${i + 1}`);
  const realIds = readdirSync(join(content, 'roles')).map((f) => f.replace(/\.yaml$/, ''));
  const all = [...realIds, ...ids];
  const templateId = firstRoleId(content);
  const template = load(content, `roles/${templateId}.yaml`);
  const collaboration = (self: string, base: Doc[]) => {
    const sample = base[0]!;
    return all.filter((r) => r !== self).map((r) => base.find((c) => c.role === r) ?? { ...sample, role: r });
  };

  // Real roles collaborate with the new ones too, and meet them during onboarding.
  for (const id of realIds) {
    const role = load(content, `roles/${id}.yaml`);
    role.collaboration = collaboration(id, role.collaboration);
    save(content, `roles/${id}.yaml`, role);
  }
  const meetings = (self: string, tasks: Doc[]) => {
    const meet = tasks.find((t) => t.kind === 'meet' && t.with)!;
    const others = tasks.filter((t) => !(t.kind === 'meet' && t.with));
    return [...others, ...all.filter((r) => r !== self).map((r) => ({ ...meet, id: `meet-${r}`, with: r }))];
  };
  for (const id of realIds) {
    const plan = load(content, `onboarding/${id}.yaml`);
    plan.tasks = meetings(id, plan.tasks);
    save(content, `onboarding/${id}.yaml`, plan);
  }

  const mdx = readFileSync(join(content, `docs/roles/${templateId}/index.mdx`), 'utf8');
  ids.forEach((id, i) => {
    const name = `Synthetic role ${i + 1}`;
    save(content, `roles/${id}.yaml`, {
      ...template,
      id,
      name,
      shortName: `Role ${i + 1}`,
      order: 100 + i,
      collaboration: collaboration(id, template.collaboration),
    });
    mkdirSync(join(content, 'docs/roles', id), { recursive: true });
    writeFileSync(join(content, 'docs/roles', id, 'index.mdx'), withFrontmatter(mdx, { title: name, role: id }));
    save(content, `assessments/${id}.yaml`, { ...load(content, `assessments/${templateId}.yaml`), role: id });
    save(content, `hiring/${id}.yaml`, { ...load(content, `hiring/${templateId}.yaml`), role: id });
    const plan = load(content, `onboarding/${templateId}.yaml`);
    save(content, `onboarding/${id}.yaml`, { ...plan, role: id, tasks: meetings(id, plan.tasks) });
  });

  // Every RACI row gives the new roles a letter; every team shape gives them to someone.
  for (const file of readdirSync(join(content, 'activities'))) {
    const a = load(content, `activities/${file}`);
    for (const id of ids) a.raci[id] = 'I';
    save(content, `activities/${file}`, a);
  }
  for (const file of readdirSync(join(content, 'team-shapes'))) {
    const t = load(content, `team-shapes/${file}`);
    t.people.at(-1).roles.push(...ids);
    save(content, `team-shapes/${file}`, t);
  }
  return ids;
}
