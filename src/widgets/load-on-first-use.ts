// A widget's own script loads when the reader first reaches for the widget (pointer over it, a tap,
// focus inside it), not with the page: a first visit to a widget page ships only this file. It loads
// at once when there is something to show: a saved state the widget reads (its root lists the keys
// in data-saved-keys), a browser that refuses storage (the widget shows a banner), or a share link
// in the address. What the reader does before the script arrives is kept: a button pressed is
// pressed again, a form is not sent, and the fields changed are handed to the widget as it starts.
// Pointer and focus come first; a click, key or change is there too, for a screen reader's browse mode,
// which can activate a control without moving focus to it first.
const TRIGGERS = ['pointerover', 'pointerdown', 'focusin', 'keydown', 'click', 'change'] as const;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** What the reader left in a field before the script arrived, and the events that told of it. */
interface Change {
  types: Set<string>;
  checked: boolean;
  value: string;
}

/** Whether the widget has something to show before it is used: something saved, no storage, or a share link. */
function needed(root: HTMLElement): boolean {
  // An address that points at a section of the page is not a share link; anything else after `#`
  // is one for the widget to read, or to show a notice about (a broken one included).
  const hash = location.hash.slice(1);
  if (hash && !document.getElementById(hash)) {
    try {
      if (!document.getElementById(decodeURIComponent(hash))) return true;
    } catch {
      return true;
    }
  }
  const keys = root.dataset.savedKeys?.split(' ').filter(Boolean) ?? [];
  if (keys.length === 0) return false;
  try {
    return keys.some((key) => localStorage.getItem(key) !== null);
  } catch {
    return true;
  }
}

/** Loads `url` (a widget's script, from `?chunk`) for the <tag> elements of the page on first use. */
export function loadOnFirstUse(tag: string, url: string): void {
  const roots = [...document.querySelectorAll<HTMLElement>(tag)];
  const changed = new Map<Field, Change>();
  const pressed: HTMLElement[] = [];
  let loading = false;

  const hold = (e: Event) => {
    const target = e.target as HTMLElement;
    if (e.type === 'submit') return e.preventDefault();
    if (e.type === 'click') {
      const button = target.closest('button');
      if (button) {
        e.preventDefault();
        e.stopPropagation();
        pressed.push(button);
      }
      return;
    }
    // Kept as it is now: the widget's start may show its saved state over the reader's newer choice.
    const field = target as Field;
    const types = changed.get(field)?.types ?? new Set<string>();
    changed.delete(field);
    changed.set(field, { types: types.add(e.type), checked: (field as HTMLInputElement).checked, value: field.value });
  };
  const HELD = ['input', 'change', 'click', 'submit'] as const;

  const load = () => {
    if (loading) return;
    loading = true;
    for (const root of roots) for (const type of TRIGGERS) root.removeEventListener(type, load);
    removeEventListener('hashchange', load);
    import(/* @vite-ignore */ url).then(
      () => {
        for (const root of roots) for (const type of HELD) root.removeEventListener(type, hold, true);
        replay(changed, pressed);
      },
      () => {
        for (const root of roots) for (const type of HELD) root.removeEventListener(type, hold, true);
        for (const root of roots) {
          const box = root.querySelector<HTMLElement>('[data-part~="notice"]');
          const text = root.querySelector('[data-part~="notice-text"]');
          if (!box || !text) continue;
          text.textContent = 'This part of the page could not start. Reload the page to try again.';
          box.hidden = false;
        }
      },
    );
  };

  for (const root of roots) {
    // Parts that need the script show now: using one of them loads it.
    for (const part of root.querySelectorAll<HTMLElement>('[data-part~="with-script"]')) part.hidden = false;
    for (const type of HELD) root.addEventListener(type, hold, true);
    for (const type of TRIGGERS) root.addEventListener(type, load);
  }
  addEventListener('hashchange', load);
  if (roots.some(needed)) load();
}

/** Hands the widget what the reader did while its script was on the way, in the order it was done. */
function replay(changed: Map<Field, Change>, pressed: HTMLElement[]) {
  for (const [field, { types, checked, value }] of changed) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) field.checked = checked;
    else field.value = value;
    for (const type of types) field.dispatchEvent(new Event(type, { bubbles: true }));
  }
  for (const button of pressed) button.click();
}
