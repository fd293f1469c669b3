/**
 * What the ownership scorecard shows, as text and numbers: the form's state, results, gaps, moves
 * and the team shape (history, the team comparison and the exports are in scorecard-tools.ts and
 * scorecard-trend.ts, which the page loads on first use). Pure; the element only puts it in the DOM. Names and wording come from the content the page embeds (ScorecardSetup).
 */
import type { Statement } from '../schemas/assessment.ts';
import type { OwnerKind } from '../schemas/owner-kind.ts';
import type { MaturityLevel, Role } from '../schemas/role.ts';
import type { TeamShape } from '../schemas/team-shape.ts';
import { MATURITY_MAX, type OwnerId } from '../site/vocabulary.ts';
import { completedLevel, type SavedAssessments } from './assessment.ts';
import type { PlanShape } from './hiring-plan.ts';
import {
  RADAR,
  radarPoints,
  rankGaps,
  roleScores,
  type DecodedShare,
  type OwnerCode,
  type RoleScore,
  type SavedScorecard,
  type ScorecardRules,
} from './scorecard.ts';

interface ScorecardRole extends Pick<Role, 'id' | 'name' | 'shortName'> {
  /** Names of the role's maturity levels, level 1 first. */
  levels: MaturityLevel['name'][];
  /** Statement ids of the role's self-assessment, to tell whether it is complete. */
  statements: Statement['id'][];
  /** The role's playbook page. */
  href: string;
}
/** An owner kind: its wording from content/owner-kinds, its gap and share letter from OWNER_KINDS. */
type ScorecardOwner = Pick<OwnerKind, 'id' | 'label' | 'move' | 'anchor'> & OwnerCode;
type ScorecardShape = PlanShape & Pick<TeamShape, 'fits'> & { href: string };

/** The content the scorecard works with, in display order. */
export interface ScorecardSetup {
  roles: ScorecardRole[];
  owners: ScorecardOwner[];
  teamShapes: ScorecardShape[];
  /** The largest team shape's size. */
  maxTeamSize: number;
}

export const NO_SCORES_YET = 'Answer who owns each role and how mature it is to see your results.';
export const NO_SNAPSHOTS_YET = 'No snapshots yet. Save one to see what changes next time.';
export const NO_TEAM_SIZE_YET = 'Choose your team size above to see how others of that size combine the roles.';

/** The results on screen: someone's shared results, or the reader's own with measured levels first. */
export interface Shown {
  scores: Record<string, RoleScore>;
  teamSize: number | null;
  shared: boolean;
}

export const ids = (setup: ScorecardSetup) => setup.roles.map((r) => r.id);

/** What the scorecard's data gives scores and share codes: the roles in display order, the owner kinds, the largest team. */
export const rulesOf = (setup: ScorecardSetup): ScorecardRules => ({
  roleIds: ids(setup),
  owners: setup.owners,
  maxTeamSize: setup.maxTeamSize,
});
export const nameOf = (setup: ScorecardSetup, id: string) => setup.roles.find((r) => r.id === id)?.name ?? id;
export const ownerLabel = (setup: ScorecardSetup, id: OwnerId | null) =>
  id ? (setup.owners.find((o) => o.id === id)?.label ?? id) : 'not answered';

export function shown(
  setup: ScorecardSetup,
  saved: SavedScorecard,
  assessed: Record<string, number | null>,
  shared: DecodedShare | null,
): Shown {
  return shared
    ? { ...shared, shared: true }
    : { scores: roleScores(saved.current, ids(setup), assessed), teamSize: saved.current.teamSize, shared: false };
}

/** Each role's level from a completed self-assessment (saved by the assessment pages), or null. */
export function assessedLevels(setup: ScorecardSetup, answers: SavedAssessments): Record<string, number | null> {
  return Object.fromEntries(setup.roles.map((r) => [r.id, completedLevel(r.statements, answers.roles[r.id]?.answers ?? {})]));
}

export interface FormView {
  teamSize: number | null;
  /** A shared view is read-only. */
  locked: boolean;
  roles: {
    id: string;
    owner: OwnerId | null;
    rating: number | null;
    /** "level 3, Managed" when a completed self-assessment gives the level instead of the quick rating. */
    assessed: string | null;
  }[];
}

export function scorecardForm(setup: ScorecardSetup, saved: SavedScorecard, assessed: Record<string, number | null>, on: Shown): FormView {
  return {
    teamSize: on.teamSize,
    locked: on.shared,
    roles: setup.roles.map((r) => {
      const level = on.shared ? null : (assessed[r.id] ?? null);
      return {
        id: r.id,
        owner: on.scores[r.id]?.owner ?? null,
        rating: on.shared ? (on.scores[r.id]?.maturity ?? null) : (saved.current.roles[r.id]?.rating ?? null),
        assessed: level === null ? null : `level ${level}, ${r.levels[level - 1]}`,
      };
    }),
  };
}

export interface ScorecardView {
  summary: string;
  /** The reader's polygon on the radar, as an SVG points list. */
  radar: string;
  rows: { id: string; owner: string; maturity: string; priority: string }[];
  gaps: string[];
  moves: { text: string; href: string; link: string }[];
  team: { name: string; fits: string; people: string[]; next: string; href: string } | null;
}

export function scorecardView(setup: ScorecardSetup, on: Shown): ScorecardView {
  const roleIds = ids(setup);
  const name = (id: string) => nameOf(setup, id);
  const { scores } = on;
  const gaps = rankGaps(scores, rulesOf(setup));
  const answered = roleIds.filter((id) => scores[id]?.owner && scores[id]?.maturity).length;
  const shape = setup.teamShapes.find((s) => s.size === on.teamSize);
  return {
    summary:
      answered === 0
        ? NO_SCORES_YET
        : `${answered} of ${roleIds.length} roles scored.${gaps[0] ? ` Most urgent: ${name(gaps[0].role)}.` : ''}`,
    radar: radarPoints(
      roleIds.map((id) => scores[id]?.maturity ?? 0),
      MATURITY_MAX,
      RADAR.radius,
      RADAR.width / 2,
      RADAR.height / 2,
    )
      .map((p) => p.join(','))
      .join(' '),
    rows: roleIds.map((id) => ({
      id,
      owner: ownerLabel(setup, scores[id]?.owner ?? null),
      maturity: scores[id]?.maturity ? String(scores[id].maturity) : 'not answered',
      priority: String(gaps.find((g) => g.role === id)?.priority ?? '–'),
    })),
    gaps: gaps.map(
      (g) => `${name(g.role)}: priority ${g.priority} (owner: ${ownerLabel(setup, g.owner).toLowerCase()}, maturity ${g.maturity})`,
    ),
    moves: gaps.slice(0, 3).map((g) => {
      const owner = setup.owners.find((o) => o.id === g.owner)!;
      const role = setup.roles.find((r) => r.id === g.role)!;
      return {
        text: owner.move.replace('{role}', role.name),
        href: `${role.href}#${owner.anchor}`,
        link: `Open the ${role.name.toLowerCase()} playbook`,
      };
    }),
    team: shape
      ? {
          name: shape.name,
          fits: shape.fits,
          people: shape.people.map((p) => `${p.title}: ${p.roles.map(name).join(', ')}`),
          next: shape.hireNext ? `Hire next: ${name(shape.hireNext)}.` : '',
          href: shape.href,
        }
      : null,
  };
}
