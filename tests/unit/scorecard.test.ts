import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SCORECARD_KEY,
  adoptShared,
  decodeShare,
  emptyState,
  encodeShare,
  hasAnswers,
  mergeHistory,
  radarPoints,
  rankGaps,
  roleScores,
  savedScorecard,
  type RoleScore,
  type SavedScorecard,
  type ScorecardRules,
} from '../../src/lib/scorecard.ts';
import { changesSince, median, mostDisputed, teamView, toCsv } from '../../src/lib/scorecard-tools.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { OWNER_IDS, OWNER_KINDS } from '../../src/site/vocabulary.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';
import { largestTeamSize, roleIdsInOrder } from '../helpers/content.ts';

const ids = roleIdsInOrder();
const maxTeam = largestTeamSize();
const rules: ScorecardRules = { roleIds: ids, owners: OWNER_KINDS, maxTeamSize: maxTeam };
const saved = savedScorecard(rules);
const scoreArb = fc.record({ owner: fc.constantFrom(null, ...OWNER_IDS), maturity: fc.constantFrom(null, 1, 2, 3, 4, 5) });
const scoresArb = fc
  .tuple(...ids.map(() => scoreArb))
  .map((xs) => Object.fromEntries(ids.map((id, i) => [id, xs[i]!])) as Record<string, RoleScore>);
const teamArb = fc.constantFrom(null, ...Array.from({ length: maxTeam }, (_, i) => i + 1));

describe('scores and gaps', () => {
  it('takes maturity from a completed self-assessment before the quick rating', () => {
    const state = emptyState(ids);
    state.roles['search-discovery'] = { owner: 'part-time', rating: 4 };
    state.roles['data-analytics'] = { owner: 'none', rating: 2 };
    const s = roleScores(state, ids, { 'search-discovery': 2 });
    expect(s['search-discovery']).toEqual({ owner: 'part-time', maturity: 2 });
    expect(s['data-analytics']).toEqual({ owner: 'none', maturity: 2 });
  });

  it('ranks the least owned, least mature roles first', () => {
    const gaps = rankGaps(
      {
        'product-strategy': { owner: 'dedicated', maturity: 4 },
        'search-discovery': { owner: 'none', maturity: 1 },
        'data-analytics': { owner: 'vendor', maturity: 2 },
        'user-experience': { owner: null, maturity: 1 },
      },
      rules,
    );
    expect(gaps.map((g) => [g.role, g.priority])).toEqual([
      ['search-discovery', 7],
      ['data-analytics', 5],
      ['product-strategy', 1],
    ]);
  });
});

describe('share codec', () => {
  it('round-trips every state in at most 200 characters (1,000 cases)', () => {
    fc.assert(
      fc.property(scoresArb, teamArb, (scores, team) => {
        const code = encodeShare(scores, team, rules);
        expect(code.length).toBeLessThanOrEqual(200);
        const decoded = decodeShare(`https://x.test/scorecard/#${code}`, rules);
        expect(decoded).toEqual({ ok: true, value: { teamSize: team, scores } });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects malformed, truncated, hostile and other-version links with a message (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const r = decodeShare(junk, rules);
        if (r.ok) expect(encodeShare(r.value.scores, r.value.teamSize, rules)).toBe(junk.replace(/^.*#/, ''));
        else expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000 },
    );
    const good = encodeShare({}, 3, rules);
    expect(decodeShare(good.slice(0, -3), rules).ok).toBe(false);
    expect(decodeShare(good.replace('s=1.', 's=2.'), rules)).toMatchObject({ ok: false, error: expect.stringMatching(/version/) });
    expect(decodeShare('#s=1.3<img src=x onerror=alert(1)>', rules).ok).toBe(false);
    expect(decodeShare('#s=__proto__', rules).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('team view', () => {
  const link = (m: (number | null)[]) =>
    decodeShare(encodeShare(Object.fromEntries(ids.map((id, i) => [id, { owner: 'none', maturity: m[i] ?? null }])), 2, rules), rules);

  it('gives lowest, median and highest per role and flags the widest disagreement', () => {
    const results = [link([1, 3, 3, 2, 5, null]), link([4, 3, 2, 2, 5, null]), link([2, 3, 4, 2, 4, 3])].map(
      (r) => (r.ok ? r.value : null)!,
    );
    const rows = teamView(results, ids);
    expect(rows[0]).toMatchObject({ role: ids[0], lowest: 1, median: 2, highest: 4, spread: 3 });
    expect(rows[5]).toMatchObject({ count: 1, lowest: 3, median: 3, highest: 3 });
    expect(mostDisputed(rows)).toEqual([ids[0]]);
  });

  it('computes medians of even counts', () => expect(median([1, 4, 2, 3])).toBe(2.5));
});

describe('history', () => {
  it('lists what changed since a snapshot', () => {
    const now = { 'search-discovery': { owner: 'dedicated' as const, maturity: 3 } };
    const snap = { date: '2026-10-01', scores: { 'search-discovery': { owner: 'none' as const, maturity: 1 } } };
    expect(changesSince(snap, now, ids)).toEqual([
      { role: 'search-discovery', from: { owner: 'none', maturity: 1 }, to: { owner: 'dedicated', maturity: 3 } },
    ]);
  });

  it('does not list a role that is unanswered on both sides, even when the snapshot predates it', () => {
    const snap = { date: '2026-10-01', scores: {} };
    expect(changesSince(snap, { 'search-discovery': { owner: null, maturity: null } }, ids)).toEqual([]);
  });
});

describe('saved scorecard', () => {
  it('round-trips through storage in the stored shape readers’ browsers hold', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    const state: SavedScorecard = {
      v: 1,
      current: emptyState(ids),
      history: [{ date: '2026-11-01T10:00:00.000Z', scores: { 'data-analytics': { owner: 'vendor', maturity: 2 } } }],
    };
    state.current.teamSize = 2;
    state.current.roles['data-analytics'] = { owner: 'vendor', rating: 2 };
    saved.save(store, state);
    expect(JSON.parse(backing.data.get(SCORECARD_KEY)!)).toEqual(state);
    expect(saved.load(store)).toEqual({ state, dropped: 0 });
  });

  it('resets an unknown version or corrupt JSON with a notice and a backup', () => {
    const backing = fakeStorage();
    backing.setItem(SCORECARD_KEY, '{"v":7}');
    expect(saved.load(new SafeStore(() => backing)).notice).toMatch(/could not be read/);
    expect(backing.data.get(`${SCORECARD_KEY}.backup`)).toBe('{"v":7}');
    backing.setItem(SCORECARD_KEY, 'nope');
    expect(saved.load(new SafeStore(() => backing)).notice).toMatch(/could not be read/);
    expect(backing.data.get(`${SCORECARD_KEY}.backup`)).toBe('nope');
  });

  it('keeps the valid parts of a damaged version-1 state, and leaves aside roles no longer on the site', () => {
    const r = saved.parse({
      v: 1,
      current: {
        teamSize: maxTeam + 1,
        roles: { 'search-discovery': { owner: 'dedicated', rating: 7 }, 'retired-role': { owner: 'none' } },
      },
      history: [{ date: 'x' }, { date: '2026-01-01', scores: {} }],
    });
    expect(r.state.current.roles['search-discovery']).toEqual({ owner: 'dedicated', rating: null });
    expect(r.state.current.roles['retired-role']).toBeUndefined();
    expect(Object.keys(r.state.current.roles).sort()).toEqual([...ids].sort());
    expect(r.state.current.teamSize).toBeNull();
    expect(r.state.history).toHaveLength(1);
    expect(r.notice).toMatch(/^3 saved /);
  });

  it('never throws on hostile saved values (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(saved.parse(v).state.v).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('write-back and adopting shared results', () => {
  const snap = (date: string, maturity: number) => ({ date, scores: { 'search-discovery': { owner: 'none' as const, maturity } } });

  it('merges snapshots another tab saved with this page’s, one per date, oldest first, this page winning', () => {
    const stored = [snap('2026-03-01T00:00:00.000Z', 1), snap('2026-01-01T00:00:00.000Z', 2)];
    const mine = [snap('2026-02-01T00:00:00.000Z', 3), snap('2026-03-01T00:00:00.000Z', 4)];
    expect(mergeHistory(stored, mine)).toEqual([
      snap('2026-01-01T00:00:00.000Z', 2),
      snap('2026-02-01T00:00:00.000Z', 3),
      snap('2026-03-01T00:00:00.000Z', 4),
    ]);
  });

  it('keeps another tab’s snapshots when this page writes its answers back', () => {
    const backing = fakeStorage();
    const tabA = new SafeStore(() => backing);
    const tabB = new SafeStore(() => backing);
    const a = saved.load(tabA).state;
    saved.update(tabB, (stored) => ({ ...stored, history: [...stored.history, snap('2026-05-01T00:00:00.000Z', 2)] }));
    a.current.teamSize = 3;
    const written = saved.update(tabA, (stored) => ({ v: 1, current: a.current, history: mergeHistory(stored.history, a.history) }));
    expect(written.current.teamSize).toBe(3);
    expect(written.history).toEqual([snap('2026-05-01T00:00:00.000Z', 2)]);
  });

  it('takes shared results as the reader’s own answers, the shared maturity becoming the quick rating', () => {
    const adopted = adoptShared({ teamSize: 4, scores: { 'search-discovery': { owner: 'vendor', maturity: 2 } } }, ids);
    expect(adopted.teamSize).toBe(4);
    expect(adopted.roles['search-discovery']).toEqual({ owner: 'vendor', rating: 2 });
    expect(Object.keys(adopted.roles).sort()).toEqual([...ids].sort());
    expect(hasAnswers(adopted)).toBe(true);
    expect(hasAnswers(emptyState(ids))).toBe(false);
  });
});

describe('export and radar', () => {
  it('writes CSV that a spreadsheet will not execute', () => {
    const csv = toCsv([{ role: 'x', roleName: '=HYPERLINK("evil")', owner: 'none', maturity: 2, priority: 6 }]);
    expect(csv).toBe('role,role name,owner,maturity,priority\r\n"x","\'=HYPERLINK(""evil"")","none",2,6\r\n');
  });

  it('places radar points on their axes, top first, clockwise', () => {
    expect(radarPoints([5, 5, 5, 5], 5, 100, 120)).toEqual([
      [120, 20],
      [220, 120],
      [120, 220],
      [20, 120],
    ]);
    expect(radarPoints([null], 5, 100, 120)).toEqual([[120, 120]]);
  });
});

describe('share codes and role order', () => {
  it('do not depend on the order roles are displayed in', () => {
    const scores = {
      'data-analytics': { owner: 'none' as const, maturity: 1 },
      'product-strategy': { owner: 'dedicated' as const, maturity: 4 },
    };
    const code = encodeShare(scores, 2, rules);
    expect(encodeShare(scores, 2, { ...rules, roleIds: [...ids].reverse() })).toBe(code);
    const decoded = decodeShare(code, { ...rules, roleIds: [...ids].reverse() });
    expect(decoded.ok && decoded.value.scores['product-strategy']).toEqual({ owner: 'dedicated', maturity: 4 });
  });

  it('use the owner letters of OWNER_KINDS and refuse a team larger than the largest team shape', () => {
    const only = [ids[0]!];
    for (const kind of OWNER_KINDS)
      expect(encodeShare({ [only[0]!]: { owner: kind.id, maturity: 1 } }, 1, { ...rules, roleIds: only })).toBe(`s=1.1${kind.letter}1`);
    expect(decodeShare(`#s=1.${maxTeam}-0`, { ...rules, roleIds: only }).ok).toBe(true);
    if (maxTeam < 9) expect(decodeShare(`#s=1.${maxTeam + 1}-0`, { ...rules, roleIds: only }).ok).toBe(false);
  });
});
