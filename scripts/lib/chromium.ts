// The system Chromium, for the browser tests and Lighthouse. Never downloads a browser.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROME_PATH);
export const CHROMIUM_INSTALL = 'apt-get update && apt-get install -y chromium  (or set CHROME_PATH to a Chromium/Chrome binary)';

/** Flags for a headless Chromium in a sandbox with no network beyond the loopback: no calling home. */
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A host name the browser resolves to a local server, trusting that server's own certificate. */
export interface HostMapping {
  /** Host name as in the site's canonical URLs, e.g. playbook.example.com. */
  host: string;
  /** Where that host is served, e.g. 127.0.0.1:41234. */
  target: string;
  /** For HTTPS: base64 SHA-256 of the server certificate's public key, which Chromium then trusts. */
  spki?: string;
}

export interface RunningChromium {
  /** Playwright endpoint: `chromium.connect(wsEndpoint)`. */
  wsEndpoint: string;
  /** DevTools port of the same browser, for Lighthouse. */
  debuggingPort: number;
  close(): Promise<void>;
}

/**
 * Launches one headless Chromium that Playwright clients connect to (by wsEndpoint) and Lighthouse
 * drives (by DevTools port). With a host mapping, the site's public host name reaches the local
 * server over HTTPS, so pages are audited at the address their canonical URLs name.
 */
export async function launchChromium(mapping?: HostMapping): Promise<RunningChromium> {
  const args = [...CHROME_ARGS, '--remote-debugging-port=0'];
  if (mapping) args.push(`--host-resolver-rules=MAP ${mapping.host} ${mapping.target}`);
  if (mapping?.spki) args.push(`--ignore-certificate-errors-spki-list=${mapping.spki}`);
  const server: BrowserServer = await chromium.launchServer({ executablePath: CHROME_PATH, headless: true, args });
  return { wsEndpoint: server.wsEndpoint(), debuggingPort: devToolsPort(server), close: () => server.close() };
}

/** Chromium writes the port it chose for --remote-debugging-port=0 into its profile folder. */
function devToolsPort(server: BrowserServer): number {
  const profile = server
    .process()
    .spawnargs.find((a) => a.startsWith('--user-data-dir='))
    ?.slice('--user-data-dir='.length);
  if (!profile) throw new Error('Chromium was started without a profile folder: cannot find its DevTools port');
  const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Chromium wrote no DevTools port into ${profile}/DevToolsActivePort`);
  return port;
}
