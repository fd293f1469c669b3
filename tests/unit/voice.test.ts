// A voice per role, one fact in one place: no five-word sentence opening in more than two role
// playbooks, no hand-written sentence of eight words or more in two content files.
import { describe, expect, it } from 'vitest';
import { readContent, type ContentFile } from '../../src/lib/content-files.ts';
import { mdxProse, opening, sentences, words, yamlProse } from '../../src/lib/prose.ts';

const content = readContent(process.cwd());
const roleIds = content.roles.map((r) => r.stem);
const proseOf = (file: ContentFile) => (file.body !== undefined ? mdxProse(file.body) : yamlProse(file.data));
const allFiles = [...Object.values(content).flat()].filter((f): f is ContentFile => typeof f === 'object' && 'file' in f);

describe('voice', () => {
  it('no five-word sentence opening stands in more than two role playbooks', () => {
    const rolesByOpening = new Map<string, Set<string>>();
    for (const id of roleIds) {
      const files = [content.pages.find((p) => p.stem === `roles/${id}`), content.roles.find((r) => r.stem === id)].filter(
        (f): f is ContentFile => !!f,
      );
      for (const s of files.flatMap(proseOf).flatMap(sentences)) {
        const key = opening(s);
        if (key) rolesByOpening.set(key, (rolesByOpening.get(key) ?? new Set()).add(id));
      }
    }
    const shared = [...rolesByOpening].filter(([, roles]) => roles.size > 2).map(([key, roles]) => `"${key}…" in ${[...roles].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('no hand-written sentence of eight words or more stands in two content files', () => {
    const filesBySentence = new Map<string, Set<string>>();
    for (const file of allFiles)
      for (const s of proseOf(file).flatMap(sentences)) {
        const w = words(s);
        if (w.length >= 8) filesBySentence.set(w.join(' '), (filesBySentence.get(w.join(' ')) ?? new Set()).add(file.file));
      }
    const repeated = [...filesBySentence].filter(([, files]) => files.size > 1).map(([s, files]) => `"${s}" in ${[...files].join(', ')}`);
    expect(repeated).toEqual([]);
  });
});
