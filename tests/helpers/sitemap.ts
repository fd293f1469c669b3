// The site's pages as the built sitemap lists them, as paths ("/roles/").
import { join } from 'node:path';
import { readSitemap } from '../../src/lib/built-site.ts';

export const sitemapPaths = (dist = join(process.cwd(), 'dist')): string[] => readSitemap(dist);
