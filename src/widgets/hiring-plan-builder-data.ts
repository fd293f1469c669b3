// The data HiringPlanBuilder.astro embeds for <hiring-plan-builder>: role names and the team shapes
// the plan walks through. Built on the server from the content, checked in the browser.
import type { PlanShape } from '../lib/hiring-plan.ts';
import type { Role } from '../schemas/role.ts';
import type { TeamShape } from '../schemas/team-shape.ts';
import { hasFields } from './widget-data.ts';

export interface HiringPlanBuilderData {
  /** Role names by id. */
  names: Record<Role['id'], Role['name']>;
  shapes: PlanShape[];
}

export function hiringPlanBuilderData(
  roles: Pick<Role, 'id' | 'name'>[],
  shapes: Pick<TeamShape, 'size' | 'name' | 'people' | 'hireNext'>[],
): HiringPlanBuilderData {
  return {
    names: Object.fromEntries(roles.map((r) => [r.id, r.name])),
    shapes: shapes.map((s) => ({
      size: s.size,
      name: s.name,
      people: s.people.map(({ title, roles }) => ({ title, roles })),
      hireNext: s.hireNext,
    })),
  };
}

export const isHiringPlanBuilderData = hasFields<HiringPlanBuilderData>({ names: 'object', shapes: 'array' });
