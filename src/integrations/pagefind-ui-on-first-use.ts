// Starlight's search imports `@pagefind/default-ui` when the page is idle; this resolves that one
// import to src/widgets/pagefind-ui-on-first-use.ts, which loads the real UI when the reader reaches
// for search. Built into the same chunk as Starlight's search script (SEARCH_CHUNK), the stand-in
// costs no request of its own.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PAGEFIND_UI = '@pagefind/default-ui';
const STAND_IN = fileURLToPath(new URL('../widgets/pagefind-ui-on-first-use.ts', import.meta.url));

/** Rolldown's code-splitting group that keeps Starlight's search script and the stand-in together. */
export const SEARCH_CHUNK = {
  name: 'search',
  test: /(@astrojs\/starlight\/dist\/components\/Search\.astro|src\/widgets\/pagefind-ui-on-first-use\.ts)/,
};

export function pagefindUiOnFirstUse(): Plugin {
  return {
    name: 'pagefind-ui-on-first-use',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === PAGEFIND_UI && importer?.includes('/@astrojs/starlight/')) return STAND_IN;
      return null;
    },
  };
}
