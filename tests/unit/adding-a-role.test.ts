// Adding a role is a content-only change: a copy of the project gets a seventh role by the README's
// steps (content files only), passes the guard, builds, and shows the role everywhere roles are listed.
import { readFileSync } from 'node:fs';
import { readBuiltPage } from '../../src/lib/built-site.ts';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { addRoles } from '../../scripts/lib/add-role.ts';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { readRoles } from '../../src/site/site-config.ts';

const NEW_ROLE = { id: 'pricing-and-quoting', name: 'Pricing and quoting', shortName: 'Pricing' };
let copy: ProjectCopy;
let built: Awaited<ReturnType<ProjectCopy['build']>>;
const page = (path: string) => readFileSync(join(copy.dir, 'dist', path), 'utf8');
const builtPage = (path: string) => readBuiltPage(join(copy.dir, 'dist'), path);

beforeAll(async () => {
  copy = copyProject();
  addRoles(copy.dir, [NEW_ROLE]);
  built = await copy.build();
}, 180_000);
afterAll(() => copy.dispose());

describe('adding a role with content files only', () => {
  it('adds one role to the content and passes the guard', () => {
    expect(readRoles(copy.dir).length).toBe(readRoles().length + 1);
    expect(checkContent(readContent(copy.dir)).map(formatProblem)).toEqual([]);
  });

  it('builds', () => expect(built.ok, built.output.slice(-3000)).toBe(true));

  it('lists the role in the sidebar, the roles compared, the scorecard, the RACI matrix and the API', () => {
    const link = `/roles/${NEW_ROLE.id}/`;
    expect(builtPage('/why-ownership/').navLinks).toContain(link);
    expect(builtPage('/roles/').mainLinks).toContain(link);
    expect(builtPage('/scorecard/').mainText).toContain(NEW_ROLE.name);
    expect(builtPage('/working-together/').mainLinks).toContain(link);
    const api = JSON.parse(page('api/roles.json')) as { roles: { id: string }[] };
    expect(api.roles.map((r) => r.id)).toContain(NEW_ROLE.id);
    for (const sub of ['assessment', 'hiring', 'onboarding'])
      expect(builtPage(`/roles/${NEW_ROLE.id}/${sub}/`).mainText).toContain(NEW_ROLE.name);
  });
});
