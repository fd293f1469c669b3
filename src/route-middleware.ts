// Adds each page's Open Graph / Twitter preview image (rendered by pages/og/[...slug].png.ts) and
// its "last changed" date: the newest commit of its content files, or the changelog where git
// history is missing or shallow (src/lib/changelog.ts).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath, OG_HEIGHT, OG_WIDTH } from './lib/og-image.ts';
import { lastChanged } from './lib/changelog.ts';
import { readGitDates } from './lib/git-history.ts';
import { changelogNewestFirst, once } from './components/data.ts';
import { CONTENT_DIR } from './site/collections.ts';
import { pageSources } from './site/page-sources.ts';

/** Git history of content/, read once per build (and once per request in `astro dev`). */
const contentGitDates = () => once('git-dates', async () => readGitDates(process.cwd(), [CONTENT_DIR]));

export const onRequest = defineRouteMiddleware(async (context) => {
  const image = new URL(ogImagePath(context.url.pathname), context.site ?? context.url).href;
  const route = context.locals.starlightRoute;
  const { head, entry } = route;
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:width', content: String(OG_WIDTH) });
  meta({ property: 'og:image:height', content: String(OG_HEIGHT) });
  meta({ property: 'og:image:alt', content: entry.data.title });
  meta({ name: 'twitter:image', content: image });
  const path = context.url.pathname;
  route.lastUpdated = lastChanged(
    path,
    pageSources(path, { filePath: entry.filePath, role: entry.data.role }),
    await contentGitDates(),
    await changelogNewestFirst(),
  );
});
