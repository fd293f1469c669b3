// The Markdown twin of a page: Starlight's chrome removed, its components and the widgets' forms said in Markdown.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/lib/html-page.ts';
import { mainElement, markdownTwin } from '../../src/lib/markdown-twin.ts';

const FACTS = { title: 'Fallback | Site', description: 'What the page is for.', url: 'https://playbook.test/roles/' };
const twinOf = (main: string) => {
  const element = mainElement(parseHtml(`<!doctype html><html><body><nav><a href="/">Home</a></nav><main>${main}</main></body></html>`));
  if (!element) throw new Error('no <main>');
  return markdownTwin(element, FACTS);
};

describe('the Markdown twin of a page', () => {
  it('takes its title from the page’s <h1>, quotes the description and names the page’s address', () => {
    const { title, markdown } = twinOf('<h1 id="_top">The six roles</h1><p>Body.</p>');
    expect(title).toBe('The six roles');
    expect(markdown).toBe('# The six roles\n\n> What the page is for.\n\nWeb page: <https://playbook.test/roles/>\n\nBody.\n');
  });

  it('says when the page last changed, from the date in its footer', () => {
    const { markdown } = twinOf(
      '<h1>T</h1><p>Body.</p><footer><p>Last updated: <time datetime="2026-12-02T02:30:55.000Z">Dec 2, 2026</time></p></footer>',
    );
    expect(markdown).toBe(
      '# T\n\n> What the page is for.\n\nWeb page: <https://playbook.test/roles/>\n\nLast changed: 2026-12-02\n\nBody.\n',
    );
  });

  it('falls back to the given title when the page has no <h1>', () => {
    expect(twinOf('<p>Body.</p>').markdown.startsWith('# Fallback | Site\n')).toBe(true);
  });

  it('drops heading anchor links, icons, buttons, hidden parts, scripts and the page footer', () => {
    const { markdown } = twinOf(
      '<h1>T</h1><div class="sl-heading-wrapper"><h2 id="kpis">KPIs</h2><a class="sl-anchor-link" href="#kpis"><span class="sr-only">Section titled “KPIs”</span></a></div>' +
        '<p>Kept<svg><title>icon</title></svg></p><button>Copy</button><p hidden>Result appears here</p><span aria-hidden="true">→</span>' +
        '<script>run()</script><template><p>later</p></template><footer><a href="/next/">Next</a></footer>',
    );
    expect(markdown).toContain('## KPIs\n\nKept\n');
    for (const gone of ['Section titled', 'icon', 'Copy', 'Result appears', '→', 'run()', 'later', 'Next'])
      expect(markdown).not.toContain(gone);
  });

  it('keeps links set side by side as buttons apart', () => {
    const { markdown } = twinOf(
      '<div class="actions"><a class="sl-link-button" href="/scorecard/">Score it</a><a href="/roles/">Meet the roles</a></div>',
    );
    expect(markdown).toContain('[Score it](/scorecard/) · [Meet the roles](/roles/)');
  });

  it('turns a Starlight aside into a block quote under its title', () => {
    const { markdown } = twinOf(
      '<aside aria-label="Watch out" class="starlight-aside"><p class="starlight-aside__title" aria-hidden="true">Watch out</p><div class="starlight-aside__content"><p>EDI orders count as digital.</p></div></aside>',
    );
    expect(markdown).toContain('> **Watch out**\n>\n> EDI orders count as digital.\n');
  });

  it('keeps a component’s table as a Markdown table, links and emphasis inside its cells', () => {
    const { markdown } = twinOf(
      '<table><thead><tr><th>Activity</th><th><a href="/roles/search-discovery/">Search</a></th></tr></thead><tbody><tr><td>Synonyms</td><td><strong>A</strong></td></tr></tbody></table>',
    );
    expect(markdown).toContain('| Activity | [Search](/roles/search-discovery/) |\n| - | - |\n| Synonyms | **A** |\n');
  });

  it('says a question as its legend and a list of its answers, a hint kept apart from its label', () => {
    const { markdown } = twinOf(
      '<fieldset><legend>Who owns it today?</legend>' +
        '<label><input type="radio" name="o" value="none"><span>No one<span class="hint">Nobody has it in a job description.</span></span></label>\n' +
        '<label><input type="radio" name="o" value="hat"><span>A part-time hat</span></label></fieldset>',
    );
    expect(markdown).toContain('**Who owns it today?**\n\n- No one: Nobody has it in a job description.\n- A part-time hat\n');
    expect(markdown).not.toContain('[ ]');
  });

  it('keeps a checklist task that is already a list item as one item, not a list in a list', () => {
    const { markdown } = twinOf(
      '<ul><li><label><input type="checkbox" value="t1"><span><span class="kind">Meet:</span> <strong>Meet the data owner</strong></span></label><p>Bring ten queries.</p></li></ul>',
    );
    expect(markdown).toContain('- Meet: **Meet the data owner**\n\n  Bring ten queries.\n');
  });

  it('keeps the boxed parts of a table cell apart, and reads a letter by its spoken name', () => {
    const { markdown } = twinOf(
      '<table><thead><tr><th>Activity</th><th>Search</th></tr></thead><tbody><tr><th scope="row"><span class="name">Fix zero-result searches</span><span class="desc">Work the weekly list.</span><span>Weekly.</span></th>' +
        '<td><span aria-hidden="true">AR</span><span class="sr-only">Accountable and responsible</span></td></tr></tbody></table>',
    );
    expect(markdown).toContain('| Fix zero-result searches: Work the weekly list. Weekly. | Accountable and responsible |');
  });
});
