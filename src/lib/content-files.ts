/** Reads the content/ tree into a ContentSnapshot for the integrity check (Node only). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname, sep } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { ContentFile, ContentSnapshot } from './content-integrity.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** Parses YAML; a syntax error is kept on the file so the check reports it instead of crashing. */
function parseSafely(text: string): Pick<ContentFile, 'data' | 'syntaxError'> {
  try {
    return { data: parseYaml(text) ?? {} };
  } catch (error) {
    return { data: {}, syntaxError: (error as Error).message.split('\n')[0] };
  }
}

export function readContent(root: string): ContentSnapshot {
  const folder = (name: string): ContentFile[] =>
    walk(join(root, 'content', name))
      .filter((p) => p.endsWith('.yaml'))
      .sort()
      .map((p) => ({ file: relative(root, p).split(sep).join('/'), stem: basename(p, '.yaml'), ...parseSafely(readFileSync(p, 'utf8')) }));

  const docsRoot = join(root, 'content', 'docs');
  const pages = walk(docsRoot)
    .filter((p) => /\.mdx?$/.test(p))
    .sort()
    .map((p) => {
      const slug = relative(docsRoot, p)
        .split(sep)
        .join('/')
        .slice(0, -extname(p).length)
        .replace(/(^|\/)index$/, '');
      const match = FRONTMATTER.exec(readFileSync(p, 'utf8'));
      return { file: relative(root, p).split(sep).join('/'), stem: slug, ...parseSafely(match?.[1] ?? '') };
    });

  return {
    roles: folder('roles'),
    metrics: folder('metrics'),
    glossary: folder('glossary'),
    teamShapes: folder('team-shapes'),
    activities: folder('activities'),
    meetings: folder('meetings'),
    assessments: folder('assessments'),
    ownerKinds: folder('owner-kinds'),
    hiring: folder('hiring'),
    onboarding: folder('onboarding'),
    pages,
  };
}
