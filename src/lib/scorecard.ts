/**
 * Ownership scorecard: state, scoring, share codec and history merging. Pure. The team view, the
 * changes since a snapshot and the exports are in scorecard-tools.ts.
 *
 * Saved state, localStorage key `cop.scorecard`:
 *   { "v": 1,
 *     "current": { "teamSize": 1..<largest team shape> | null,
 *                  "roles": { "<role-id>": { "owner": OwnerId | null, "rating": 1..MATURITY_MAX | null } } },
 *     "history": [ { "date": "<ISO date>", "scores": { "<role-id>": { "owner": …, "maturity": … } } } ] }
 * Version history: v1 is the first. Anything unreadable resets to the defaults with a notice and is
 * kept under `cop.scorecard.backup`.
 *
 * Share link: `#s=1.<team size or 0><owner letter><maturity digit>…` in alphabetical order of role
 * ids (not display order, which editors may change), e.g. `#s=1.3n1v2p3d4n0p2` (owner letters from
 * OWNER_KINDS, - for unanswered; maturity 0 = not rated). The team size is one digit, so team
 * shapes stop at 9 people (the scorecard's data builder refuses more).
 *
 * Everything is scored and coded against ScorecardRules: the roles, the owner kinds (their gap and
 * share letter, from OWNER_KINDS) and the largest team, which the page embeds with its data.
 */
import { MATURITY_MAX, type OWNER_KINDS, type OwnerId } from '../site/vocabulary.ts';
import { fields, idMap, is, list, nullable, orElse, savedState, type SavedState } from './saved-state.ts';

export const SCORECARD_KEY = 'cop.scorecard';
export type { OwnerId };

/** An owner kind as scores and share codes use it: how far it is from a dedicated owner, and its letter. */
export type OwnerCode = Pick<(typeof OWNER_KINDS)[number], 'id' | 'gap' | 'letter'>;

export interface ScorecardRules {
  /** Role ids in display order. */
  roleIds: readonly string[];
  owners: readonly OwnerCode[];
  /** The largest team shape's size. */
  maxTeamSize: number;
}

export interface RoleAnswer {
  owner: OwnerId | null;
  rating: number | null;
}
export interface ScorecardState {
  teamSize: number | null;
  roles: Record<string, RoleAnswer>;
}
export interface RoleScore {
  owner: OwnerId | null;
  maturity: number | null;
}
export interface Snapshot {
  date: string;
  scores: Record<string, RoleScore>;
}
export interface SavedScorecard {
  v: 1;
  current: ScorecardState;
  history: Snapshot[];
}

/** The largest team size a share code can carry (one digit). */
export const MAX_CODED_TEAM_SIZE = 9;

export const emptyState = (roleIds: readonly string[]): ScorecardState => ({
  teamSize: null,
  roles: Object.fromEntries(roleIds.map((id) => [id, { owner: null, rating: null }])),
});

const isWhole =
  (min: number, max: number) =>
  (v: unknown): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isLevel = isWhole(1, MATURITY_MAX);

/**
 * Each role's score: the owner, and the maturity from a completed self-assessment when there is
 * one (it is measured, the quick rating is a guess), else the quick rating.
 */
export function roleScores(
  state: ScorecardState,
  roleIds: readonly string[],
  assessed: Record<string, number | null>,
): Record<string, RoleScore> {
  return Object.fromEntries(
    roleIds.map((id) => [id, { owner: state.roles[id]?.owner ?? null, maturity: assessed[id] ?? state.roles[id]?.rating ?? null }]),
  );
}

export interface Gap {
  role: string;
  owner: OwnerId;
  maturity: number;
  /** Higher is more urgent: distance from the top maturity level plus distance from a dedicated owner. */
  priority: number;
}

/** Roles with both answers, most urgent first; ties keep the roles' order. */
export function rankGaps(scores: Record<string, RoleScore>, { roleIds, owners }: ScorecardRules): Gap[] {
  return roleIds
    .flatMap((role) => {
      const s = scores[role];
      const gap = owners.find((o) => o.id === s?.owner)?.gap;
      return s?.owner && s.maturity && gap !== undefined
        ? [{ role, owner: s.owner, maturity: s.maturity, priority: MATURITY_MAX - s.maturity + gap }]
        : [];
    })
    .sort((a, b) => b.priority - a.priority || roleIds.indexOf(a.role) - roleIds.indexOf(b.role));
}

// ---- share codec ----------------------------------------------------------------------------

export const SHARE_PREFIX = 's=';
const CODEC_VERSION = '1';

/** Roles in the order share codes use: by id, so reordering roles for display never changes a code. */
const codeOrder = (roleIds: readonly string[]) => [...roleIds].sort();

export function encodeShare(scores: Record<string, RoleScore>, teamSize: number | null, { roleIds, owners }: ScorecardRules): string {
  const body = codeOrder(roleIds)
    .map((id) => `${owners.find((o) => o.id === scores[id]?.owner)?.letter ?? '-'}${scores[id]?.maturity ?? 0}`)
    .join('');
  return `${SHARE_PREFIX}${CODEC_VERSION}.${teamSize ?? 0}${body}`;
}

export interface DecodedShare {
  teamSize: number | null;
  scores: Record<string, RoleScore>;
}

/**
 * Decodes a share fragment (with or without `#`). Returns an error message for anything that is
 * not exactly a version-1 code for this many roles: never throws, never evaluates input.
 */
export function decodeShare(
  input: string,
  { roleIds, owners, maxTeamSize }: ScorecardRules,
): { ok: true; value: DecodedShare } | { ok: false; error: string } {
  if (typeof input !== 'string' || input.length > 200) return { ok: false, error: 'The shared link is too long to be a scorecard link.' };
  const fragment = input.replace(/^.*#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, error: 'The link does not contain scorecard results.' };
  const code = fragment.slice(SHARE_PREFIX.length);
  const version = code.split('.')[0] ?? '';
  if (version !== CODEC_VERSION)
    return { ok: false, error: `The link was made by a version of this page that it cannot read (“${version.slice(0, 8)}”).` };
  const letters = owners.map((o) => o.letter).join('');
  const pattern = new RegExp(`^${CODEC_VERSION}\\.(\\d)((?:[${letters}-][0-${MATURITY_MAX}]){${roleIds.length}})$`);
  const match = pattern.exec(code);
  if (!match || Number(match[1]) > maxTeamSize)
    return { ok: false, error: 'The link is damaged or incomplete: it does not hold an answer for every role.' };
  const scores: Record<string, RoleScore> = {};
  codeOrder(roleIds).forEach((id, i) => {
    const pair = match[2]!.slice(i * 2, i * 2 + 2);
    const maturity = Number(pair[1]);
    scores[id] = { owner: owners.find((o) => o.letter === pair[0])?.id ?? null, maturity: maturity === 0 ? null : maturity };
  });
  const size = Number(match[1]);
  return { ok: true, value: { teamSize: size === 0 ? null : size, scores } };
}

// ---- history ----------------------------------------------------------------------------------

/** Snapshots stored now and this page's, one per date (this page's wins), oldest first. */
export function mergeHistory(stored: readonly Snapshot[], mine: readonly Snapshot[]): Snapshot[] {
  const dates = new Set(mine.map((h) => h.date));
  return [...stored.filter((h) => !dates.has(h.date)), ...mine].sort((a, b) => a.date.localeCompare(b.date));
}

/** Shared results taken as the reader's own answers: the maturity becomes their quick rating. */
export function adoptShared(shared: DecodedShare, roleIds: readonly string[]): ScorecardState {
  return {
    teamSize: shared.teamSize,
    roles: Object.fromEntries(
      roleIds.map((id) => [id, { owner: shared.scores[id]?.owner ?? null, rating: shared.scores[id]?.maturity ?? null }]),
    ),
  };
}

/** Whether the reader has answered anything of their own. */
export const hasAnswers = (state: ScorecardState) => state.teamSize !== null || Object.values(state.roles).some((r) => r.owner || r.rating);

// ---- saved state --------------------------------------------------------------------------------

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The saved scorecard for these roles and team sizes; values of roles no longer on the site are left aside. */
export function savedScorecard({ roleIds, owners, maxTeamSize }: ScorecardRules): SavedState<SavedScorecard> {
  const owner = nullable(is((v): v is OwnerId => owners.some((o) => o.id === v)));
  const roles = idMap(fields({ owner, rating: nullable(is(isLevel)) }), roleIds);
  const scores = idMap(fields({ owner, maturity: nullable(is(isLevel)) }), roleIds);
  return savedState<1, Omit<SavedScorecard, 'v'>>({
    key: SCORECARD_KEY,
    version: 1,
    name: 'scorecard',
    dropped: 'scorecard values',
    body: fields({
      current: fields({
        teamSize: nullable(is(isWhole(1, maxTeamSize))),
        roles: (v, drop) => ({ ...emptyState(roleIds).roles, ...roles(v, drop) }),
      }),
      history: orElse(list(fields({ date: is(isDate), scores })), () => []),
    }),
    empty: () => ({ current: emptyState(roleIds), history: [] }),
  });
}

// ---- radar geometry -------------------------------------------------------------------------------

/**
 * The radar chart's frame: an SVG of `width` × `height` units, centred, with the axes' length
 * `radius`. Drawn at about one unit per pixel on a phone, so its labels stay readable there: the
 * label of each axis sits centred above or below the axis' end, which leaves room for a label of
 * about 85 px beside the side axes.
 */
export const RADAR = { width: 300, height: 264, radius: 110 };

/** Points of a radar polygon: one axis per value, starting at the top, clockwise; values 0..max. */
export function radarPoints(values: (number | null)[], max: number, radius: number, cx: number, cy = cx): [number, number][] {
  return values.map((v, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / values.length;
    const r = (radius * Math.max(0, Math.min(max, v ?? 0))) / max;
    return [round(cx + r * Math.cos(angle)), round(cy + r * Math.sin(angle))];
  });
}
const round = (n: number) => Math.round(n * 100) / 100;
