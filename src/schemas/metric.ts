import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';

/** A KPI in the metrics catalogue (`/metrics/#<id>`). */
export const metricSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#anchor` on /metrics/. */
    id: kebabId,
    /** Display name, e.g. "Zero-result search rate". */
    name: line(80),
    /** What is counted, precisely enough that two analysts get the same number. */
    definition: prose(30, 600),
    /** The formula, in words and symbols, e.g. "searches with 0 results ÷ all searches". */
    formula: line(300),
    /** The unit the number is expressed in. */
    unit: z.enum(['percent', 'currency', 'count', 'days', 'hours', 'minutes', 'ratio', 'score']),
    /** Id of the role that owns the number. */
    owner: refTo('roles'),
    /** Why the number matters in B2B commerce. */
    whyItMatters: prose(30, 600),
    /** Ways the number misleads or is gamed. */
    pitfalls: z.array(prose(15, 400)).min(1),
  })
  .strict();

export type Metric = z.output<typeof metricSchema>;
