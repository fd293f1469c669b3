// The one way server data reaches a widget's element: WidgetData.astro writes it as a JSON island
// inside the widget's root, readWidgetData reads it back and checks its shape. Each widget's
// contract (<name>-data.ts) declares the type and the check; both sides import it.

/** The island is `<script type="application/json" data-part="widget-data">`, a child of the widget's root. */
export const DATA_PART = 'widget-data';

/**
 * A check of a contract's top-level fields. The type makes it list every field, so a field added to
 * a contract cannot be forgotten here. It catches an island from another version of the page (a
 * cached page with a newer script) before the element reads a field that is not there.
 */
export function hasFields<T extends object>(kinds: { [K in keyof T]-?: 'string' | 'number' | 'object' | 'array' }) {
  return (value: unknown): value is T =>
    Object.entries(kinds).every(([name, kind]) => {
      const field: unknown = (value as Record<string, unknown> | null)?.[name];
      return kind === 'array' ? Array.isArray(field) : typeof field === kind && field !== null;
    });
}

/** The data embedded in `root` if `isData` accepts it; undefined for a missing, broken or mismatched island. */
export function readWidgetData<T>(root: Element, isData: (value: unknown) => value is T): T | undefined {
  try {
    const data: unknown = JSON.parse(root.querySelector(`:scope > [data-part="${DATA_PART}"]`)?.textContent ?? '');
    if (isData(data)) return data;
  } catch {
    // JSON that does not parse is as unusable as a missing island: the caller says so.
  }
  return undefined;
}
