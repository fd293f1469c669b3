/** Rule "naming": the key field of every entry equals its file name, so URLs follow the file tree. */
import { DATA_COLLECTIONS, type CollectionName } from '../../site/collections.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

export function idsMatchFileNames(content: ParsedContent, problems: Problems): void {
  for (const name of Object.keys(DATA_COLLECTIONS) as CollectionName[]) {
    const { key } = DATA_COLLECTIONS[name];
    for (const entry of content[name]) {
      const value = String((entry.data as Record<string, unknown>)[key]);
      if (value !== entry.stem) problems.add(entry.file, key, `"${value}" must equal the file name "${entry.stem}"`);
    }
  }
}
