/**
 * Old URLs that keep working (the list is src/redirects.ts), in one place: the redirect pages (a
 * route injected here, ./redirect-page.astro), `_redirects` for hosts that answer with a real 301,
 * and the sitemap filter that leaves the redirect pages out.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { redirects } from '../redirects.ts';

/** What is wrong with a redirect list, as messages naming the entry; empty when every entry is usable. */
export function redirectProblems(list: Readonly<Record<string, string>>): string[] {
  return Object.entries(list).flatMap(([from, to]) => [
    ...(from.startsWith('/') && from.endsWith('/') && from.length > 1 ? [] : [`"${from}" must be a path that starts and ends with "/"`]),
    ...(to.startsWith('/') ? [] : [`"${from}" → "${to}": the target must be a path on this site, starting with "/"`]),
    ...(to in list ? [`"${from}" → "${to}": the target is itself redirected; point at the final page`] : []),
  ]);
}

/** The static paths of the redirect route: one page per old URL, given the new one. */
export const redirectPaths = (list: Readonly<Record<string, string>> = redirects) =>
  Object.entries(list).map(([from, to]) => ({ params: { redirect: from.slice(1, -1) }, props: { to } }));

/** `_redirects` for Netlify and Cloudflare Pages: real 301s, which keep the #anchor. */
export const redirectsFile = (list: Readonly<Record<string, string>> = redirects) =>
  `${Object.entries(list)
    .map(([from, to]) => `${from} ${to} 301`)
    .join('\n')}\n`;

/** Filter for @astrojs/sitemap: a redirect page is not a page of the site. */
export const notARedirect = (pageUrl: string) => !(new URL(pageUrl).pathname in redirects);

export function oldUrlRedirects(): AstroIntegration {
  return {
    name: 'redirects',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        const problems = redirectProblems(redirects);
        if (problems.length > 0) throw new Error(`src/redirects.ts:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
        injectRoute({ pattern: '/[...redirect]', entrypoint: new URL('./redirect-page.astro', import.meta.url), prerender: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_redirects', dir), redirectsFile());
        logger.info(`${Object.keys(redirects).length} old URLs: redirect pages and _redirects`);
      },
    },
  };
}
