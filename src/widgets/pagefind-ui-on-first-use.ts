// Starlight's search imports the Pagefind UI (28 KB gzip) on every page as soon as the page is idle.
// On a slow phone connection that download races the page's own first paint, and Lighthouse counts
// it as render-blocking when it wins. This module stands in for the UI (Starlight's import of
// `@pagefind/default-ui` resolves here, src/integrations/pagefind-ui-on-first-use.ts) and loads the
// real one when the reader reaches for search: a pointer over the search button, a tap, focus on it,
// or the dialog opening from the keyboard (Ctrl+K, ⌘K).
import uiUrl from '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs?chunk';

type Options = { element: string } & Record<string, unknown>;
type PagefindModule = { PagefindUI: new (options: Options) => unknown };

const TRIGGERS = ['pointerover', 'pointerdown', 'focusin'] as const;

export class PagefindUI {
  constructor(options: Options) {
    const search = document.querySelector('site-search');
    const button = search?.querySelector('button[data-open-modal]');
    const dialog = search?.querySelector('dialog');
    let loading: Promise<void> | undefined;
    const load = () => {
      loading ??= (import(/* @vite-ignore */ uiUrl) as Promise<PagefindModule>).then(
        ({ PagefindUI: RealUI }) => {
          document.querySelector(options.element)?.replaceChildren(); // a failed attempt's notice
          new RealUI(options);
          // Opened before the UI arrived: Starlight focused a search field that was not there yet.
          if (dialog?.open) dialog.querySelector('input')?.focus();
        },
        () => {
          loading = undefined; // the next reach for search tries again
          const notice = document.createElement('p');
          notice.setAttribute('role', 'status');
          notice.textContent = 'Search could not load. Check the connection and open search again.';
          document.querySelector(options.element)?.replaceChildren(notice);
        },
      );
    };
    // Starlight enables the button before the page is idle: the reader may be there already.
    if (dialog?.open || button?.matches(':hover, :focus')) load();
    for (const type of TRIGGERS) button?.addEventListener(type, load, { passive: true });
    dialog?.addEventListener('toggle', load);
    window.addEventListener('keydown', (e) => (e.metaKey || e.ctrlKey) && e.key === 'k' && load());
  }
}
