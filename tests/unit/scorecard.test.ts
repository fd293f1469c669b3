import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLE_IDS } from '../../src/schemas/common.ts';
import {
  OWNER_IDS,
  SCORECARD_KEY,
  changesSince,
  decodeShare,
  emptyState,
  encodeShare,
  loadScorecard,
  median,
  mostDisputed,
  parseSavedScorecard,
  radarPoints,
  rankGaps,
  roleScores,
  saveScorecard,
  teamView,
  toCsv,
  type RoleScore,
} from '../../src/lib/scorecard.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

const ids = ROLE_IDS;
const scoreArb = fc.record({ owner: fc.constantFrom(null, ...OWNER_IDS), maturity: fc.constantFrom(null, 1, 2, 3, 4, 5) });
const scoresArb = fc
  .tuple(...ids.map(() => scoreArb))
  .map((xs) => Object.fromEntries(ids.map((id, i) => [id, xs[i]!])) as Record<string, RoleScore>);
const teamArb = fc.constantFrom(null, 1, 2, 3, 4, 5, 6);

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
      ids,
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
        const code = encodeShare(scores, team, ids);
        expect(code.length).toBeLessThanOrEqual(200);
        const decoded = decodeShare(`https://x.test/scorecard/#${code}`, ids);
        expect(decoded).toEqual({ ok: true, value: { teamSize: team, scores } });
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects malformed, truncated, hostile and other-version links with a message (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const r = decodeShare(junk, ids);
        if (r.ok) expect(encodeShare(r.value.scores, r.value.teamSize, ids)).toBe(junk.replace(/^.*#/, ''));
        else expect(r.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000 },
    );
    const good = encodeShare({}, 3, ids);
    expect(decodeShare(good.slice(0, -3), ids).ok).toBe(false);
    expect(decodeShare(good.replace('s=1.', 's=2.'), ids)).toMatchObject({ ok: false, error: expect.stringMatching(/version/) });
    expect(decodeShare('#s=1.3<img src=x onerror=alert(1)>', ids).ok).toBe(false);
    expect(decodeShare('#s=__proto__', ids).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('team view', () => {
  const link = (m: (number | null)[]) =>
    decodeShare(encodeShare(Object.fromEntries(ids.map((id, i) => [id, { owner: 'none', maturity: m[i] ?? null }])), 2, ids), ids);

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
});

describe('saved scorecard', () => {
  it('round-trips through storage', () => {
    const store = new SafeStore(() => fakeStorage());
    const state = {
      v: 1 as const,
      current: emptyState(ids),
      history: [{ date: '2026-11-01T10:00:00.000Z', scores: { 'data-analytics': { owner: 'vendor' as const, maturity: 2 } } }],
    };
    state.current.teamSize = 2;
    state.current.roles['data-analytics'] = { owner: 'vendor', rating: 2 };
    saveScorecard(store, state);
    expect(loadScorecard(store, ids)).toEqual({ state });
  });

  it('resets an unknown version or corrupt JSON with a notice and a backup', () => {
    const backing = fakeStorage();
    backing.setItem(SCORECARD_KEY, '{"v":7}');
    expect(loadScorecard(new SafeStore(() => backing), ids).notice).toMatch(/cannot read/);
    expect(backing.data.get(`${SCORECARD_KEY}.backup`)).toBe('{"v":7}');
    backing.setItem(SCORECARD_KEY, 'nope');
    expect(loadScorecard(new SafeStore(() => backing), ids).notice).toMatch(/could not be read/);
  });

  it('keeps the valid parts of a damaged version-1 state', () => {
    const r = parseSavedScorecard(
      {
        v: 1,
        current: { teamSize: 9, roles: { 'search-discovery': { owner: 'dedicated', rating: 7 } } },
        history: [{ date: 'x' }, { date: '2026-01-01', scores: {} }],
      },
      ids,
    );
    expect(r.state.current.roles['search-discovery']).toEqual({ owner: 'dedicated', rating: null });
    expect(r.state.current.teamSize).toBeNull();
    expect(r.state.history).toHaveLength(1);
    expect(r.notice).toMatch(/\(3\)/);
  });

  it('never throws on hostile saved values (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(parseSavedScorecard(v, ids).state.v).toBe(1);
      }),
      { numRuns: 1000 },
    );
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
    const code = encodeShare(scores, 2, ROLE_IDS);
    expect(encodeShare(scores, 2, [...ROLE_IDS].reverse())).toBe(code);
    const decoded = decodeShare(code, [...ROLE_IDS].reverse());
    expect(decoded.ok && decoded.value.scores['product-strategy']).toEqual({ owner: 'dedicated', maturity: 4 });
  });
});
