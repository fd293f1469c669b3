// `astro build` refuses broken content: each case builds a copy of the project with one defect.
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../scripts/lib/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

async function buildWith(change: (c: ProjectCopy) => void) {
  copy = copyProject();
  change(copy);
  const { status, output } = await copy.build();
  return { status, output };
}

describe('the build fails on broken content, naming file, field and value', { timeout: 240_000 }, () => {
  it('a KPI referring to a missing metric', async () => {
    const { status, output } = await buildWith((c) =>
      c.edit('content/roles/search-discovery.yaml', (t) => t.replace(/(kpis:\s*\n\s*- metric:\s*)[\w-]+/, '$1no-such-metric')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/roles/search-discovery.yaml: kpis[0].metric: unknown metric "no-such-metric"');
  });

  it('a metric owned by a missing role', async () => {
    const { status, output } = await buildWith((c) =>
      c.edit('content/metrics/zero-result-rate.yaml', (t) => t.replace(/owner: .*/, 'owner: search-team')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/metrics/zero-result-rate.yaml: owner: unknown role "search-team"');
  });

  it('a role without its page', async () => {
    const { status, output } = await buildWith((c) => c.remove('content/docs/roles/data-analytics'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/roles/data-analytics.yaml: id: role "data-analytics" has no playbook page');
  });

  it('a page naming an unknown role', async () => {
    const { status, output } = await buildWith((c) =>
      c.edit('content/docs/roles/user-experience/index.mdx', (t) => t.replace('role: user-experience', 'role: ux-design')),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/docs/roles/user-experience/index.mdx: role: unknown role "ux-design"');
  });

  it('a content file that breaks its schema', async () => {
    const { status, output } = await buildWith((c) =>
      c.edit('content/roles/product-strategy.yaml', (t) => t.replace(/^order: \d+/m, 'order: first')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/roles\/product-strategy\.yaml: order: .*number/i);
  });

  it('a broken internal link or #anchor in a page', async () => {
    const { status, output } = await buildWith((c) =>
      c.edit('content/docs/roles/index.mdx', (t) => `${t}\n\nSee [the missing section](/roles/search-discovery/#no-such-section).\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('/roles/search-discovery/#no-such-section');
  });
});
