// Adds synthetic content to a copy of the project, to measure how the build scales with page count:
// roles added by the README's steps (add-role.ts, as the adding-a-role test does), or copies of the
// page bare Starlight grows by, whose content does not grow with the site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addRoles } from './add-role.ts';
import { GUIDE } from './bare-starlight.ts';

/** A Markdown page with its title replaced (the title is the frontmatter's first line). */
const titled = (page: string, title: string) => page.replace(/^title: .*$/m, `title: ${title}`);

/**
 * Adds `count` copies of bare Starlight's docs page (bare-starlight.ts GUIDE, the same Markdown file
 * the bare site grows by) at /synthetic/page-<n>/: the same page on both sides, so the difference in
 * cost per page is this project's build, not a longer page or another file format.
 */
export function addSyntheticGuides(root: string, count: number): void {
  const docs = join(root, 'content', 'docs', 'synthetic');
  mkdirSync(docs, { recursive: true });
  for (let i = 1; i <= count; i++) writeFileSync(join(docs, `page-${i}.md`), titled(GUIDE, `Synthetic page ${i}`));
}

/** Adds `count` roles cloned from the first role, each with its four pages; returns their ids. */
export function addSyntheticRoles(root: string, count: number): string[] {
  const roles = Array.from({ length: count }, (_, i) => ({
    id: `synthetic-role-${i + 1}`,
    name: `Synthetic role ${i + 1}`,
    shortName: `Role ${i + 1}`,
    order: 100 + i,
  }));
  addRoles(root, roles);
  return roles.map((r) => r.id);
}
