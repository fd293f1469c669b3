/**
 * Link-preview images kept across builds (Node only). An image is stored under the SHA-256 of
 * everything it shows: the layout tree (title, description, section, site name, every style) and a
 * fingerprint of the renderer (font bytes, renderer versions, RENDER_VERSION). An unchanged page
 * reuses its file; any change to what the card shows, or to how it is drawn, renders it again.
 *
 * The folder holds plain PNG files, `<key>.png`. A file is served only when it is an intact PNG of the
 * expected size (signature, every chunk's CRC, IHDR first and IEND last), so a truncated or damaged
 * file is rendered again and replaced. Writes go to a temporary file in the same folder and are
 * renamed into place, so two builds sharing the folder never read half a file. A hit refreshes the
 * file's time; files unused for `maxAgeDays` are deleted, so a folder a CI keeps does not grow forever.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export interface OgImageCacheOptions<Input> {
  /** The cache folder; created when missing. */
  dir: string;
  /** What every image depends on besides its input (fonts, renderer versions). */
  fingerprint: string;
  /** Draws one image; called only on a miss. */
  render: (input: Input) => Promise<Uint8Array>;
  /** The size every stored image must have; a file of another size is rendered again. */
  width: number;
  height: number;
  /** Files not used for this many days are deleted when the cache is opened (default 30). */
  maxAgeDays?: number;
}

export interface OgImageCache<Input> {
  /** The image for `input`: from the folder when an intact copy is there, else rendered and stored. */
  image(input: Input): Promise<Uint8Array>;
  /** Counts since the cache was opened. */
  readonly stats: { reused: number; rendered: number; discarded: number };
}

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const TEMP_SUFFIX = '.tmp';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The file name an input is stored under: hex SHA-256 of the fingerprint and the input as JSON. */
export function ogCacheKey(fingerprint: string, input: unknown): string {
  return createHash('sha256').update(fingerprint).update('\0').update(JSON.stringify(input)).digest('hex');
}

/**
 * True when `bytes` is a complete PNG of `width`×`height`: the signature, then chunks whose lengths
 * add up to the file's end and whose CRCs all match, IHDR first and IEND last.
 */
export function isIntactPng(bytes: Uint8Array, width: number, height: number): boolean {
  if (bytes.length < PNG_SIGNATURE.length || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) return false;
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (first && (type !== 'IHDR' || length < 8 || view.getUint32(offset + 8) !== width || view.getUint32(offset + 12) !== height))
      return false;
    first = false;
    if (type === 'IEND') return end === bytes.length;
    offset = end;
  }
  return false;
}

/** Deletes images unused for `maxAgeDays` and temporary files a crashed build left behind (older than a day). */
function prune(dir: string, maxAgeDays: number): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const maxAge = name.endsWith(TEMP_SUFFIX) ? DAY_MS : name.endsWith('.png') ? maxAgeDays * DAY_MS : undefined;
    if (maxAge === undefined) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > maxAge) rmSync(join(dir, name), { force: true });
    } catch {
      // Another build removed or replaced it meanwhile: nothing to do.
    }
  }
}

export function createOgImageCache<Input>(options: OgImageCacheOptions<Input>): OgImageCache<Input> {
  const { dir, fingerprint, render, width, height, maxAgeDays = 30 } = options;
  mkdirSync(dir, { recursive: true });
  prune(dir, maxAgeDays);
  const stats = { reused: 0, rendered: 0, discarded: 0 };

  async function stored(file: string): Promise<Uint8Array | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch {
      return undefined;
    }
    if (isIntactPng(bytes, width, height)) return bytes;
    stats.discarded++;
    return undefined;
  }

  return {
    stats,
    async image(input) {
      const file = join(dir, `${ogCacheKey(fingerprint, input)}.png`);
      const hit = await stored(file);
      if (hit) {
        stats.reused++;
        const now = new Date();
        await utimes(file, now, now).catch(() => undefined);
        return hit;
      }
      const bytes = await render(input);
      stats.rendered++;
      const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
      try {
        await writeFile(temp, bytes);
        await rename(temp, file);
      } catch (error) {
        // A cache that cannot be written (read-only folder, full disk) costs speed, not the build.
        await rm(temp, { force: true });
        process.emitWarning(`link-preview cache: could not store ${file}: ${(error as Error).message}`);
      }
      return bytes;
    },
  };
}
