// Adds each page's Open Graph / Twitter preview image (rendered by pages/og/[...slug].png.ts).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { ogImagePath, OG_HEIGHT, OG_WIDTH } from './lib/og-image.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const image = new URL(ogImagePath(context.url.pathname), context.site ?? context.url).href;
  const { head, entry } = context.locals.starlightRoute;
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:width', content: String(OG_WIDTH) });
  meta({ property: 'og:image:height', content: String(OG_HEIGHT) });
  meta({ property: 'og:image:alt', content: entry.data.title });
  meta({ name: 'twitter:image', content: image });
});
