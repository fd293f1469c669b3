// A company's own copy is a content-only change: one copy of the project gets a seventh role by the
// README's steps and a different content/site.yaml (name, URL, accent, logo, repository, named role
// owners), passes the guard, builds once, shows the role everywhere roles are listed and the new
// identity everywhere the site names itself, and the old identity nowhere. One build for both, so
// `npm test` does not pay for two.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, readBuiltPage, readSitemap } from '../../src/lib/built-site.ts';
import { metaContent } from '../../src/lib/html-page.ts';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { addRoles } from '../../scripts/lib/add-role.ts';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { readRoles, readSiteConfig, siteUrl } from '../../src/site/site-config.ts';
import { accentPalette } from '../../src/lib/accent-palette.ts';
import { ogLayout } from '../../src/lib/og-image.ts';
import { renderOgLayout } from '../../src/lib/og-render.ts';

const NEW_ROLE = { id: 'pricing-and-quoting', name: 'Pricing and quoting', shortName: 'Pricing' };
const OLD = readSiteConfig();
const [FIRST_ROLE] = readRoles();
const NEW_SITE = {
  name: 'Northwind Fasteners Commerce Handbook',
  shortName: 'Commerce Handbook',
  description: 'How Northwind Fasteners runs its dealer portal and webshop: who owns what, and how new colleagues start.',
  url: 'https://handbook.northwind-fasteners.example',
  accent: '#0a7d32',
  logo: 'brand/northwind.svg',
  repository: 'https://github.com/northwind-fasteners/commerce-handbook',
  branch: 'trunk',
  owners: {
    [FIRST_ROLE!.id]: { name: 'Priya Raman', contact: 'priya.raman@northwind-fasteners.example', team: 'Digital commerce' },
    [NEW_ROLE.id]: { name: 'Tomasz Wójcik', contact: 'https://chat.northwind-fasteners.example/u/tomasz', team: 'Sales operations' },
  },
};
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><circle cx="16" cy="16" r="14" fill="#0a7d32"/></svg>';
const owner = (roleId: string) => NEW_SITE.owners[roleId]!;

let copy: ProjectCopy;
let built: Awaited<ReturnType<ProjectCopy['build']>>;
const dist = () => join(copy.dir, 'dist');
const page = (path: string) => readFileSync(join(dist(), path), 'utf8');
const builtPage = (path: string) => readBuiltPage(dist(), path);

beforeAll(async () => {
  copy = copyProject();
  addRoles(copy.dir, [NEW_ROLE]);
  copy.write('content/site.yaml', dump(NEW_SITE, { lineWidth: -1 }));
  copy.write(`content/${NEW_SITE.logo}`, LOGO_SVG);
  // content/site.yaml's url, not a SITE_URL the environment may set.
  built = await copy.build({ env: { SITE_URL: '' } });
}, 180_000);
// Removing a built copy (its dist and image cache) takes longer than the default 10 s on a loaded machine.
afterAll(() => copy.dispose(), 60_000);

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

/**
 * Every place the site names itself, as the text a reader or a tool gets there. Add a place here
 * when one more output names the site (e.g. /llms.txt).
 */
const NAME_PLACES: Record<string, () => string> = {
  // Outside <main>: the header's site title (the full name; the short one on phones).
  header: () => {
    const p = builtPage(`/roles/${NEW_ROLE.id}/`);
    return p.text.replace(p.mainText, '');
  },
  'page titles': () =>
    ['/', `/roles/${NEW_ROLE.id}/`, `/roles/${NEW_ROLE.id}/hiring/`, '/metrics/'].map((p) => builtPage(p).title).join('\n'),
  'link previews (og:site_name)': () => metaContent(builtPage('/working-together/'), 'property', 'og:site_name') ?? '',
  'the JSON API': () => JSON.parse(page('api/roles.json')).site.name,
  'the JSON Schemas': () => ['roles', 'decisions', 'metrics'].map((n) => JSON.parse(page(`api/${n}.schema.json`)).title).join('\n'),
  'llms.txt': () => page('llms.txt').split('\n')[0]!,
  'the changelog feed': () => page('changelog.xml'),
};

/** The home page's link-preview card, from the copy's content. */
function homeCard() {
  const home = readContent(copy.dir).pages.find((p) => p.stem === '')!.data as { title: string; description: string };
  return { title: home.title, description: home.description, section: NEW_SITE.name };
}

/** Text files of the copy's dist/, which must not name the old site anywhere. */
const TEXT_FILES = new Set(['.html', '.json', '.xml', '.txt', '.md', '.css', '.js', '.mjs', '.svg', '.webmanifest', '.conf']);

describe("a company's own copy: a different content/site.yaml", () => {
  it.each(Object.keys(NAME_PLACES))('names the new site in %s', (place) => expect(NAME_PLACES[place]!()).toContain(NEW_SITE.name));

  it('shows the short name in the header for phones', () => expect(NAME_PLACES.header!()).toContain(NEW_SITE.shortName));

  it('names the old site, its short name and its address in no text file of dist/', () => {
    const old = [OLD.name, OLD.shortName!, new URL(siteUrl(OLD)).host];
    const found: string[] = [];
    for (const { urlPath, file } of builtFiles(dist())) {
      if (!TEXT_FILES.has(extname(file))) continue;
      const text = readFileSync(file, 'utf8');
      for (const o of old) if (text.includes(o)) found.push(`${urlPath}: ${o}`);
    }
    expect(found).toEqual([]);
  });

  it('draws the link-preview images with the new name and accent colour', async () => {
    // The image the build published is exactly the card with the new identity, drawn afresh.
    const expected = await renderOgLayout(ogLayout(homeCard(), NEW_SITE));
    expect(Buffer.from(readFileSync(join(dist(), 'og/index.png'))).equals(expected)).toBe(true);
  }, 60_000); // loads satori and sharp and draws one card: seconds on a busy machine

  it('serves canonical URLs, the sitemap and the API at the new public address', () => {
    expect(builtPage('/roles/').canonical).toBe(`${NEW_SITE.url}/roles/`);
    expect(readSitemap(dist())).toContain(`/roles/${NEW_ROLE.id}/`);
    expect(page('sitemap-0.xml')).toContain(`${NEW_SITE.url}/roles/${NEW_ROLE.id}/`);
    expect(JSON.parse(page('api/roles.json')).roles[0].url).toMatch(new RegExp(`^${NEW_SITE.url}/`));
  });

  it('colours both themes and print from the new accent', () => {
    const css = builtPage('/')
      .assets.stylesheets.map((href) => page(href.slice(1)))
      .join('\n');
    // The stylesheet as minified: each shade of each theme, and none of the old colour's.
    const declarations = (hex: string) => {
      const { dark, light } = accentPalette(hex);
      return [dark, light].flatMap((s) => [
        `--sl-color-accent-low:${s.low}`,
        `--sl-color-accent:${s.accent}`,
        `--sl-color-accent-high:${s.high}`,
      ]);
    };
    expect(declarations(NEW_SITE.accent).filter((d) => !css.includes(d))).toEqual([]);
    expect(declarations(OLD.accent).filter((d) => css.includes(d))).toEqual([]);
    expect(css.includes(`@media print{:root[data-theme]{--sl-color-accent-low:${accentPalette(NEW_SITE.accent).light.low}`)).toBe(true);
  });

  it('shows the logo before the name in the header', () => {
    const logo = [...builtFiles(dist())].find((f) => f.urlPath.startsWith('/_astro/northwind') && f.urlPath.endsWith('.svg'));
    expect(logo, 'the logo in dist/_astro/').toBeDefined();
    expect(readFileSync(logo!.file, 'utf8')).toBe(LOGO_SVG);
    expect(builtPage('/').html).toContain(`src="${logo!.urlPath}"`);
  });

  it('links "Edit page" to the source file: the MDX of a playbook, the YAML of a generated page', () => {
    const edit = `${NEW_SITE.repository}/edit/${NEW_SITE.branch}/content`;
    expect(builtPage(`/roles/${NEW_ROLE.id}/`).links).toContain(`${edit}/docs/roles/${NEW_ROLE.id}/index.mdx`);
    expect(builtPage(`/roles/${NEW_ROLE.id}/onboarding/`).links).toContain(`${edit}/onboarding/${NEW_ROLE.id}.yaml`);
    expect(builtPage(`/roles/${NEW_ROLE.id}/hiring/`).links).toContain(`${edit}/hiring/${NEW_ROLE.id}.yaml`);
    expect(builtPage(`/roles/${NEW_ROLE.id}/assessment/`).links).toContain(`${edit}/assessments/${NEW_ROLE.id}.yaml`);
  });

  it("names each role's owner on its playbook, in the other roles' onboarding plans, in the RACI matrix and the API", () => {
    const priya = owner(FIRST_ROLE!.id);
    const playbook = builtPage(`/roles/${FIRST_ROLE!.id}/`);
    expect(playbook.mainText).toContain(`Who owns it here: ${priya.name} (${priya.team}).`);
    expect(playbook.mainLinks).toContain(`mailto:${priya.contact}`);
    const plan = builtPage(`/roles/${NEW_ROLE.id}/onboarding/`);
    expect(plan.mainText).toContain(`Meet ${priya.name} (${priya.team}), who owns ${FIRST_ROLE!.name.toLowerCase()}.`);
    const raci = builtPage('/working-together/');
    expect(raci.mainText).toContain(`${NEW_ROLE.shortName} ${owner(NEW_ROLE.id).name}`);
    const api = JSON.parse(page('api/roles.json')) as { roles: { id: string; owner?: unknown }[] };
    expect(api.roles.find((r) => r.id === NEW_ROLE.id)!.owner).toEqual(owner(NEW_ROLE.id));
    expect(new Set(api.roles.filter((r) => r.owner).map((r) => r.id))).toEqual(new Set(Object.keys(NEW_SITE.owners)));
  });
});
