import { z } from 'astro/zod';
import { line, prose } from './common.ts';

/** The site's identity (content/site.yaml): read by the Starlight config, link previews and pages. */
export const siteSchema = z
  .object({
    /** The site's name as the header, page titles and link previews show it. */
    name: line(80),
    /**
     * A shorter name for narrow screens, where the full one would be cut off in the header (about 20
     * characters fit at 390 px). Part of the full name, word for word, because the full name stays
     * the accessible name of the title link and what is on screen must be part of it (WCAG 2.5.3).
     */
    shortName: line(24).optional(),
    /** One or two sentences: the default description for search engines and link previews. */
    description: prose(40, 300),
  })
  .strict()
  .refine((site) => !site.shortName || site.name.includes(site.shortName), {
    message: 'must be part of the full name, word for word (what a reader sees must be part of the link’s name)',
    path: ['shortName'],
  });

export type SiteConfig = z.output<typeof siteSchema>;
