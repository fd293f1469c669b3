import { z } from 'astro/zod';
import { line, prose, refTo } from './common.ts';

/** One person in a team shape, and the role hats they wear. */
export const hatSchema = z.object({
  /** What the person is called in this team, e.g. "E-commerce manager". */
  title: line(80),
  /** Role ids this person covers; the first is their main hat. */
  roles: z.array(refTo('roles')).min(1),
  /** Why these hats combine well for one person. */
  why: prose(20, 500),
});

/** A team of a given size: who wears which hats, what to buy meanwhile, whom to hire next. */
export const teamShapeSchema = z
  .object({
    /** Number of internal people, from 1 up to the full team. Equals the file name, e.g. `3.yaml`. */
    size: z.number().int().min(1),
    /** Name of the shape, e.g. "The founding pair". */
    name: line(60),
    /** When this shape fits. */
    fits: prose(20, 500),
    /** One entry per person: the hats they wear. Together they cover every role. */
    people: z.array(hatSchema).min(1),
    /** What to buy from partners (systems integrator, agency, freelancer) at this size. */
    buyFromPartners: z.array(line(240)).min(1),
    /** The role to hire next when growing to the next size (absent for the largest shape, the full team). */
    hireNext: refTo('roles').optional(),
    /** Why that role comes next. */
    hireNextWhy: prose(20, 500).optional(),
    /** The risk this shape carries, and what never to skip. */
    risks: z.array(line(300)).min(1),
  })
  .strict()
  .refine((t) => t.people.length === t.size, { message: 'people must list exactly `size` persons', path: ['people'] });

export type TeamShape = z.output<typeof teamShapeSchema>;
