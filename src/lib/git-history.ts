/**
 * When each content file last changed, from the repository's git history, read once per build with
 * one `git log` (Node only; the parsing is pure and tested). On a shallow clone (CI often checks out
 * one commit) every file would seem to have changed on the clone's single commit, so the history
 * counts as unknown there, as it does outside a git work tree: callers then fall back to the changelog.
 */
import { execFileSync } from 'node:child_process';

/** Newest commit date per file, from `git log --format=%x00%cI --name-only` output (newest commit first). */
export function parseGitLog(output: string): Map<string, Date> {
  const newest = new Map<string, Date>();
  for (const commit of output.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n');
    const when = new Date(date!.trim());
    if (Number.isNaN(when.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) if (!newest.has(file)) newest.set(file, when);
  }
  return newest;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/**
 * Newest commit date of every file under `folders`, or undefined when the history cannot say:
 * no git, not a work tree, or a shallow clone.
 */
export function readGitDates(root: string, folders: readonly string[]): Map<string, Date> | undefined {
  try {
    if (git(['rev-parse', '--is-shallow-repository'], root).trim() !== 'false') return undefined;
    return parseGitLog(git(['log', '--format=%x00%cI', '--name-only', '--', ...folders], root));
  } catch {
    return undefined;
  }
}
