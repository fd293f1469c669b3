import { z } from 'astro/zod';
import { line, refTo } from './common.ts';

/**
 * Frontmatter this site adds to Starlight's docs pages. `role` ties a page to a role so that
 * role components render that role's data and the integrity guard can check the id.
 */
export const pageExtensionSchema = z.object({
  /** Id of the role this page belongs to (role playbooks and their sub-pages). */
  role: refTo('roles').optional(),
  /** On a guide (content/docs/guides/): the roles whose playbooks list it under "Guides for this role". */
  guideFor: z.array(refTo('roles')).min(1).optional(),
  /** On a guide: whom it is for, in a sentence, shown on its card on /guides/. */
  guideReader: line(240).optional(),
});
