// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './astro.sidebar.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { tableFrame } from './src/integrations/table-frame.ts';
import { lazyChunks } from './src/integrations/lazy-chunk.ts';
import { notARedirect, oldUrlRedirects } from './src/integrations/redirects.ts';
import { accentStylesheet, ACCENT_CSS_MODULE } from './src/integrations/accent-css.ts';
import { editBaseUrl, readRoles, readSiteConfig, siteUrl } from './src/site/site-config.ts';
import { FEED_PATH } from './src/site/paths.ts';
import { searchRanking } from './src/search-ranking.ts';

const site = readSiteConfig();
const sidebarItems = sidebar(readRoles());

export default defineConfig({
  // Canonical URLs and the sitemap need the public address (content/site.yaml: url); SITE_URL
  // overrides it for one build, e.g. a preview deployment.
  site: process.env.SITE_URL || siteUrl(site),
  // content/ sits at the root (Starlight's docsLoader reads <srcDir>/content/docs).
  srcDir: '.',
  trailingSlash: 'always',
  // Render four pages at a time. A link-preview image missing from .cache/og/ is laid out by satori on
  // the main thread and rasterised by sharp on libuv threads, and four in flight overlap the two
  // (measured on 2 cores: 27–37 ms per image one at a time, 18–23 ms four at a time). With a warm
  // cache, 1 and 4 measured the same in build time and peak memory at 600 pages.
  build: { concurrency: 4 },
  // Widgets load their rarely used parts on first use (src/integrations/lazy-chunk.ts).
  vite: {
    plugins: [lazyChunks()],
    // The widgets' common base in two chunks instead of one per module: each file a page loads costs
    // its own gzip overhead, and the split by which pages share what made six small files.
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  { name: 'widget', test: /src\/widgets\/(widget-element|dom|clipboard)\.ts$/ },
                  { name: 'saving-widget', test: /src\/(widgets\/saving-widget-element|lib\/(saved-state|storage))\.ts$/ },
                ],
              },
            },
          },
        },
      },
    },
  },
  // `## Heading {#anchor}` gives sections explicit anchors that survive a reworded heading.
  // Wide tables scroll inside a focusable frame (src/integrations/table-frame.ts).
  markdown: { processor: satteri({ features: { headingAttributes: true }, hastPlugins: [tableFrame] }) },
  integrations: [
    contentGuard(),
    accentStylesheet(site.accent),
    starlight({
      title: site.name,
      description: site.description,
      sidebar: sidebarItems,
      customCss: ['./src/styles/site.css', ACCENT_CSS_MODULE],
      // "Edit page" opens the page's source in the repository (content/site.yaml: repository).
      editLink: { baseUrl: editBaseUrl(site) },
      // Feed readers find the changelog's feed from any page.
      head: [
        { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: `${site.name}: what changed`, href: FEED_PATH } },
      ],
      // The short site name on phones (content/site.yaml: shortName).
      components: { SiteTitle: './src/components/SiteTitle.astro' },
      // Starlight would date a page by its MDX file alone; src/route-middleware.ts sets the date from
      // all of the page's content files and the changelog instead.
      lastUpdated: false,
      routeMiddleware: './src/route-middleware.ts',
      pagefind: { ranking: searchRanking },
      // The validator checks that pages linked from Markdown/MDX exist. Anchors are checked by
      // the post-build step on the built HTML instead, because many are rendered by components it cannot see.
      plugins: [starlightLinksValidator({ errorOnInvalidHashes: false })],
    }),
    oldUrlRedirects(),
    // Starlight adds a sitemap itself unless one is configured: this one leaves out redirect pages.
    sitemap({ filter: notARedirect }),
    // /llms.txt lists the Markdown twins in the sidebar's sections.
    postBuild({ site, sidebar: sidebarItems }),
  ],
});
