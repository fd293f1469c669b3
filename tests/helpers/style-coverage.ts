// Which pages a check must visit so that every element name, class and inline style the site's pages
// carry is seen at least once (HtmlPage.styleHooks): a colour check needs every styled thing once, not
// every page, since pages with the same hooks are styled alike. (A selector that combines hooks, such
// as `td .badge`, could still tell two such pages apart; every combination would mean every page.)

/** `required` (in order), then further pages, each the one adding the most unseen hooks, until every hook is seen. */
export function pagesCoveringStyles(pages: { path: string; styleHooks: ReadonlySet<string> }[], required: string[]): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const chosen = [...required];
  const covered = new Set<string>();
  for (const path of required) {
    const page = byPath.get(path);
    if (!page) throw new Error(`${path} is not a built page`);
    for (const hook of page.styleHooks) covered.add(hook);
  }
  for (;;) {
    const gain = (p: (typeof pages)[number]) => [...p.styleHooks].filter((h) => !covered.has(h)).length;
    const next = pages
      .filter((p) => !chosen.includes(p.path))
      .reduce<(typeof pages)[number] | undefined>((best, p) => (gain(p) > (best ? gain(best) : 0) ? p : best), undefined);
    if (!next) return chosen;
    chosen.push(next.path);
    for (const hook of next.styleHooks) covered.add(hook);
  }
}
