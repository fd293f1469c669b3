import { z } from 'astro/zod';
import { line, prose } from './common.ts';

/** The site's identity (content/site.yaml): read by the Starlight config, link previews and pages. */
export const siteSchema = z
  .object({
    /** The site's name as the header, page titles and link previews show it. */
    name: line(80),
    /** One or two sentences: the default description for search engines and link previews. */
    description: prose(40, 300),
  })
  .strict();

export type SiteConfig = z.output<typeof siteSchema>;
