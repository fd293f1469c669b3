// Adding a role is a content-only change: a copy of the project gets a seventh role by the README's
// steps (content files only), passes the guard, builds, and shows the role everywhere roles are listed.
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
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
type Node = DefaultTreeAdapterMap['node'];
const find = (node: Node, tag: string): Node | undefined =>
  'tagName' in node && node.tagName === tag ? node : ('childNodes' in node ? node.childNodes : []).map((c) => find(c, tag)).find(Boolean);
const hrefs = (node: Node): string[] => [
  ...('attrs' in node && node.tagName === 'a' ? node.attrs.filter((a) => a.name === 'href').map((a) => a.value) : []),
  ...('childNodes' in node ? node.childNodes.flatMap(hrefs) : []),
];
const text = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
/** Links and text of a page's <main>, without the sidebar that every page carries. */
const main = (path: string) => {
  const element = find(parse(page(path)), 'main')!;
  return { links: hrefs(element), text: text(element) };
};
const sidebarLinks = (path: string) => hrefs(find(parse(page(path)), 'nav')!);

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
    expect(sidebarLinks('why-ownership/index.html')).toContain(link);
    expect(main('roles/index.html').links).toContain(link);
    expect(main('scorecard/index.html').text).toContain(NEW_ROLE.name);
    expect(main('working-together/index.html').links).toContain(link);
    const api = JSON.parse(page('api/roles.json')) as { roles: { id: string }[] };
    expect(api.roles.map((r) => r.id)).toContain(NEW_ROLE.id);
    for (const sub of ['assessment', 'hiring', 'onboarding'])
      expect(main(`roles/${NEW_ROLE.id}/${sub}/index.html`).text).toContain(NEW_ROLE.name);
  });
});
