// /og/<page path>.png: the 1200×630 link preview of every public page, rendered at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publicPages, siteConfig, type PublicPage } from '../../src/components/pages.ts';
import { ogImagePath, renderOgImage } from '../../src/lib/og-image.ts';

export const getStaticPaths = (async () =>
  (await publicPages()).map((page) => ({
    params: { slug: ogImagePath(page.path).slice('/og/'.length, -'.png'.length) },
    props: { page },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PublicPage }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.page, siteConfig.name)), {
    headers: { 'Content-Type': 'image/png' },
  });
