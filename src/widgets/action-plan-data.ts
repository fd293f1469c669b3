// The data ActionPlan.astro embeds for <action-plan>: every recommendation the site can make (each
// self-assessment statement's advice per answer, each owner kind's move), with its playbook link and
// the deciding roles of the decision it concerns. Built on the server from the content, checked in
// the browser; the element only picks and ranks from it with src/lib/plan.ts.
import type { PlanSetup } from '../lib/plan.ts';
import { fullTeamSize } from '../lib/hiring-plan.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { OwnerKind } from '../schemas/owner-kind.ts';
import type { Role } from '../schemas/role.ts';
import type { TeamShape } from '../schemas/team-shape.ts';
import { roleAnchorLabel, type AnchorNames } from '../site/anchors.ts';
import { MATURITY_MAX, OWNER_KINDS } from '../site/vocabulary.ts';
import { hasFields } from './widget-data.ts';

export type ActionPlanData = PlanSetup;

export interface ActionPlanContent {
  /** In display order. */
  roles: Pick<Role, 'id' | 'name' | 'maturity'>[];
  owners: Pick<OwnerKind, 'id' | 'move' | 'anchor' | 'decision'>[];
  assessments: Pick<Assessment, 'role' | 'statements'>[];
  /** Each decision's deciding roles by decision id, the one that answers for it first (decidingRoles). */
  decisions: ReadonlyMap<string, string[]>;
  shapes: Pick<TeamShape, 'size'>[];
  /** A role's playbook URL. */
  playbook: (roleId: string) => string;
  /** Labels of a role's playbook anchors (its headings and the content's names). */
  names: (roleId: string) => AnchorNames;
}

function deciders(decisions: ActionPlanContent['decisions'], id: string): string[] {
  const roles = decisions.get(id);
  if (!roles) throw new Error(`No decision "${id}" in content/decisions/ (run npm run check:content)`);
  return roles;
}

export function actionPlanData(content: ActionPlanContent): ActionPlanData {
  return {
    roles: content.roles.map((r) => {
      const playbook = content.playbook(r.id);
      const statements = content.assessments.find((a) => a.role === r.id)?.statements ?? [];
      return {
        id: r.id,
        name: r.name,
        href: playbook,
        levels: r.maturity.map((m) => m.name),
        statements: statements.map((s) => ({
          id: s.id,
          text: s.text,
          href: `${playbook}#${s.anchor}`,
          section: roleAnchorLabel(s.anchor, content.names(r.id)),
          decides: deciders(content.decisions, s.decision),
          // An answer at the top level is never below a target, so its advice is left out of the page.
          advice: s.answers.filter((a) => a.level < MATURITY_MAX).map((a) => a.advice ?? null),
          findOut: s.findOut,
        })),
      };
    }),
    owners: content.owners.map(({ id, move, anchor, decision }) => {
      const { gap, letter } = OWNER_KINDS.find((k) => k.id === id)!;
      return { id, gap, letter, move, anchor, decides: decision ? deciders(content.decisions, decision) : [] };
    }),
    maxTeamSize: fullTeamSize(content.shapes),
  };
}

export const isActionPlanData = hasFields<ActionPlanData>({ roles: 'array', owners: 'array', maxTeamSize: 'number' });
