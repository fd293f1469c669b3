// /api/metrics.json: the KPI catalogue with each target and its source; JSON Schema at /api/metrics.schema.json.
import type { APIRoute } from 'astro';
import { metricsById } from '../../src/components/data.ts';
import { metricPath } from '../../src/site/paths.ts';
import type { PublishedMetric } from '../../src/schemas/published-metric.ts';

export const GET: APIRoute = async ({ site }) => {
  const metrics: PublishedMetric[] = [...(await metricsById()).values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, name, definition, formula, unit, owner, target }) => ({
      id,
      name,
      definition,
      formula,
      unit,
      owner,
      target: {
        value: target.value,
        direction: target.direction,
        approvedBy: target.approvedBy,
        source:
          target.source.kind === 'public'
            ? (({ fit: _fit, ...rest }) => rest)(target.source)
            : { kind: 'suggested' as const, reasoning: target.source.reasoning },
      },
      url: new URL(metricPath(id), site).href,
    }));
  return new Response(JSON.stringify(metrics, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
