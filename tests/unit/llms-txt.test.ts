// /llms.txt: the sidebar's sections, every twinned page listed once, absolute links to the twins.
import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/lib/llms-txt.ts';
import { twinPath } from '../../src/site/paths.ts';

const page = (path: string, title: string, description?: string) => ({ path, title, description });

describe('llms.txt', () => {
  const text = llmsTxt({
    name: 'Test Playbook',
    description: 'How a distributor\nowns its store.',
    site: 'https://playbook.test/',
    sidebar: [
      {
        label: 'Start here',
        items: [
          { label: 'Why', link: '/why/' },
          { label: 'Upstream docs', link: 'https://example.org/' },
        ],
      },
      { label: 'Roles', items: [{ label: 'Search', items: [{ label: 'Playbook', link: '/roles/search/' }, 'roles/search/hiring'] }] },
      { label: 'Empty', items: [{ label: 'Not built', link: '/missing/' }] },
    ],
    pages: [
      page('/roles/search/hiring/', 'Search: [hiring] kit', 'Job descriptions.'),
      page('/', 'Home', 'Start.'),
      page('/why/', 'Why ownership', 'The case.'),
      page('/roles/search/', 'Search'),
      page('/changelog/', 'Changelog', 'What changed.'),
    ],
  });

  it('starts with the name and the summary as a block quote', () => {
    expect(text.startsWith('# Test Playbook\n\n> How a distributor owns its store.\n\n')).toBe(true);
  });

  it('has one section per top-level sidebar group in sidebar order, nested groups flattened, empty ones left out', () => {
    expect([...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(['Start here', 'Roles']);
    const roles = text.slice(text.indexOf('## Roles'));
    expect(roles).toContain(
      '- [Search](https://playbook.test/roles/search/index.html.md)\n- [Search: \\[hiring\\] kit](https://playbook.test/roles/search/hiring/index.html.md): Job descriptions.\n',
    );
  });

  it('lists the pages the sidebar does not, first in the first section, and every page exactly once', () => {
    const start = text.slice(text.indexOf('## Start here'), text.indexOf('## Roles'));
    expect(start).toBe(
      '## Start here\n\n- [Home](https://playbook.test/index.html.md): Start.\n- [Changelog](https://playbook.test/changelog/index.html.md): What changed.\n- [Why ownership](https://playbook.test/why/index.html.md): The case.\n\n',
    );
    const links = [...text.matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]);
    expect(links).toHaveLength(5);
    expect(new Set(links).size).toBe(5);
    expect(text).not.toContain('example.org');
    expect(text).not.toContain('/missing/');
  });
});

describe('twinPath', () => {
  it('appends index.html.md to a directory URL and .md to a file URL', () => {
    expect(twinPath('/')).toBe('/index.html.md');
    expect(twinPath('/roles/search-discovery/hiring/')).toBe('/roles/search-discovery/hiring/index.html.md');
    expect(twinPath('/404.html')).toBe('/404.html.md');
  });
});
