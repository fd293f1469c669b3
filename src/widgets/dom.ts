// Elements that widgets build for their lists and tables. Apart from widget-element.ts so that the
// widgets which build none (job copy, onboarding checklist) do not load it.

/** An element with text and child nodes; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

export const link = (href: string, text: string) => Object.assign(el('a', text), { href });
