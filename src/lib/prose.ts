import { isKebabId } from '../site/vocabulary.ts';

/**
 * Sentences of the site's hand-written prose, for the voice checks: Markdown bodies (without code,
 * headings, tables, imports and component tags) and the string values of YAML data. Pure.
 */

/** Visible text of a Markdown line: links become their text, emphasis and code marks are dropped. */
function plain(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\{#[a-z0-9-]+\}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Prose paragraphs of an MDX body: no frontmatter, imports, component tags, headings, tables or code. */
export function mdxProse(body: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inCode = false;
  const flush = () => {
    if (current.length) paragraphs.push(plain(current.join(' ')));
    current = [];
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      inCode = !inCode;
      flush();
      continue;
    }
    if (
      inCode ||
      line === '' ||
      line.startsWith('import ') ||
      line.startsWith('#') ||
      line.startsWith('|') ||
      line.startsWith('<') ||
      line.startsWith('{')
    ) {
      flush();
      continue;
    }
    if (/^([-*]|\d+\.)\s/.test(line)) flush(); // a list item is a paragraph of its own
    current.push(line.replace(/^([-*]|\d+\.)\s+/, ''));
  }
  flush();
  return paragraphs.filter(Boolean);
}

/** Every string value in parsed YAML data (nested objects and lists included), except ids, which are not prose. */
export function yamlProse(data: unknown): string[] {
  if (typeof data === 'string') return isKebabId(data) ? [] : [plain(data)];
  if (Array.isArray(data)) return data.flatMap(yamlProse);
  if (data && typeof data === 'object') return Object.values(data).flatMap(yamlProse);
  return [];
}

/** Sentences of a paragraph, split after . ! ? or : followed by a space and a capital or a digit. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lower-case words of a sentence, punctuation dropped, for comparing sentences. */
export const words = (sentence: string): string[] =>
  sentence
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^a-z0-9'%]+/)
    .filter(Boolean);

/** The first `n` words of a sentence, as a comparison key; undefined for a shorter sentence. */
export function opening(sentence: string, n = 5): string | undefined {
  const w = words(sentence);
  return w.length >= n ? w.slice(0, n).join(' ') : undefined;
}
