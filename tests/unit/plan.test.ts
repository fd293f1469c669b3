// The action plan's logic (src/lib/plan.ts): which recommendations it lists, their ranking by the
// scorecard's rule, the reader's saved plan surviving a content change, and the two exports. Also
// the plan's data built from the real content, and the workshop agenda's timings adding up.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SavedAssessments } from '../../src/lib/assessment.ts';
import { readContent } from '../../src/lib/content-files.ts';
import {
  PLAN_KEY,
  byPriority,
  csvField,
  currentLevels,
  defaultTarget,
  dueDate,
  firstSentence,
  hasAnything,
  knownIds,
  missingNotice,
  move,
  planOf,
  planSummary,
  recommendations,
  savedPlan,
  targetsOf,
  toCsv,
  toMarkdown,
  toSaved,
  type PlanSetup,
  type SavedPlan,
} from '../../src/lib/plan.ts';
import { emptyState, type SavedScorecard } from '../../src/lib/scorecard.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { decidingRoles, decisionSchema } from '../../src/schemas/decision.ts';
import { ownerKindSchema } from '../../src/schemas/owner-kind.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { OWNER_KINDS } from '../../src/site/vocabulary.ts';
import { actionPlanData, isActionPlanData } from '../../src/widgets/action-plan-data.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

const statement = (id: string, decides = ['alpha']) => ({
  id,
  text: `Question ${id}?`,
  href: `/roles/x/#${id}`,
  section: `Section ${id}`,
  decides,
  advice: [`Fix ${id} first. Then more.`, `Improve ${id}. Then more.`, `Tune ${id}.`, null, null],
  findOut: `Ask about ${id}. Then decide.`,
});
const setup: PlanSetup = {
  roles: [
    {
      id: 'alpha',
      name: 'Alpha',
      href: '/roles/alpha/',
      levels: ['A1', 'A2', 'A3', 'A4', 'A5'],
      statements: [statement('a-one'), statement('a-two')],
    },
    {
      id: 'beta',
      name: 'Beta',
      href: '/roles/beta/',
      levels: ['B1', 'B2', 'B3', 'B4', 'B5'],
      statements: [statement('b-one', ['beta', 'alpha']), statement('b-two', ['beta'])],
    },
  ],
  owners: OWNER_KINDS.map((k) => ({
    ...k,
    move: `Move for {role} (${k.id}). More.`,
    anchor: 'first-steps',
    decides: k.gap ? ['alpha'] : [],
  })),
  maxTeamSize: 6,
};
const ids = setup.roles.map((r) => r.id);
const answers = (roles: Record<string, Record<string, number | 'unknown'>>): SavedAssessments => ({
  v: 1,
  roles: Object.fromEntries(Object.entries(roles).map(([id, a]) => [id, { answers: a, updated: '' }])),
});
const noScorecard = (): SavedScorecard => ({ v: 1, current: emptyState(ids), history: [] });
const emptyPlan = (): SavedPlan => ({ v: 1, items: [], dropped: [], targets: {} });
const listed = (a: SavedAssessments, s = noScorecard(), chosen: Record<string, number> = {}) =>
  recommendations(setup, a, s, targetsOf(currentLevels(setup, a, s), chosen));

describe('which recommendations the plan lists', () => {
  it('lists every answer below the target, with the advice for that answer, and nothing while nothing is answered', () => {
    expect(listed(answers({}))).toEqual([]);
    expect(hasAnything(answers({}), noScorecard())).toBe(false);
    // Alpha answered 1 and 3: level 2 today, default target 3, so only the level-1 answer is below it.
    const recs = listed(answers({ alpha: { 'a-one': 1, 'a-two': 3 } }));
    expect(recs.map((r) => r.id)).toEqual(['alpha/a-one']);
    expect(recs[0]).toMatchObject({
      advice: 'Fix a-one first. Then more.',
      summary: 'Fix a-one first.',
      href: '/roles/x/#a-one',
      decides: ['alpha'],
    });
  });

  it('takes the default target one level above today, capped at the top, and the reader’s target instead when set', () => {
    expect([defaultTarget(null), defaultTarget(2), defaultTarget(5)]).toEqual([null, 3, 5]);
    const a = answers({ alpha: { 'a-one': 1, 'a-two': 3 } });
    expect(listed(a, noScorecard(), { alpha: 4 }).map((r) => r.id)).toEqual(['alpha/a-one', 'alpha/a-two']);
    expect(listed(a, noScorecard(), { alpha: 1 })).toEqual([]);
  });

  it('turns "don’t know" into the find-out advice, and skips an answer whose level has no advice', () => {
    const recs = listed(answers({ beta: { 'b-one': 'unknown', 'b-two': 4 } }), noScorecard(), { beta: 5 });
    expect(recs.map((r) => [r.id, r.advice])).toEqual([['beta/b-one', 'Ask about b-one. Then decide.']]);
  });

  it('adds the scorecard’s move for an owner that leaves a gap, naming the role, and none for a dedicated owner', () => {
    const s = noScorecard();
    s.current.roles.alpha = { owner: 'none', rating: 2 };
    s.current.roles.beta = { owner: 'dedicated', rating: 1 };
    const recs = listed(answers({}), s);
    expect(recs.map((r) => r.id)).toEqual(['alpha/owner']);
    expect(recs[0]).toMatchObject({
      kind: 'owner',
      summary: 'Move for Alpha (none).',
      href: '/roles/alpha/#first-steps',
      priority: 5 - 2 + 3,
    });
  });

  it('ranks by the scorecard’s rule: distance from the top level plus the owner’s gap; an owner first, finding out before fixing', () => {
    const s = noScorecard();
    s.current.roles.beta = { owner: 'part-time', rating: null };
    const recs = listed(answers({ alpha: { 'a-one': 2, 'a-two': 1 }, beta: { 'b-one': 2, 'b-two': 'unknown' } }), s, { alpha: 5, beta: 5 });
    // Beta's completed assessment puts it at level 1 with a part-time owner (gap 1): its owner move
    // has the scorecard's priority 5 − 1 + 1, and each of its items adds the gap of 1 to 5 − answer.
    expect(recs.map((r) => [r.id, r.priority])).toEqual([
      ['beta/owner', 5],
      ['beta/b-two', 5],
      ['alpha/a-two', 4],
      ['beta/b-one', 4],
      ['alpha/a-one', 3],
    ]);
  });
});

describe('the reader’s plan', () => {
  const a = answers({ alpha: { 'a-one': 1, 'a-two': 1 }, beta: { 'b-one': 1, 'b-two': 1 } });
  const recs = listed(a);
  const known = knownIds(setup);

  it('keeps the saved order, adds new recommendations after it by priority, and lists drops apart', () => {
    const saved: SavedPlan = { ...emptyPlan(), items: [{ id: 'beta/b-two', owner: 'alpha', month: '2027-03' }], dropped: ['alpha/a-two'] };
    const plan = planOf(recs, saved, known);
    expect(plan.items.map((i) => [i.id, i.fresh])).toEqual([
      ['beta/b-two', false],
      ['alpha/a-one', true],
      ['beta/b-one', true],
    ]);
    expect(plan.items[0]).toMatchObject({ owner: 'alpha', month: '2027-03' });
    expect(plan.dropped.map((d) => d.id)).toEqual(['alpha/a-two']);
    expect(plan.missing).toEqual([]);
    expect(planSummary(plan)).toBe('3 items in your plan, 1 dropped.');
    expect(planSummary({ items: [], dropped: [], missing: [] })).toMatch(/^Nothing is below your targets yet/);
  });

  it('leaves out, and names, items whose recommendation is no longer on the site; the rest survives', () => {
    const saved: SavedPlan = {
      ...emptyPlan(),
      items: [
        { id: 'alpha/retired-question', owner: 'beta', month: '2027-01' },
        { id: 'beta/b-one', owner: 'beta', month: '2027-02' },
      ],
      dropped: ['gone-role/owner'],
    };
    const plan = planOf(recs, saved, known);
    expect(plan.missing).toEqual(['alpha/retired-question', 'gone-role/owner']);
    expect(missingNotice(plan.missing.length)).toMatch(/^2 items of your saved plan are no longer on this site/);
    expect(plan.items[0]).toMatchObject({ id: 'beta/b-one', owner: 'beta', month: '2027-02' });
    const stored = toSaved(plan, saved, known);
    expect(stored.items.map((i) => i.id)).not.toContain('alpha/retired-question');
    expect(stored.dropped).toEqual([]);
  });

  it('keeps an item’s owner and month while its answer meets the target, so they return with it', () => {
    const saved: SavedPlan = { ...emptyPlan(), items: [{ id: 'alpha/a-one', owner: 'beta', month: '2027-04' }] };
    const better = listed(answers({ alpha: { 'a-one': 4, 'a-two': 1 } }));
    const plan = planOf(better, saved, known);
    expect(plan.items.map((i) => i.id)).not.toContain('alpha/a-one');
    expect(toSaved(plan, saved, known).items).toContainEqual({ id: 'alpha/a-one', owner: 'beta', month: '2027-04' });
  });

  it('moves an item up or down one place and leaves the list alone at its ends; sorts by priority again', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    const plan = planOf(recs, emptyPlan(), known);
    const shuffled = [...plan.items].reverse().map((i) => ({ ...i, owner: 'alpha' }));
    const sorted = byPriority(shuffled, recs);
    expect(sorted.map((i) => i.id)).toEqual(recs.map((r) => r.id));
    expect(sorted.every((i) => i.owner === 'alpha')).toBe(true);
  });

  it('reads its saved state under its own key, keeping valid entries and dropping bad ones with a notice', () => {
    const reader = savedPlan(ids);
    expect(reader.key).toBe(PLAN_KEY);
    const loaded = reader.parse({
      v: 1,
      items: [
        { id: 'alpha/a-one', owner: 'beta', month: '2027-03' },
        { id: 'not an id', owner: null, month: null },
        { id: 'beta/b-one', owner: 'nobody', month: '2027-13' },
      ],
      dropped: ['beta/b-two', 7],
      targets: { alpha: 4, beta: 9 },
    });
    expect(loaded.state.items).toEqual([
      { id: 'alpha/a-one', owner: 'beta', month: '2027-03' },
      { id: 'beta/b-one', owner: null, month: null },
    ]);
    expect(loaded.state.dropped).toEqual(['beta/b-two']);
    expect(loaded.state.targets).toEqual({ alpha: 4 });
    expect(loaded.notice).toMatch(/5 saved plan values could not be read/);
    expect(reader.parse({ v: 2, items: [] }).notice).toMatch(/could not be read, so this page starts afresh/);
    const store = new SafeStore(() => fakeStorage());
    reader.save(store, loaded.state);
    expect(reader.load(store).state).toEqual(loaded.state);
  });
});

describe('exports', () => {
  const a = answers({ alpha: { 'a-one': 1 }, beta: { 'b-one': 1 } });
  const plan = planOf(listed(a), { ...emptyPlan(), items: [{ id: 'beta/b-one', owner: 'alpha', month: '2027-02' }] }, knownIds(setup));
  const names = {
    roleName: (id: string) => ({ alpha: 'Alpha', beta: 'Beta' })[id] ?? id,
    absolute: (h: string) => `https://example.com${h}`,
  };

  it('gives the last day of the target month as an ISO date, leap years included, and nothing for no month', () => {
    expect([dueDate('2027-02'), dueDate('2028-02'), dueDate('2027-12'), dueDate(null), dueDate('2027-13')]).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2027-12-31',
      '',
      '',
    ]);
  });

  it('writes a Markdown checklist with owner, month, deciding roles and an absolute playbook link', () => {
    const md = toMarkdown(plan.items, names, 'Plan');
    expect(md).toBe(
      '# Plan\n\n' +
        '- [ ] Fix b-one first. (owner: Alpha; by 2027-02; decides: Beta with Alpha) [Section b-one](https://example.com/roles/x/#b-one)\n' +
        '- [ ] Fix a-one first. (owner: not set; no month set; decides: Alpha) [Section a-one](https://example.com/roles/x/#a-one)\n',
    );
  });

  it('writes RFC 4180 CSV with Summary, Description, Labels and Due date, quoting what needs it', () => {
    const csv = toCsv(plan.items, names);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Summary,Description,Labels,Due date');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      'Fix b-one first.,"Fix b-one first. Then more.\nFrom the self-assessment question: Question b-one?\nDecided by: Beta with Alpha.\nOwner: Alpha.\nPlaybook: https://example.com/roles/x/#b-one",beta,2027-02-28',
    );
    expect(csvField('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });

  it('summarises advice by its first sentence, not cut at an abbreviation', () => {
    expect(firstSentence('Check the ERP, e.g. the item master. Then fix it.')).toBe('Check the ERP, e.g. the item master.');
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });
});

describe('the plan’s data from the real content', () => {
  const content = readContent(process.cwd());
  const roles = content.roles.map((f) => roleSchema.parse(f.data)).sort((x, y) => x.order - y.order);
  const decisions = content.decisions.map((f) => decisionSchema.parse(f.data));
  const data = actionPlanData({
    roles,
    owners: content.ownerKinds.map((f) => ownerKindSchema.parse(f.data)),
    assessments: content.assessments.map((f) => assessmentSchema.parse(f.data)),
    decisions: new Map(decisions.map((d) => [d.id, decidingRoles(d)])),
    shapes: content.teamShapes.map((f) => teamShapeSchema.parse(f.data)),
    playbook: (id) => `/roles/${id}/`,
    names: () => ({ sections: new Map(), roles: new Map(), metrics: new Map() }),
  });

  it('names the deciding roles of each statement’s decision, the accountable one first, and passes its own check', () => {
    expect(isActionPlanData(JSON.parse(JSON.stringify(data)))).toBe(true);
    for (const r of data.roles)
      for (const s of r.statements) {
        const assessment = content.assessments.find((f) => f.stem === r.id)!.data as { statements: { id: string; decision: string }[] };
        const decision = decisions.find((d) => d.id === assessment.statements.find((x) => x.id === s.id)!.decision)!;
        expect(new Set(s.decides)).toEqual(new Set(decision.decides));
        expect(s.decides[0]).toBe(decision.tieBreaker ?? decision.decides[0]);
      }
  });

  it('gives every owner kind that leaves a gap a deciding role', () => {
    for (const o of data.owners) expect(o.decides.length > 0, o.id).toBe(o.gap > 0);
  });
});

describe('the workshop agenda', () => {
  const page = readFileSync('content/docs/workshop.mdx', 'utf8');
  const section = page.slice(page.indexOf('{#agenda}'), page.indexOf('{#disagreements}'));
  const table = section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) => l.split('|').map((c) => c.trim().replace(/\*/g, '')));
  const [header, ...rows] = table as [string[], ...string[][]];
  const [long, short] = [header.indexOf('Minutes'), header.indexOf('Short version')];

  it('adds up to the totals it states, and the page states those totals', () => {
    const total = rows.find((r) => r[1] === 'Total')!;
    const parts = rows.filter((r) => r !== total);
    const sum = (col: number) => parts.reduce((n, r) => n + Number(r[col]), 0);
    expect(parts.length).toBeGreaterThan(3);
    expect(long).toBeGreaterThan(0);
    expect([sum(long), sum(short)]).toEqual([Number(total[long]), Number(total[short])]);
    expect(page).toContain(`fits ${total[long]} minutes`);
    expect(page).toContain(`fits ${total[short]} minutes`);
  });
});
