// Serves dist/ through Debian's nginx with the server block README.md documents for deployment, so
// the documented deployment is the tested one. Only what running it needs is added around the block:
// a loopback port, temp paths, the MIME types Debian's nginx.conf includes and, when asked, TLS.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH || '/usr/sbin/nginx';
export const OPENSSL_PATH = '/usr/bin/openssl';
export const hasNginx = existsSync(NGINX_PATH);
export const hasOpenssl = existsSync(OPENSSL_PATH);
export const NGINX_INSTALL = 'apt-get update && apt-get install -y nginx openssl';

/** The path the README's snippet serves; replaced by the real dist/ when the snippet is run. */
const DOCUMENTED_DIST = '/var/www/playbook/dist';

/** The `server { … }` block of the fenced nginx code in README.md's "Deploying" section, dedented. */
function readmeServerBlock(readme: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l.trim() === '## Deploying');
  if (start < 0) throw new Error('README.md has no "## Deploying" section, where the nginx server block is documented');
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const section = lines.slice(start + 1, next < 0 ? undefined : next);
  const open = section.findIndex((l) => l.trim() === '```nginx');
  const close = section.findIndex((l, i) => i > open && l.trim() === '```');
  if (open < 0 || close < 0) throw new Error('README.md\'s "Deploying" section has no fenced ```nginx code block');
  const block = section.slice(open + 1, close);
  const indent = Math.min(...block.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const text = block.map((l) => l.slice(indent)).join('\n');
  if (!text.startsWith('server {') || !text.trimEnd().endsWith('}'))
    throw new Error('README.md\'s nginx code block must be one "server { … }" block');
  if (!text.includes(DOCUMENTED_DIST)) throw new Error(`README.md's nginx server block must serve ${DOCUMENTED_DIST}`);
  return text;
}

interface NginxConfigOptions {
  /** The server block to run (see readmeServerBlock). */
  serverBlock: string;
  /** Absolute path of the built site. */
  dist: string;
  /** Folder for the pid file and nginx's temp folders. */
  runDir: string;
  port: number;
  tls?: { port: number; certificate: string; key: string };
  /** nginx's version, for the HTTP/2 directive its TLS listener takes. */
  version: string;
}

/** nginx's version ("1.22.1"), read from `nginx -v`; undefined when there is no nginx. */
function nginxVersion(): string | undefined {
  if (!hasNginx) return undefined;
  return /nginx\/(\d+\.\d+\.\d+)/.exec(spawnSync(NGINX_PATH, ['-v'], { encoding: 'utf8' }).stderr)?.[1];
}

/**
 * The TLS listener with HTTP/2, as any HTTPS host serves a site today. nginx 1.25.1 moved HTTP/2 from
 * `listen … http2` (now deprecated, with a warning) to its own `http2 on;`. Pure.
 */
export function tlsListen(port: number, version: string): string[] {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const hasHttp2Directive = major > 1 || (major === 1 && (minor > 25 || (minor === 25 && patch >= 1)));
  return hasHttp2Directive ? [`listen 127.0.0.1:${port} ssl;`, 'http2 on;'] : [`listen 127.0.0.1:${port} ssl http2;`];
}

/** A complete nginx.conf around the documented server block. Pure. */
function nginxConfig(o: NginxConfigOptions): string {
  const listen = [
    `listen 127.0.0.1:${o.port};`,
    ...(o.tls ? [...tlsListen(o.tls.port, o.version), `ssl_certificate ${o.tls.certificate};`, `ssl_certificate_key ${o.tls.key};`] : []),
  ];
  const [first, ...rest] = o.serverBlock.replaceAll(DOCUMENTED_DIST, o.dist).split('\n');
  const server = [first, ...listen.map((l) => `  ${l}`), ...rest].map((l) => `  ${l}`).join('\n');
  return `# Written for one test run around README.md's server block.
daemon off;
${isRoot() ? `# As root, workers would drop to "nobody", who may not read a checkout under /root.\nuser ${userInfo().username};\n` : ''}worker_processes 1;
pid ${o.runDir}/nginx.pid;
error_log stderr warn;
events {
  worker_connections 256;
}
http {
  # As Debian's /etc/nginx/nginx.conf does around its sites.
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${o.runDir}/client-body;
  proxy_temp_path ${o.runDir}/proxy;
  fastcgi_temp_path ${o.runDir}/fastcgi;
  uwsgi_temp_path ${o.runDir}/uwsgi;
  scgi_temp_path ${o.runDir}/scgi;
${server}
}
`;
}

const isRoot = () => process.getuid?.() === 0;

/** A port the loopback has free just now (nginx is started on it; a collision is retried). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer()
      .once('error', fail)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
  });
}

export interface RunningNginx {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** With `tlsHost`: the HTTPS listener, its certificate's SPKI pin (for Chromium) and the host it is made for. */
  https?: { host: string; port: number; spki: string };
  stop(): Promise<void>;
}

/** A self-signed certificate for `host`, valid two days; returns the files and the SPKI pin. */
function selfSignedCertificate(host: string, dir: string): { certificate: string; key: string; spki: string } {
  const certificate = join(dir, 'site.crt');
  const key = join(dir, 'site.key');
  const made = spawnSync(
    OPENSSL_PATH,
    // prettier-ignore
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-keyout', key, '-out', certificate],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate for ${host}:\n${made.stderr}`);
  const der = new X509Certificate(readFileSync(certificate)).publicKey.export({ type: 'spki', format: 'der' });
  return { certificate, key, spki: createHash('sha256').update(der).digest('base64') };
}

/**
 * Starts nginx in the foreground as a child process, serving `dist` with README.md's server block.
 * With `tlsHost`, it also answers HTTPS with a certificate made for that host name.
 */
export async function startNginx(options: { dist: string; tlsHost?: string }): Promise<RunningNginx> {
  const dist = resolve(options.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site: run \`npm run build\` first`);
  if (/[\s;{}'"]/.test(dist))
    throw new Error(`The README's server block cannot serve ${dist}: nginx needs a path without spaces or quotes`);
  const serverBlock = readmeServerBlock(readFileSync('README.md', 'utf8'));
  const runDir = mkdtempSync(join(tmpdir(), 'playbook-nginx-'));
  const cert = options.tlsHost ? selfSignedCertificate(options.tlsHost, runDir) : undefined;
  const version = nginxVersion() ?? '0.0.0';
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const tlsPort = cert ? await freePort() : 0;
    const conf = join(runDir, 'nginx.conf');
    writeFileSync(conf, nginxConfig({ serverBlock, dist, runDir, port, version, tls: cert && { port: tlsPort, ...cert } }));
    const child = spawn(NGINX_PATH, ['-e', 'stderr', '-p', runDir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d) => (log += d));
    const origin = `http://127.0.0.1:${port}`;
    const started = await untilServing(child, origin);
    if (started) {
      const stopOnExit = () => child.kill('SIGTERM');
      process.once('exit', stopOnExit);
      return {
        origin,
        https: cert && options.tlsHost ? { host: options.tlsHost, port: tlsPort, spki: cert.spki } : undefined,
        stop: async () => {
          process.off('exit', stopOnExit);
          if (child.exitCode === null) await new Promise((done) => (child.once('exit', done), child.kill('SIGTERM')));
          rmSync(runDir, { recursive: true, force: true });
        },
      };
    }
    if (!log.includes('Address already in use') || attempt === 3)
      throw new Error(`nginx did not start with README.md's server block (config kept in ${conf}):\n${log}`);
  }
}

/** Waits until nginx answers (true) or exits (false). Another server that took the port meanwhile is not nginx. */
async function untilServing(child: ChildProcess, origin: string): Promise<boolean> {
  const exited = new Promise<false>((done) => child.once('exit', () => done(false)));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) return false;
    const answered = await Promise.race([
      fetch(origin, { method: 'HEAD' }).then(
        (r) => !!r.headers.get('server')?.startsWith('nginx') && child.exitCode === null,
        () => false,
      ),
      exited,
    ]);
    if (answered) return true;
    if (child.exitCode !== null) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGTERM');
  return false;
}
