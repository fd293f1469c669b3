// What the ownership scorecard shows, computed from the real content through the widget's own data
// builder: the view model the element only copies into the DOM.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { ownerKindSchema } from '../../src/schemas/owner-kind.ts';
import { roleSchema } from '../../src/schemas/role.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { RADAR, emptyState, encodeShare, type SavedScorecard } from '../../src/lib/scorecard.ts';
import { compareTeam, exportJson, exportRows, historyView, toCsv } from '../../src/lib/scorecard-tools.ts';
import { NO_SCORES_YET, assessedLevels, rulesOf, scorecardForm, scorecardView, shown } from '../../src/lib/scorecard-view.ts';
import { MATURITY_MAX, OWNER_KINDS } from '../../src/site/vocabulary.ts';
import { isScorecardData, scorecardData } from '../../src/widgets/scorecard-data.ts';
import { largestTeamSize } from '../helpers/content.ts';

const content = readContent(process.cwd());
const roles = content.roles.map((f) => roleSchema.parse(f.data)).sort((a, b) => a.order - b.order);
const owners = content.ownerKinds.map((f) => ownerKindSchema.parse(f.data)).sort((a, b) => a.order - b.order);
const shapes = content.teamShapes.map((f) => teamShapeSchema.parse(f.data));
const assessments = content.assessments.map((f) => assessmentSchema.parse(f.data));
const setup = scorecardData({ roles, owners, assessments, shapes, playbook: (id) => `/roles/${id}/`, teamShapesPage: '/start-small/' });
const ids = roles.map((r) => r.id);
const [first, second] = roles;

function savedWith(answers: Record<string, { owner: (typeof OWNER_KINDS)[number]['id']; rating: number }>, teamSize: number | null = null) {
  const state: SavedScorecard = { v: 1, current: emptyState(ids), history: [] };
  Object.assign(state.current.roles, answers);
  state.current.teamSize = teamSize;
  return state;
}

describe('scorecard data', () => {
  it('carries the roles in display order, the owner kinds with their gap and letter, the largest team shape and a link per team shape', () => {
    expect(isScorecardData(JSON.parse(JSON.stringify(setup)))).toBe(true);
    expect(setup.roles.map((r) => r.id)).toEqual(ids);
    expect(setup.maxTeamSize).toBe(largestTeamSize());
    for (const kind of OWNER_KINDS)
      expect(setup.owners.find((o) => o.id === kind.id)).toMatchObject({ gap: kind.gap, letter: kind.letter });
    expect(rulesOf(setup)).toEqual({ roleIds: ids, owners: setup.owners, maxTeamSize: setup.maxTeamSize });
    expect(setup.teamShapes.map((s) => s.href)).toEqual(setup.teamShapes.map((s) => `/start-small/#team-of-${s.size}`));
    expect(setup.roles.every((r) => r.levels.length === MATURITY_MAX && r.statements.length >= 8)).toBe(true);
  });

  it('refuses a team shape larger than a share link can carry, naming the file', () => {
    const huge = { ...shapes[0]!, size: 10 };
    expect(() => scorecardData({ roles, owners, assessments, shapes: [huge], playbook: String, teamShapesPage: '/' })).toThrow(
      /^content\/team-shapes\/10\.yaml: size: .*at most 9 people/,
    );
  });

  it('is rejected by its check when a field is missing or of the wrong kind', () => {
    expect(isScorecardData({ ...setup, maxTeamSize: '6' })).toBe(false);
    const { owners: _, ...withoutOwners } = setup;
    expect(isScorecardData(withoutOwners)).toBe(false);
    expect(isScorecardData(null)).toBe(false);
  });
});

describe('scorecard view', () => {
  it('asks for answers before there are any', () => {
    const view = scorecardView(setup, shown(setup, savedWith({}), {}, null));
    expect(view.summary).toBe(NO_SCORES_YET);
    expect(view.gaps).toEqual([]);
    expect(view.team).toBeNull();
    expect(view.rows.every((r) => r.maturity === 'not answered' && r.priority === '–')).toBe(true);
  });

  it('ranks gaps, links each move to its owner kind’s playbook section and shows the chosen team shape', () => {
    const none = owners.find((o) => o.id === 'none')!;
    const saved = savedWith({ [first!.id]: { owner: 'none', rating: 1 }, [second!.id]: { owner: 'dedicated', rating: 4 } }, 2);
    const view = scorecardView(setup, shown(setup, saved, {}, null));
    expect(view.summary).toBe(`2 of ${ids.length} roles scored. Most urgent: ${first!.name}.`);
    expect(view.gaps[0]).toBe(`${first!.name}: priority ${MATURITY_MAX - 1 + 3} (owner: ${none.label.toLowerCase()}, maturity 1)`);
    expect(view.moves[0]).toEqual({
      text: none.move.replace('{role}', first!.name),
      href: `/roles/${first!.id}/#${none.anchor}`,
      link: `Open the ${first!.name.toLowerCase()} playbook`,
    });
    expect(view.rows[0]).toEqual({ id: first!.id, owner: none.label, maturity: '1', priority: String(MATURITY_MAX - 1 + 3) });
    const shape = setup.teamShapes.find((s) => s.size === 2)!;
    expect(view.team).toMatchObject({ name: shape.name, href: '/start-small/#team-of-2' });
    expect(view.team!.people).toHaveLength(2);
  });

  it('draws the radar polygon from the maturity of each role', () => {
    const full = Object.fromEntries(ids.map((id) => [id, { owner: 'dedicated' as const, rating: MATURITY_MAX }]));
    const view = scorecardView(setup, shown(setup, savedWith(full), {}, null));
    const distances = view.radar.split(' ').map((p) => {
      const [x, y] = p.split(',').map(Number);
      return Math.round(Math.hypot(x! - RADAR.width / 2, y! - RADAR.height / 2));
    });
    expect(distances).toEqual(ids.map(() => RADAR.radius));
  });

  it('uses the level of a completed self-assessment instead of the quick rating', () => {
    const sd = setup.roles[0]!;
    const answers = { v: 1 as const, roles: { [sd.id]: { answers: Object.fromEntries(sd.statements.map((s) => [s, 2])), updated: '' } } };
    const assessed = assessedLevels(setup, answers);
    expect(assessed[sd.id]).toBe(2);
    const saved = savedWith({ [sd.id]: { owner: 'vendor', rating: 5 } });
    const on = shown(setup, saved, assessed, null);
    expect(on.scores[sd.id]).toEqual({ owner: 'vendor', maturity: 2 });
    const form = scorecardForm(setup, saved, assessed, on);
    expect(form.roles[0]).toEqual({ id: sd.id, owner: 'vendor', rating: 5, assessed: `level 2, ${sd.levels[1]}` });
    expect(form.locked).toBe(false);
  });

  it('shows shared results read-only and does not compare them with the reader’s snapshots', () => {
    const sharedScores = { [first!.id]: { owner: 'vendor' as const, maturity: 3 } };
    const snapshot = { date: '2026-01-01T00:00:00.000Z', scores: {} };
    const on = shown(setup, savedWith({ [first!.id]: { owner: 'none', rating: 1 } }), {}, { teamSize: 4, scores: sharedScores });
    expect(scorecardForm(setup, savedWith({}), {}, on)).toMatchObject({ teamSize: 4, locked: true });
    expect(scorecardView(setup, on).rows[0]!.maturity).toBe('3');
    const view = historyView(setup, on, [snapshot]);
    expect(view.changes.items).toEqual([]);
    expect(view.changes.intro).toMatch(/compare your own answers/);
  });

  it('lists what changed since the last snapshot', () => {
    const snapshot = { date: '2026-01-01T00:00:00.000Z', scores: { [first!.id]: { owner: 'none' as const, maturity: 1 } } };
    const on = shown(setup, savedWith({ [first!.id]: { owner: 'dedicated', rating: 3 } }), {}, null);
    const view = historyView(setup, on, [snapshot]);
    const none = owners.find((o) => o.id === 'none')!.label.toLowerCase();
    const dedicated = owners.find((o) => o.id === 'dedicated')!.label.toLowerCase();
    expect(view.changes.items).toEqual([`${first!.name}: from ${none}, maturity 1 to ${dedicated}, maturity 3`]);
  });
});

describe('team comparison', () => {
  const link = (maturity: number[]) =>
    `https://x.test/scorecard/#${encodeShare(Object.fromEntries(ids.map((id, i) => [id, { owner: 'none', maturity: maturity[i] ?? null }])), 2, rulesOf(setup))}`;

  it('gives the spread per role, flags the widest disagreement and names unreadable lines', () => {
    const result = compareTeam(setup, [link([1, 2]), link([5, 2]), link([3, 2]), 'not a link', ''].join('\n'));
    expect(result.rows![0]).toEqual({
      name: first!.name,
      disputed: true,
      cells: ['3', '1', '3', '5', 'Most disagreement (4 levels apart)'],
    });
    expect(result.rows![1]).toEqual({ name: second!.name, disputed: false, cells: ['3', '2', '2', '2', 'Agreed'] });
    expect(result.status).toMatch(new RegExp(`^Compared 3 results\\. People disagree most on ${first!.name}\\. Line 4: `));
  });

  it('asks for a link, or explains every line, when none can be read', () => {
    expect(compareTeam(setup, '  \n')).toEqual({ status: 'Paste at least one share link.', rows: null });
    expect(compareTeam(setup, 'x').status).toMatch(/^Line 1: /);
  });
});

describe('exports', () => {
  it('writes one row per role with the numbers on screen, as CSV and as versioned JSON', () => {
    const on = shown(setup, savedWith({ [first!.id]: { owner: 'dedicated', rating: 4 } }, 3), {}, null);
    const rows = exportRows(setup, on);
    expect(rows[0]).toEqual({ role: first!.id, roleName: first!.name, owner: 'dedicated', maturity: 4, priority: 1 });
    expect(rows[1]).toEqual({ role: second!.id, roleName: second!.name, owner: '', maturity: null, priority: null });
    expect(toCsv(rows).split('\r\n')[1]).toBe(`"${first!.id}","${first!.name}","dedicated",4,1`);
    const json = JSON.parse(exportJson(setup, on, new Date('2026-12-01T00:00:00.000Z')));
    expect(json).toEqual({ format: 'ownership-scorecard', version: 1, exported: '2026-12-01T00:00:00.000Z', teamSize: 3, roles: rows });
  });
});
