/**
 * Ownership scorecard: state, scoring, share codec, team view, history and export. Pure.
 *
 * Saved state, localStorage key `cop.scorecard`:
 *   { "v": 1,
 *     "current": { "teamSize": 1..6 | null,
 *                  "roles": { "<role-id>": { "owner": OwnerId | null, "rating": 1..5 | null } } },
 *     "history": [ { "date": "<ISO date>", "scores": { "<role-id>": { "owner": …, "maturity": … } } } ] }
 * Version history: v1 is the first. Anything unreadable resets to the defaults with a notice and is
 * kept under `cop.scorecard.backup`.
 *
 * Share link: `#s=1.<team size or 0><owner letter><maturity digit>…` in alphabetical order of role
 * ids (not display order, which editors may change),
 * e.g. `#s=1.3n1v2p3d4n0p2` (owner n/v/p/d or - for unanswered; maturity 0 = not rated).
 */
import { isPlainRecord, loadSaved, type SafeStore } from './storage.ts';
import { OWNER_IDS, OWNER_KINDS, type OwnerId } from '../site/vocabulary.ts';

export const SCORECARD_KEY = 'cop.scorecard';
export { OWNER_IDS, type OwnerId };
const OWNER_LETTER = Object.fromEntries(OWNER_KINDS.map((o) => [o.id, o.letter])) as Record<OwnerId, string>;
/** How far each kind of ownership is from a dedicated internal owner. */
export const OWNER_GAP = Object.fromEntries(OWNER_KINDS.map((o) => [o.id, o.gap])) as Record<OwnerId, number>;

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

export const emptyState = (roleIds: readonly string[]): ScorecardState => ({
  teamSize: null,
  roles: Object.fromEntries(roleIds.map((id) => [id, { owner: null, rating: null }])),
});

const isOwner = (v: unknown): v is OwnerId => typeof v === 'string' && (OWNER_IDS as readonly string[]).includes(v);
const isLevel = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;
const isTeamSize = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 6;

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
  /** Higher is more urgent: distance from level 5 plus distance from a dedicated owner. */
  priority: number;
}

/** Roles with both answers, most urgent first; ties keep the roles' order. */
export function rankGaps(scores: Record<string, RoleScore>, roleIds: readonly string[]): Gap[] {
  return roleIds
    .flatMap((role) => {
      const s = scores[role];
      return s?.owner && s.maturity ? [{ role, owner: s.owner, maturity: s.maturity, priority: 5 - s.maturity + OWNER_GAP[s.owner] }] : [];
    })
    .sort((a, b) => b.priority - a.priority || roleIds.indexOf(a.role) - roleIds.indexOf(b.role));
}

// ---- share codec ----------------------------------------------------------------------------

export const SHARE_PREFIX = 's=';
const CODEC_VERSION = '1';

/** Roles in the order share codes use: by id, so reordering roles for display never changes a code. */
const codeOrder = (roleIds: readonly string[]) => [...roleIds].sort();

export function encodeShare(scores: Record<string, RoleScore>, teamSize: number | null, roleIds: readonly string[]): string {
  const body = codeOrder(roleIds)
    .map((id) => `${scores[id]?.owner ? OWNER_LETTER[scores[id].owner] : '-'}${scores[id]?.maturity ?? 0}`)
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
export function decodeShare(input: string, roleIds: readonly string[]): { ok: true; value: DecodedShare } | { ok: false; error: string } {
  if (typeof input !== 'string' || input.length > 200) return { ok: false, error: 'The shared link is too long to be a scorecard link.' };
  const fragment = input.replace(/^.*#/, '');
  if (!fragment.startsWith(SHARE_PREFIX)) return { ok: false, error: 'The link does not contain scorecard results.' };
  const code = fragment.slice(SHARE_PREFIX.length);
  const version = code.split('.')[0] ?? '';
  if (version !== CODEC_VERSION)
    return { ok: false, error: `The link was made by a version of this page that it cannot read (“${version.slice(0, 8)}”).` };
  const pattern = new RegExp(`^${CODEC_VERSION}\\.([0-6])((?:[nvpd-][0-5]){${roleIds.length}})$`);
  const match = pattern.exec(code);
  if (!match) return { ok: false, error: 'The link is damaged or incomplete: it does not hold an answer for every role.' };
  const letters = Object.fromEntries(OWNER_KINDS.map((o) => [o.letter, o.id])) as Record<string, OwnerId>;
  const scores: Record<string, RoleScore> = {};
  codeOrder(roleIds).forEach((id, i) => {
    const pair = match[2]!.slice(i * 2, i * 2 + 2);
    const maturity = Number(pair[1]);
    scores[id] = { owner: letters[pair[0]!] ?? null, maturity: maturity === 0 ? null : maturity };
  });
  const size = Number(match[1]);
  return { ok: true, value: { teamSize: size === 0 ? null : size, scores } };
}

// ---- team view --------------------------------------------------------------------------------

export interface TeamRow {
  role: string;
  count: number;
  lowest: number | null;
  median: number | null;
  highest: number | null;
  spread: number;
}

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per role, the lowest, median and highest maturity across colleagues' results. */
export function teamView(results: DecodedShare[], roleIds: readonly string[]): TeamRow[] {
  return roleIds.map((role) => {
    const xs = results.map((r) => r.scores[role]?.maturity).filter((m): m is number => typeof m === 'number');
    const lowest = xs.length ? Math.min(...xs) : null;
    const highest = xs.length ? Math.max(...xs) : null;
    return {
      role,
      count: xs.length,
      lowest,
      median: median(xs),
      highest,
      spread: lowest === null || highest === null ? 0 : highest - lowest,
    };
  });
}

/** The roles people disagree on most: the largest spread, when it is at least 2 levels. */
export function mostDisputed(rows: TeamRow[]): string[] {
  const max = Math.max(0, ...rows.map((r) => r.spread));
  return max >= 2 ? rows.filter((r) => r.spread === max).map((r) => r.role) : [];
}

// ---- history ----------------------------------------------------------------------------------

export interface Change {
  role: string;
  from: RoleScore;
  to: RoleScore;
}

export function changesSince(snapshot: Snapshot, now: Record<string, RoleScore>, roleIds: readonly string[]): Change[] {
  return roleIds
    .filter((id) => snapshot.scores[id]?.owner !== now[id]?.owner || snapshot.scores[id]?.maturity !== now[id]?.maturity)
    .map((id) => ({
      role: id,
      from: snapshot.scores[id] ?? { owner: null, maturity: null },
      to: now[id] ?? { owner: null, maturity: null },
    }));
}

// ---- saved state --------------------------------------------------------------------------------

function parseScores(v: unknown, roleIds: readonly string[]): Record<string, RoleScore> | null {
  if (!isPlainRecord(v)) return null;
  const out: Record<string, RoleScore> = {};
  for (const id of roleIds) {
    const s = v[id];
    if (s === undefined) continue;
    if (!isPlainRecord(s)) return null;
    out[id] = { owner: isOwner(s.owner) ? s.owner : null, maturity: isLevel(s.maturity) ? s.maturity : null };
  }
  return out;
}

export function parseSavedScorecard(value: unknown, roleIds: readonly string[]): { state: SavedScorecard; notice?: string } {
  const fresh: SavedScorecard = { v: 1, current: emptyState(roleIds), history: [] };
  if (!isPlainRecord(value) || value.v !== 1 || !isPlainRecord(value.current)) {
    return {
      state: fresh,
      notice: 'Your saved scorecard was in a format this page cannot read, so it starts afresh. A copy was kept in your browser.',
    };
  }
  const current = emptyState(roleIds);
  let dropped = 0;
  if (isTeamSize(value.current.teamSize)) current.teamSize = value.current.teamSize;
  else if (value.current.teamSize != null) dropped++;
  const roles = isPlainRecord(value.current.roles) ? value.current.roles : {};
  for (const id of roleIds) {
    const r = roles[id];
    if (!isPlainRecord(r)) continue;
    if (isOwner(r.owner)) current.roles[id]!.owner = r.owner;
    else if (r.owner != null) dropped++;
    if (isLevel(r.rating)) current.roles[id]!.rating = r.rating;
    else if (r.rating != null) dropped++;
  }
  const history: Snapshot[] = [];
  for (const h of Array.isArray(value.history) ? value.history : []) {
    const scores =
      isPlainRecord(h) && typeof h.date === 'string' && !Number.isNaN(Date.parse(h.date)) ? parseScores(h.scores, roleIds) : null;
    if (scores) history.push({ date: (h as { date: string }).date, scores });
    else dropped++;
  }
  const state: SavedScorecard = { v: 1, current, history };
  return dropped > 0
    ? { state, notice: `Some saved scorecard values could not be read and were left out (${dropped}). A copy of the original was kept.` }
    : { state };
}

export function loadScorecard(store: SafeStore, roleIds: readonly string[]): { state: SavedScorecard; notice?: string } {
  const empty = (): SavedScorecard => ({ v: 1, current: emptyState(roleIds), history: [] });
  return loadSaved(store, SCORECARD_KEY, (v) => parseSavedScorecard(v, roleIds), empty, 'scorecard');
}

export function saveScorecard(store: SafeStore, state: SavedScorecard): void {
  store.set(SCORECARD_KEY, JSON.stringify(state));
}

// ---- export -------------------------------------------------------------------------------------

export interface ExportRow {
  role: string;
  roleName: string;
  owner: string;
  maturity: number | null;
  priority: number | null;
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Quote every text cell; neutralise leading = + - @ so spreadsheets do not run it as a formula.
  return typeof v === 'number' ? s : `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

export function toCsv(rows: ExportRow[]): string {
  const header = ['role', 'role name', 'owner', 'maturity', 'priority'];
  return (
    [header.join(','), ...rows.map((r) => [r.role, r.roleName, r.owner, r.maturity, r.priority].map(csvCell).join(','))].join('\r\n') +
    '\r\n'
  );
}

// ---- radar geometry -------------------------------------------------------------------------------

/** Points of a radar polygon: one axis per value, starting at the top, clockwise; values 0..max. */
export function radarPoints(values: (number | null)[], max: number, radius: number, center: number): [number, number][] {
  return values.map((v, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / values.length;
    const r = (radius * Math.max(0, Math.min(max, v ?? 0))) / max;
    return [round(center + r * Math.cos(angle)), round(center + r * Math.sin(angle))];
  });
}
const round = (n: number) => Math.round(n * 100) / 100;
