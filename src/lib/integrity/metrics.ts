/**
 * Rule "metrics": the channels a metric counts exist; a target is approved by someone other than the
 * role that measures it; every formula uses the one notation (÷, no "× 100": the unit says percent).
 */
import { resolves } from './references.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

const TIMES_100 = /[×x*]\s*100\b/;

export function metricsAreSound(content: ParsedContent, problems: Problems): void {
  for (const { file, data } of content.metrics) {
    const at = problems.at(file);
    for (const side of ['numerator', 'denominator'] as const)
      data.channels?.[side].forEach((c, i) => resolves(content, at, `channels.${side}[${i}]`, 'channels', c));
    if (data.target.approvedBy === data.owner)
      at('target.approvedBy', `"${data.owner}" measures this metric, so someone else approves its target`);
    if (TIMES_100.test(data.formula)) at('formula', 'leave out "× 100": the unit says the ratio is shown as a percentage');
    if (data.unit === 'percent' && !data.formula.includes('÷')) at('formula', 'a percentage is a ratio: write it with ÷');
  }
}
