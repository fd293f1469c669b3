// content/site.yaml at config time: a broken file stops the build naming file and field; the
// repository becomes the Edit links' base; an owner's contact becomes a link.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { editBaseUrl, editUrlOf, readSiteConfig, siteUrl } from '../../src/site/site-config.ts';
import { contactHref } from '../../src/lib/role-owner.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
/** A project folder holding only content/site.yaml with `changes` over the real one. */
function projectWith(changes: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/site.yaml'), dump({ ...readSiteConfig(), ...changes }));
  return dir;
}

describe('reading content/site.yaml', () => {
  it('fails naming the file, the field and the measured contrast', () => {
    expect(() => readSiteConfig(projectWith({ accent: '#a3a3a3' }))).toThrow(
      /^content\/site\.yaml: accent: #a3a3a3 gives links .* a contrast of 2\.\d\d:1/,
    );
  });

  it('builds for the configured public address, or a documentation address under example.com without one', () => {
    expect(siteUrl(readSiteConfig(projectWith({ url: 'https://handbook.acme.example' })))).toBe('https://handbook.acme.example');
    expect(new URL(siteUrl({})).hostname.endsWith('.example.com')).toBe(true);
  });

  it('defaults the branch to main', () =>
    expect(readSiteConfig(projectWith({ repository: 'https://github.com/acme/playbook' })).branch).toBe('main'));
});

describe('Edit page links', () => {
  it('point into GitHub’s and GitLab’s editors on the configured branch, at the path Starlight appends', () => {
    expect(editBaseUrl({ repository: 'https://github.com/acme/playbook/', branch: 'main' })).toBe(
      'https://github.com/acme/playbook/edit/main/',
    );
    expect(editBaseUrl({ repository: 'https://gitlab.com/acme/web/playbook', branch: 'trunk' })).toBe(
      'https://gitlab.com/acme/web/playbook/-/edit/trunk/',
    );
    expect(editUrlOf({ repository: 'https://github.com/acme/playbook', branch: 'main' }, 'content/onboarding/x.yaml')).toBe(
      'https://github.com/acme/playbook/edit/main/content/onboarding/x.yaml',
    );
  });

  it('are left out without a repository', () => {
    expect(editBaseUrl({ branch: 'main' })).toBeUndefined();
    expect(editUrlOf({ branch: 'main' }, 'content/site.yaml')).toBe(false);
  });
});

describe('owner contacts', () => {
  it('link an email address with mailto: and a web address as it is', () => {
    expect(contactHref('priya@acme.example')).toBe('mailto:priya@acme.example');
    expect(contactHref('https://chat.acme.example/u/priya@acme')).toBe('https://chat.acme.example/u/priya@acme');
  });
});
