/**
 * Rule "decisions": every decision names roles that exist, its RACI activity exists, and the
 * activity's accountable role is the decision's decider (or tie-breaker): the register and the matrix
 * cannot disagree.
 */
import { accountableRole } from '../../schemas/decision.ts';
import { resolves } from './references.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

export function decisionsAgree(content: ParsedContent, problems: Problems): void {
  for (const { file, data } of content.decisions) {
    const at = problems.at(file);
    data.decides.forEach((r, i) => resolves(content, at, `decides[${i}]`, 'roles', r));
    data.consulted.forEach((r, i) => resolves(content, at, `consulted[${i}]`, 'roles', r));
    data.informed.forEach((r, i) => resolves(content, at, `informed[${i}]`, 'roles', r));
    if (typeof data.escalation !== 'string') resolves(content, at, 'escalation.route', 'escalationRoutes', data.escalation.route);
    if (!data.activity || !resolves(content, at, 'activity', 'activities', data.activity)) continue;
    const activity = content.activities.find((a) => a.stem === data.activity)?.data;
    if (!activity) continue;
    const accountable = Object.entries(activity.raci).find(([, letter]) => letter === 'A' || letter === 'AR')?.[0];
    const decider = accountableRole(data);
    if (accountable !== decider)
      at(
        'activity',
        `"${data.activity}" makes "${accountable}" accountable, but this decision is decided by "${decider}": the two must agree`,
      );
  }
}
