// Rule "changelog": the pages an entry names are pages of the site.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages, roleIds } from './fixture.ts';

describe('rule: changelog entries name pages', () => {
  it('accepts docs pages, the home page and every page of a role', () => {
    const s = fresh();
    const entry = s.changelog[0]!;
    const [role] = roleIds(s);
    dataOf(s.changelog, entry.stem).pages = ['/', '/metrics/', `/roles/${role}/`, `/roles/${role}/hiring/`, `/roles/${role}/onboarding/`];
    expect(messages(s).filter((m) => m.startsWith(entry.file))).toEqual([]);
  });

  it('reports a path that is no page, naming file, field and path', () => {
    const s = fresh();
    const entry = s.changelog[0]!;
    dataOf(s.changelog, entry.stem).pages = ['/metrics/', '/roles/no-such-role/', '/404/'];
    const m = messages(s);
    expect(m).toContain(
      `${entry.file}: pages[1]: "/roles/no-such-role/" is not a page of this site (no content/docs page or role page has that path)`,
    );
    expect(m).toContain(`${entry.file}: pages[2]: "/404/" is not a page of this site (no content/docs page or role page has that path)`);
  });

  it('reports a path written without its slashes through the schema', () => {
    const s = fresh();
    const entry = s.changelog[0]!;
    dataOf(s.changelog, entry.stem).pages = ['metrics'];
    expect(messages(s)).toContain(
      `${entry.file}: pages[0]: must be the path of a page of this site, starting and ending with "/", e.g. "/roles/search-discovery/"`,
    );
  });
});
