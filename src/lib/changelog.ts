/**
 * The site's changelog and the "last changed" date of each page. Pure: the route middleware gives it
 * the git dates (src/lib/git-history.ts) and the changelog entries.
 */
import type { ChangelogEntry } from '../schemas/changelog.ts';

/** Changes newest first; changes of the same moment by id, so the order never depends on file order. */
export const newestFirst = <E extends Pick<ChangelogEntry, 'id' | 'date'>>(entries: readonly E[]): E[] =>
  [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || b.id.localeCompare(a.id));

/**
 * When a page last changed: the newest of its source files' last commits and of the changelog entries
 * that name it. Without git history (a shallow clone, an export without .git), only the changelog
 * speaks; a page that no entry names then shows no date rather than a wrong one.
 */
export function lastChanged(
  pagePath: string,
  sources: readonly string[],
  gitDates: ReadonlyMap<string, Date> | undefined,
  changelog: readonly Pick<ChangelogEntry, 'date' | 'pages'>[],
): Date | undefined {
  const dates = [
    ...(gitDates ? sources.flatMap((file) => gitDates.get(file) ?? []) : []),
    ...changelog.filter((entry) => entry.pages.includes(pagePath)).map((entry) => entry.date),
  ];
  return dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
