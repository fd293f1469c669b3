import { z } from 'astro/zod';
import { TARGET_DIRECTION_IDS } from '../site/vocabulary.ts';
import { kebabId, line, prose, refTo } from './common.ts';

/** Where a target comes from: a public source that was read, or this site's own suggestion. */
export const targetSourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('public'),
      /** Who published it, e.g. "MeasuringU". */
      publisher: line(120),
      /** The title of the publication. */
      title: line(200),
      year: z.number().int().min(1990).max(2100),
      url: z.url(),
      /** The figure as the source states it, e.g. "average task completion rate 78% across about 1,200 tasks". */
      figure: line(300),
      /** How the source's measure maps onto this metric's definition, and where it differs. */
      fit: prose(20, 600),
    })
    .strict(),
  z
    .object({
      kind: z.literal('suggested'),
      /** Why this is a sensible starting point when no public number fits. Shown on the page. */
      reasoning: prose(60, 900),
    })
    .strict(),
]);

/** The target of a metric: a value, what good looks like at each maturity level, who approves it, and its source. */
export const targetSchema = z
  .object({
    /** The target as a reader states it, e.g. "≤ 2% of part-number searches". */
    value: line(160),
    /** Whether higher or lower is better, or the number should stay inside a range. */
    direction: z.enum(TARGET_DIRECTION_IDS),
    /** What the number looks like at maturity levels 1 to 5, in order. */
    levels: z.array(line(220)).length(5),
    /** Who approves the target: a role id other than the metric's owner, or a function outside the team ("finance"). */
    approvedBy: line(60),
    source: targetSourceSchema,
  })
  .strict();

/** For a metric that counts orders: which channels (ids in content/channels/) it counts above and below the line. */
export const channelScopeSchema = z
  .object({
    numerator: z.array(refTo('channels')).min(1),
    denominator: z.array(refTo('channels')).min(1),
  })
  .strict();

/** A KPI in the metrics catalogue (`/metrics/#<id>`). */
export const metricSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the `#anchor` on /metrics/. */
    id: kebabId,
    /** Display name, e.g. "Zero-result search rate". */
    name: line(80),
    /** What is counted, precisely enough that two analysts get the same number. */
    definition: prose(30, 600),
    /**
     * The formula in one notation: named terms joined by ÷, ×, + and −, no "× 100" (the unit says a
     * ratio is shown as a percentage), e.g. "submitted searches with 0 entitled products ÷ submitted searches".
     */
    formula: line(300),
    /** Where each term of the formula comes from: events of the tracking plan and ERP or PIM tables. */
    computedFrom: z.array(line(200)).min(1),
    /** For a metric that counts orders: its numerator and denominator channels. */
    channels: channelScopeSchema.optional(),
    /** The unit the number is expressed in. */
    unit: z.enum(['percent', 'currency', 'count', 'days', 'hours', 'minutes', 'ratio', 'score']),
    /** Id of the role that owns the number. */
    owner: refTo('roles'),
    /** Why the number matters in B2B commerce. */
    whyItMatters: prose(30, 600),
    /** Ways the number misleads or is gamed. */
    pitfalls: z.array(prose(15, 400)).min(1),
    target: targetSchema,
  })
  .strict();

export type Metric = z.output<typeof metricSchema>;
export type Target = z.output<typeof targetSchema>;
