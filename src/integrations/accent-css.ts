// The accent palette of content/site.yaml as a stylesheet module, `virtual:site-accent.css`, that the
// Starlight config lists in customCss: it is bundled with the site's other CSS (no request or inline
// style of its own) and changes whenever the accent colour does.
import type { AstroIntegration } from 'astro';
import { accentCss, accentPalette } from '../lib/accent-palette.ts';

export const ACCENT_CSS_MODULE = 'virtual:site-accent.css';
// Vite's CSS pipeline recognises the module by its .css ending; \0 marks it as virtual.
const RESOLVED = `\0${ACCENT_CSS_MODULE}`;

export function accentStylesheet(accent: string): AstroIntegration {
  return {
    name: 'site-accent-css',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site-accent-css',
                resolveId: (id: string) => (id === ACCENT_CSS_MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? accentCss(accentPalette(accent)) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
