// /changelog.xml: the changelog (content/changelog/) as an RSS 2.0 feed, newest first, each item
// linking to its entry on /changelog/. Every page's head links here (astro.config.mjs).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { changelogNewestFirst } from '../src/components/data.ts';
import { pageTitles, siteConfig } from '../src/components/pages.ts';
import { changePath } from '../src/site/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const titles = await pageTitles();
  return rss({
    title: `${siteConfig.name}: what changed`,
    description: `Changes to ${siteConfig.name}, newest first, each with the pages it touched.`,
    site: site!,
    // An item links to an #anchor of /changelog/: nothing may be appended after it.
    trailingSlash: false,
    items: (await changelogNewestFirst()).map((entry) => ({
      title: entry.title,
      pubDate: entry.date,
      description: entry.summary,
      link: changePath(entry.id),
      // The pages it touched, by title (the guard made sure each path is a page).
      categories: entry.pages.map((path) => titles.get(path) ?? path),
    })),
    customData: '<language>en</language>',
  });
};
