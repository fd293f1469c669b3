import { z } from 'astro/zod';
import { KEBAB_CASE } from '../site/vocabulary.ts';

/** A kebab-case identifier, as used in file names, URLs and `#anchors`. */
export const kebabId = z
  .string()
  .regex(KEBAB_CASE, { message: 'must be kebab-case (lowercase letters, digits and single hyphens), e.g. "search-discovery"' });

/**
 * An id that points at an entry of another collection. Astro's own `reference()` only logs a
 * broken link and lets the build pass, so every reference here is a plain id that the
 * content-integrity guard (src/lib/integrity/references.ts) resolves and fails the build on.
 */
export const refTo = (collection: string) => kebabId.describe(`id of an entry in the "${collection}" collection`);

/** One line of prose: non-empty, trimmed, no line breaks. */
export const line = (max = 400) =>
  z
    .string()
    .trim()
    .min(3, { message: 'is too short to say anything' })
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !s.includes('\n'), { message: 'must be a single line' });

/** A paragraph or two of prose. */
export const prose = (min = 20, max = 1200) =>
  z
    .string()
    .trim()
    .min(min, { message: `must be at least ${min} characters` })
    .max(max, { message: `must be at most ${max} characters` });
