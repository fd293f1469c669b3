// The data OwnershipScorecard.astro embeds for <ownership-scorecard>: the roles in display order with
// their level names and assessment statements, the owner kinds with their next moves, and the team
// shapes. Built on the server from the content, checked in the browser.
import { MAX_CODED_TEAM_SIZE } from '../lib/scorecard.ts';
import type { ScorecardSetup } from '../lib/scorecard-view.ts';
import { fullTeamSize } from '../lib/hiring-plan.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { OwnerKind } from '../schemas/owner-kind.ts';
import type { Role } from '../schemas/role.ts';
import type { TeamShape } from '../schemas/team-shape.ts';
import { teamOfAnchor } from '../site/anchors.ts';
import { OWNER_KINDS } from '../site/vocabulary.ts';
import { hasFields } from './widget-data.ts';

export type ScorecardData = ScorecardSetup;

export interface ScorecardContent {
  /** In display order. */
  roles: Pick<Role, 'id' | 'name' | 'shortName' | 'maturity'>[];
  /** In answer order. */
  owners: Pick<OwnerKind, 'id' | 'label' | 'move' | 'anchor'>[];
  assessments: Pick<Assessment, 'role' | 'statements'>[];
  shapes: Pick<TeamShape, 'size' | 'name' | 'fits' | 'people' | 'hireNext'>[];
  /** A role's playbook URL. */
  playbook: (roleId: string) => string;
  /** The page that describes the team shapes, e.g. "/start-small/". */
  teamShapesPage: string;
}

export function scorecardData(content: ScorecardContent): ScorecardData {
  const maxTeamSize = fullTeamSize(content.shapes);
  if (maxTeamSize > MAX_CODED_TEAM_SIZE)
    throw new Error(
      `content/team-shapes/${maxTeamSize}.yaml: size: the scorecard's share links hold the team size in one digit, so a team shape can have at most ${MAX_CODED_TEAM_SIZE} people`,
    );
  const statements = new Map(content.assessments.map((a) => [a.role, a.statements.map((s) => s.id)]));
  return {
    roles: content.roles.map((r) => ({
      id: r.id,
      name: r.name,
      shortName: r.shortName,
      levels: r.maturity.map((m) => m.name),
      statements: statements.get(r.id) ?? [],
      href: content.playbook(r.id),
    })),
    owners: content.owners.map(({ id, label, move, anchor }) => {
      const { gap, letter } = OWNER_KINDS.find((k) => k.id === id)!;
      return { id, label, move, anchor, gap, letter };
    }),
    teamShapes: [...content.shapes]
      .sort((a, b) => a.size - b.size)
      .map((s) => ({
        size: s.size,
        name: s.name,
        fits: s.fits,
        people: s.people.map(({ title, roles }) => ({ title, roles })),
        hireNext: s.hireNext,
        href: `${content.teamShapesPage}#${teamOfAnchor(s.size)}`,
      })),
    maxTeamSize,
  };
}

export const isScorecardData = hasFields<ScorecardData>({ roles: 'array', owners: 'array', teamShapes: 'array', maxTeamSize: 'number' });
