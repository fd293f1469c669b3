// A Markdown table wider than the text column scrolls sideways. Starlight makes the <table> itself the
// scroll container, which a keyboard cannot reach (axe: scrollable-region-focusable), so each table is
// wrapped in a focusable, labelled region that scrolls instead (styled in src/styles/site.css).
import type { satteri } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

export const tableFrame: HastPlugin = {
  name: 'table-frame',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      // The header row names the region for a screen reader ("Table: Candidate, Reach a year, …").
      type Element = typeof table;
      const elements = (node: Element, tag: string): Element[] =>
        node.children.filter((c): c is Element['children'][number] & Element => c.type === 'element' && c.tagName === tag);
      const row = elements(table, 'thead').flatMap((head) => elements(head, 'tr'))[0];
      const label = row
        ? elements(row, 'th')
            .map((th) => ctx.textContent(th).trim())
            .join(', ')
        : '';
      ctx.wrapNode(table, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-frame'], tabIndex: 0, role: 'region', ariaLabel: `Table${label ? `: ${label}` : ''}` },
        children: [],
      });
    },
  },
};
