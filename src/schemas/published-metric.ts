import { z } from 'astro/zod';
import { TARGET_DIRECTION_IDS } from '../site/vocabulary.ts';

/**
 * A KPI as published at /api/metrics.json (an array of these); the JSON Schema at
 * /api/metrics.schema.json is generated from this schema. Fields are added, never renamed or removed.
 */
export const publishedMetricSchema = z
  .object({
    id: z.string().describe('Permanent metric id; the anchor on /metrics/'),
    name: z.string(),
    definition: z.string(),
    formula: z.string(),
    unit: z.string(),
    owner: z.string().describe('Role id of the role that measures it'),
    target: z
      .object({
        value: z.string(),
        direction: z.enum(TARGET_DIRECTION_IDS),
        approvedBy: z.string().describe('Role id, or a function outside the e-commerce team'),
        source: z.discriminatedUnion('kind', [
          z
            .object({
              kind: z.literal('public'),
              publisher: z.string(),
              title: z.string(),
              year: z.number().int(),
              url: z.url(),
              figure: z.string(),
            })
            .strict(),
          z.object({ kind: z.literal('suggested'), reasoning: z.string() }).strict(),
        ]),
      })
      .strict(),
    url: z.url(),
  })
  .strict();

export const publishedMetricsSchema = z.array(publishedMetricSchema);
export type PublishedMetric = z.output<typeof publishedMetricSchema>;
