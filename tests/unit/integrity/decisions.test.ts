// The decision register: one decider (or two and a tie-breaker), roles that exist, and a RACI row that agrees.
import { describe, expect, it } from 'vitest';
import { dataOf, fresh, messages } from './fixture.ts';

const withActivity = (s: ReturnType<typeof fresh>) => s.decisions.find((d) => (d.data as any).activity)!;

describe('rule: decisions', () => {
  it('refuses a decision with no decider', () => {
    const s = fresh();
    const d = s.decisions[0]!;
    dataOf(s.decisions, d.stem).decides = [];
    expect(messages(s)).toContain(`${d.file}: decides: needs a deciding role`);
  });

  it('refuses two deciders without a tie-breaker, and a tie-breaker outside them', () => {
    const s = fresh();
    const [a, b] = s.decisions;
    const da = dataOf(s.decisions, a!.stem);
    da.decides = ['product-strategy', 'data-analytics'];
    delete da.tieBreaker;
    da.consulted = [];
    da.informed = [];
    const db = dataOf(s.decisions, b!.stem);
    db.decides = ['product-strategy', 'data-analytics'];
    db.tieBreaker = 'user-experience';
    db.consulted = [];
    db.informed = [];
    const m = messages(s);
    expect(m).toContain(`${a!.file}: tieBreaker: a joint decision (two deciding roles) names its tieBreaker; a single decider has none`);
    expect(m).toContain(`${b!.file}: tieBreaker: must be one of the deciding roles`);
  });

  it('refuses a RACI activity whose accountable role contradicts the decision it contains', () => {
    const s = fresh();
    const d = withActivity(s);
    const data = dataOf(s.decisions, d.stem);
    const raci = dataOf(s.activities, data.activity).raci;
    const isAccountable = (r: string) => raci[r] === 'A' || raci[r] === 'AR';
    const other = Object.keys(raci).find((r) => !isAccountable(r) && !data.decides.includes(r))!;
    const accountable = Object.keys(raci).find(isAccountable)!;
    raci[accountable] = 'R';
    raci[other] = 'A';
    expect(messages(s)).toContain(
      `${d.file}: activity: "${data.activity}" makes "${other}" accountable, but this decision is decided by "${data.tieBreaker ?? data.decides[0]}": the two must agree`,
    );
  });

  it('refuses unknown roles and activities', () => {
    const s = fresh();
    const d = s.decisions[0]!;
    const data = dataOf(s.decisions, d.stem);
    data.informed = ['procurement-office'];
    data.activity = 'no-such-activity';
    const m = messages(s);
    expect(m).toContain(`${d.file}: informed[0]: unknown role "procurement-office" (no content/roles/procurement-office.yaml)`);
    expect(m).toContain(`${d.file}: activity: unknown activity "no-such-activity" (no content/activities/no-such-activity.yaml)`);
  });

  it('has at least 50 decisions, each with exactly one accountable role', () => {
    const s = fresh();
    expect(s.decisions.length).toBeGreaterThanOrEqual(50);
  });
});
