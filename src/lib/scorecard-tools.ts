/**
 * The ownership scorecard's tools beside its results: the changes since a snapshot and the list of
 * snapshots, the comparison of colleagues' share links and the CSV and JSON exports. Pure, like
 * scorecard.ts and scorecard-view.ts, whose helpers it uses; apart so that the page loads them on
 * first use (src/widgets/ownership-scorecard-tools.ts).
 */
import { decodeShare, rankGaps, type DecodedShare, type RoleScore, type SavedScorecard, type Snapshot } from './scorecard.ts';
import { NO_SNAPSHOTS_YET, ids, nameOf, ownerLabel, rulesOf, type ScorecardSetup, type Shown } from './scorecard-view.ts';

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
  return (
    roleIds
      // A role missing on one side (added since the snapshot) counts as unanswered there.
      .filter(
        (id) =>
          (snapshot.scores[id]?.owner ?? null) !== (now[id]?.owner ?? null) ||
          (snapshot.scores[id]?.maturity ?? null) !== (now[id]?.maturity ?? null),
      )
      .map((id) => ({
        role: id,
        from: snapshot.scores[id] ?? { owner: null, maturity: null },
        to: now[id] ?? { owner: null, maturity: null },
      }))
  );
}

export interface HistoryView {
  changes: { intro: string; items: string[] };
}

/** What changed since the last snapshot (every snapshot, as a trend, is in scorecard-trend.ts). */
export function historyView(setup: ScorecardSetup, on: Shown, history: SavedScorecard['history']): HistoryView {
  const roleIds = ids(setup);
  const name = (id: string) => nameOf(setup, id);
  const last = history.at(-1);
  const describe = (s: RoleScore) => `${ownerLabel(setup, s.owner).toLowerCase()}, maturity ${s.maturity ?? 'not answered'}`;
  const diff = last && !on.shared ? changesSince(last, on.scores, roleIds) : [];
  const since = last && `your snapshot of ${new Date(last.date).toLocaleDateString()}`;
  return {
    changes: on.shared
      ? // The shared results are someone else's: comparing them with your snapshot would mislead.
        { intro: 'Your snapshots compare your own answers; go back to them to see what changed.', items: [] }
      : !since
        ? { intro: NO_SNAPSHOTS_YET, items: [] }
        : {
            intro: diff.length ? `Changed since ${since}:` : `No change since ${since}.`,
            items: diff.map((c) => `${name(c.role)}: from ${describe(c.from)} to ${describe(c.to)}`),
          },
  };
}

// ---- team view --------------------------------------------------------------------------------

export interface TeamComparison {
  status: string;
  /** One row per role, or null when no link could be read. */
  rows: { name: string; cells: string[]; disputed: boolean }[] | null;
}

/** Colleagues' share links, one per line, side by side: spread per role and where people disagree most. */
export function compareTeam(setup: ScorecardSetup, links: string): TeamComparison {
  const roleIds = ids(setup);
  const results: DecodedShare[] = [];
  const problems: string[] = [];
  links
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .forEach((line, i) => {
      const r = decodeShare(line, rulesOf(setup));
      if (r.ok) results.push(r.value);
      else problems.push(`Line ${i + 1}: ${r.error}`);
    });
  if (results.length === 0) return { status: problems.length ? problems.join(' ') : 'Paste at least one share link.', rows: null };
  const rows = teamView(results, roleIds);
  const disputed = mostDisputed(rows);
  const fmt = (n: number | null) => (n === null ? '–' : String(n));
  const names = disputed.map((d) => nameOf(setup, d)).join(' and ');
  return {
    status:
      `Compared ${results.length} result${results.length > 1 ? 's' : ''}.${disputed.length ? ` People disagree most on ${names}.` : ''} ${problems.join(' ')}`.trim(),
    rows: rows.map((r) => ({
      name: nameOf(setup, r.role),
      disputed: disputed.includes(r.role),
      cells: [
        String(r.count),
        fmt(r.lowest),
        fmt(r.median),
        fmt(r.highest),
        disputed.includes(r.role) ? `Most disagreement (${r.spread} levels apart)` : r.spread >= 2 ? 'Some disagreement' : 'Agreed',
      ],
    })),
  };
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

/** One row per role, as the CSV and JSON downloads give them. */
export function exportRows(setup: ScorecardSetup, on: Shown): ExportRow[] {
  const gaps = rankGaps(on.scores, rulesOf(setup));
  return setup.roles.map((r) => ({
    role: r.id,
    roleName: r.name,
    owner: on.scores[r.id]?.owner ?? '',
    maturity: on.scores[r.id]?.maturity ?? null,
    priority: gaps.find((g) => g.role === r.id)?.priority ?? null,
  }));
}

/** The JSON download: a named, versioned format so that other tools can check what they read. */
export function exportJson(setup: ScorecardSetup, on: Shown, exported: Date): string {
  const body = {
    format: 'ownership-scorecard',
    version: 1,
    exported: exported.toISOString(),
    teamSize: on.teamSize,
    roles: exportRows(setup, on),
  };
  return JSON.stringify(body, null, 2);
}
