import { z } from 'astro/zod';
import { isHexColour } from '../lib/colour.ts';
import { accentProblems } from '../lib/accent-palette.ts';
import { kebabId, line, prose } from './common.ts';

/** A named person who owns a role at the company that runs its own copy of the site. */
export const roleOwnerSchema = z
  .object({
    /** Their name as colleagues know it, e.g. "Priya Raman". */
    name: line(80),
    /** How to reach them: an email address or a web address (a profile or chat link). */
    contact: z.union([z.email({ message: 'must be an email address or an https:// address' }), z.url({ protocol: /^https$/ })], {
      message: 'must be an email address or an https:// address',
    }),
    /** Their team or department, e.g. "Digital commerce". */
    team: line(80).optional(),
  })
  .strict();

/** Where the site's content is kept, for the "Edit page" link on every page. */
const repositoryUrl = z
  .url({ protocol: /^https$/ })
  .refine((url) => /^(github\.com|gitlab\.com)$|(^|\.)gitlab\./.test(new URL(url).hostname), {
    message: 'must be a GitHub or GitLab repository address, e.g. https://github.com/your-company/playbook',
  });

/** The site's identity (content/site.yaml): read by the Starlight config, link previews, pages and the API. */
export const siteSchema = z
  .object({
    /** The site's name as the header, page titles, link previews, print and the API show it. */
    name: line(80),
    /**
     * A shorter name for narrow screens, where the full one would be cut off in the header (about 20
     * characters fit at 390 px). Part of the full name, word for word, because the full name stays
     * the accessible name of the title link and what is on screen must be part of it (WCAG 2.5.3).
     */
    shortName: line(24).optional(),
    /** One or two sentences: the default description for search engines and link previews. */
    description: prose(40, 300),
    /**
     * The public address the site is served at: canonical URLs, the sitemap, link previews, the API.
     * Until a copy has one, the build uses a documentation address (see siteUrl in src/site/site-config.ts).
     */
    url: z.url({ protocol: /^https?$/, message: 'must be the site’s public address, e.g. https://playbook.your-company.com' }).optional(),
    /**
     * The accent colour as `#rrggbb`: links, buttons and highlights in both themes, and the link
     * previews. The light theme uses it as given, the dark theme a lighter shade of the same hue;
     * every pair of accent and text must meet WCAG AA (4.5:1), which the build checks.
     */
    accent: z
      .string()
      .refine(isHexColour, { message: 'must be a colour written #rrggbb, e.g. "#1d4ed8"' })
      .superRefine((hex, ctx) => {
        if (isHexColour(hex)) for (const message of accentProblems(hex)) ctx.addIssue({ code: 'custom', message });
      }),
    /**
     * An optional logo shown before the name in the header: a path inside content/, e.g.
     * `brand/logo.svg` (SVG, PNG, WebP or JPEG). The name stays beside it and stays the link's name.
     */
    logo: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)[\w./-]+\.(svg|png|webp|jpe?g)$/i, {
        message: 'must be a path inside content/ to an .svg, .png, .webp or .jpg file, e.g. "brand/logo.svg"',
      })
      .optional(),
    /**
     * The repository the site is built from (GitHub or GitLab): every page then links "Edit page" to
     * its source file there, so colleagues propose a change where the content lives.
     */
    repository: repositoryUrl.optional(),
    /** The repository's branch the site is built from (default `main`). */
    branch: z
      .string()
      .regex(/^[\w./-]+$/, { message: 'must be a branch name, e.g. "main"' })
      .default('main'),
    /**
     * For a company that runs its own copy: the named owner of each role, by role id. Shown on the
     * role's playbook, its onboarding plan ("meet …") and the RACI matrix, and in /api/roles.json.
     */
    owners: z.record(kebabId, roleOwnerSchema).optional(),
  })
  .strict()
  .refine((site) => !site.shortName || site.name.includes(site.shortName), {
    message: 'must be part of the full name, word for word (what a reader sees must be part of the link’s name)',
    path: ['shortName'],
  });

export type SiteConfig = z.output<typeof siteSchema>;
export type RoleOwner = z.output<typeof roleOwnerSchema>;
