// `import url from './part.ts?chunk'` gives the URL of part.ts built as a chunk of its own, so that a
// widget can load a part on first use with `import(url)`. A plain `import('./part.ts')` does the same,
// but Vite wraps it in its preload helper, and once a second script besides Starlight's search uses
// that helper it moves out of the search script into a chunk of its own that every page then loads.
// Modules the part shares with the page still go into shared chunks, exactly as with import().
import type { Plugin } from 'vite';

const QUERY = '?chunk';
const PREFIX = '\0chunk-url:';

export function lazyChunks(): Plugin {
  let serving = false;
  return {
    name: 'lazy-chunks',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      if (!resolved) this.error(`${source}: no such module (imported by ${importer})`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server serves any module by its file path; a build emits it with its exports intact.
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file, preserveSignature: 'strict' });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
