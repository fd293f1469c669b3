import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';

/** A B2B e-commerce term (`/glossary/#<id>`). */
export const glossaryTermSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#anchor` on /glossary/. */
    id: kebabId,
    /** The term as written, e.g. "Punchout". */
    term: line(60),
    /** Other spellings or expansions, e.g. "cXML punchout". */
    aka: z.array(line(60)).default([]),
    /** A definition a new hire understands, specific to B2B commerce. */
    definition: prose(40, 900),
    /** Related terms (ids in this collection). */
    related: z.array(refTo('glossary')).default([]),
  })
  .strict();

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
