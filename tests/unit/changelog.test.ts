// The changelog's order, each page's last-changed date, and the git history it is read from.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChanged, newestFirst } from '../../src/lib/changelog.ts';
import { parseGitLog, readGitDates } from '../../src/lib/git-history.ts';
import { pageSources } from '../../src/site/page-sources.ts';
import { roleIdsInOrder } from '../helpers/content.ts';

const day = (iso: string) => new Date(iso);

describe('newestFirst', () => {
  it('orders changes by date, newest first, and changes of one moment by id', () => {
    const entries = [
      { id: 'a', date: day('2026-11-26') },
      { id: 'c', date: day('2026-12-01T22:10:00Z') },
      { id: 'b', date: day('2026-12-01T22:10:00Z') },
      { id: 'd', date: day('2026-12-02') },
    ];
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('lastChanged', () => {
  const changelog = [
    { date: day('2026-12-01T10:00:00Z'), pages: ['/metrics/', '/roles/x/'] },
    { date: day('2026-11-26T10:00:00Z'), pages: ['/glossary/'] },
  ];
  const git = new Map([
    ['content/docs/roles/x/index.mdx', day('2026-11-20T00:00:00Z')],
    ['content/roles/x.yaml', day('2026-12-02T09:00:00Z')],
  ]);

  it('is the newest of the page’s source commits and the changelog entries naming it', () => {
    expect(lastChanged('/roles/x/', ['content/docs/roles/x/index.mdx', 'content/roles/x.yaml'], git, changelog)).toEqual(
      day('2026-12-02T09:00:00Z'),
    );
    expect(lastChanged('/metrics/', ['content/docs/metrics.mdx'], git, changelog)).toEqual(day('2026-12-01T10:00:00Z'));
  });

  it('falls back to the changelog without git history, and says nothing rather than something wrong', () => {
    expect(lastChanged('/roles/x/', ['content/roles/x.yaml'], undefined, changelog)).toEqual(day('2026-12-01T10:00:00Z'));
    expect(lastChanged('/privacy/', ['content/docs/privacy.mdx'], undefined, changelog)).toBeUndefined();
  });
});

describe('pageSources', () => {
  const [role] = roleIdsInOrder();
  it('names a docs page’s own file, and a role page’s YAML besides', () => {
    expect(pageSources('/metrics/', { filePath: 'content/docs/metrics.mdx' })).toEqual(['content/docs/metrics.mdx']);
    expect(pageSources(`/roles/${role}/`, { filePath: `content/docs/roles/${role}/index.mdx`, role })).toEqual([
      `content/docs/roles/${role}/index.mdx`,
      `content/roles/${role}.yaml`,
    ]);
  });

  it('adds the sub-page’s own collection file to a role’s generated page', () => {
    expect(pageSources(`/roles/${role}/hiring/`, { role })).toEqual([`content/roles/${role}.yaml`, `content/hiring/${role}.yaml`]);
    expect(pageSources(`/roles/${role}/assessment/`, { role })).toContain(`content/assessments/${role}.yaml`);
  });
});

describe('git history', () => {
  it('keeps the newest commit date of each file from git log output', () => {
    const output =
      '\u00002026-12-02T02:30:00+00:00\n\ncontent/a.yaml\ncontent/b.yaml\n\u00002026-11-26T14:00:00+00:00\n\ncontent/a.yaml\ncontent/c.yaml\n';
    const dates = parseGitLog(output);
    expect(dates.get('content/a.yaml')).toEqual(day('2026-12-02T02:30:00Z'));
    expect(dates.get('content/c.yaml')).toEqual(day('2026-11-26T14:00:00Z'));
    expect(dates.size).toBe(3);
  });

  it('reads a real repository, and counts a shallow clone’s history as unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'git-dates-'));
    try {
      mkdirSync(join(dir, 'repo'));
      const repo = join(dir, 'repo');
      execFileSync('git', ['init', '-q', repo]);
      const inRepo = (file: string, date: string) => {
        mkdirSync(join(repo, 'content'), { recursive: true });
        writeFileSync(join(repo, 'content', file), date);
        execFileSync('git', ['add', '.'], { cwd: repo });
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', file], {
          cwd: repo,
          env: { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date },
        });
      };
      inRepo('a.yaml', '2026-11-26T10:00:00Z');
      inRepo('b.yaml', '2026-12-01T10:00:00Z');
      const dates = readGitDates(repo, ['content']);
      expect(dates?.get('content/a.yaml')).toEqual(day('2026-11-26T10:00:00Z'));
      expect(dates?.get('content/b.yaml')).toEqual(day('2026-12-01T10:00:00Z'));
      const shallow = join(dir, 'shallow');
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      expect(readGitDates(shallow, ['content'])).toBeUndefined();
      expect(readGitDates(dir, ['content'])).toBeUndefined(); // not a work tree
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
