// A minimal static file server for dist/ on a random loopback port (browser tests only).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
};

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/** The headers dist/_headers gives every path ("/*"), as a static host would send them. */
async function hostHeaders(root: string): Promise<Record<string, string>> {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  return Object.fromEntries([...text.matchAll(/^\s+([A-Za-z-]+):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()]));
}

export async function serveDist(root = join(process.cwd(), 'dist'), port = 0): Promise<RunningServer> {
  const headers = await hostHeaders(root);
  const server: Server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
