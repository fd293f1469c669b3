import { z } from 'astro/zod';
import { kebabId, line, prose } from './common.ts';

/** A URL path of a page of this site, as the address bar shows it: "/", "/roles/search-discovery/hiring/". */
export const sitePath = z.string().regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/, {
  message: 'must be the path of a page of this site, starting and ending with "/", e.g. "/roles/search-discovery/"',
});

/**
 * One change of the site that a reader would notice (/changelog/ and its feed, /changelog.xml). Written
 * from the repository's history: what changed, when it was committed, and which pages it touched.
 */
export const changelogEntrySchema = z
  .object({
    /** Permanent kebab-case id; equals the file name. The date first keeps the folder in order, e.g. "2026-11-26-self-assessments". */
    id: kebabId,
    /** When the change was committed, in UTC: a day (2026-11-26) or a moment (2026-11-26T14:56:00Z), which orders changes of one day. */
    date: z.date({ message: 'must be a date, written 2026-11-26 or 2026-11-26T14:56:00Z' }),
    /** What changed, as a headline. */
    title: line(120),
    /** What a reader finds changed, in a few sentences. */
    summary: prose(40, 800),
    /** Site paths of the pages the change touched; the guard checks each one is a page. */
    pages: z
      .array(sitePath)
      .min(1, { message: 'must name at least one page the change touched' })
      .refine((paths) => new Set(paths).size === paths.length, { message: 'names a page twice' }),
  })
  .strict();

export type ChangelogEntry = z.output<typeof changelogEntrySchema>;
