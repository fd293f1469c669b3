// dist/ served by nginx as README.md documents it, and one Chromium that reaches it two ways: at the
// loopback origin (browser tests) and at the site's public address from its canonical URLs, mapped
// to the same nginx over HTTPS (Lighthouse). Used by the browser tests' global setup and by
// `npm run audit:lighthouse`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_PATH, CHROMIUM_INSTALL, hasChromium, launchChromium } from './chromium.ts';
import { hasNginx, hasOpenssl, NGINX_INSTALL, NGINX_PATH, OPENSSL_PATH, startNginx } from './nginx.ts';

export interface BrowserHarness {
  /** Playwright endpoint of the shared Chromium. */
  wsEndpoint: string;
  /** DevTools port of the same Chromium, for Lighthouse. */
  debuggingPort: number;
  /** nginx on the loopback: http://127.0.0.1:<port>. */
  origin: string;
  /** The address the site was built for (its canonical URLs), which the Chromium resolves to nginx. */
  siteUrl: string;
  stop(): Promise<void>;
}

/** The public address a build was made for: robots.txt names its sitemap there. */
function builtSiteUrl(dist: string): URL {
  const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
  const sitemap = robots
    .split('\n')
    .find((l) => l.toLowerCase().startsWith('sitemap:'))
    ?.slice('sitemap:'.length)
    .trim();
  if (!sitemap) throw new Error(`${dist}/robots.txt names no sitemap, so the site's public address is unknown`);
  return new URL('/', sitemap);
}

/** What the harness needs and this machine lacks, as one line each with the way to install it. */
export function missingTools(): string[] {
  return [
    ...(hasChromium ? [] : [`no Chromium at ${CHROME_PATH}: ${CHROMIUM_INSTALL}`]),
    ...(hasNginx ? [] : [`no nginx at ${NGINX_PATH}: ${NGINX_INSTALL}`]),
    ...(hasOpenssl ? [] : [`no openssl at ${OPENSSL_PATH} (it makes nginx's test certificate): ${NGINX_INSTALL}`]),
  ];
}

export async function startBrowserHarness(dist = join(process.cwd(), 'dist')): Promise<BrowserHarness> {
  const site = builtSiteUrl(dist);
  const https = site.protocol === 'https:';
  const nginx = await startNginx({ dist, tlsHost: https ? site.hostname : undefined });
  try {
    const chrome = await launchChromium({
      host: site.hostname,
      target: `127.0.0.1:${https ? nginx.https!.port : new URL(nginx.origin).port}`,
      spki: nginx.https?.spki,
    });
    return {
      wsEndpoint: chrome.wsEndpoint,
      debuggingPort: chrome.debuggingPort,
      origin: nginx.origin,
      siteUrl: site.origin,
      stop: async () => {
        await chrome.close();
        await nginx.stop();
      },
    };
  } catch (error) {
    await nginx.stop();
    throw error;
  }
}
