// /og/<page path>.png: the 1200×630 link preview of every public page, rendered at build time and
// reused from .cache/og/ (or $OG_CACHE_DIR) when the page's card has not changed since an earlier build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { publicPages, siteConfig, type PublicPage } from '../../src/components/pages.ts';
import { ogImagePath, ogLayout } from '../../src/lib/og-image.ts';
import { ogImages } from '../../src/lib/og-render.ts';

export const getStaticPaths = (async () =>
  (await publicPages()).map((page) => ({
    params: { slug: ogImagePath(page.path).slice('/og/'.length, -'.png'.length) },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PublicPage }> = async ({ props }) =>
  new Response(new Uint8Array(await ogImages(fileURLToPath(root)).image(ogLayout(props.page, siteConfig))), {
    headers: { 'Content-Type': 'image/png' },
  });
