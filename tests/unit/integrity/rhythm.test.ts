// Rule "rhythm and timeline", run on its own: cadences covered, shared rituals are meetings, first steps in time.
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../src/lib/integrity/parse.ts';
import { phaseWeeks, rhythmAndTimelineAgree } from '../../../src/lib/integrity/rhythm.ts';
import { formatProblem, Problems } from '../../../src/lib/integrity/problems.ts';
import { dataOf, fresh, roleIds } from './fixture.ts';

const run = (s: ReturnType<typeof fresh>) => {
  const problems = new Problems();
  rhythmAndTimelineAgree(parseContent(s, problems), problems);
  return problems.list.map(formatProblem);
};

describe('rule: rhythm and timeline', () => {
  it('maps onboarding phases to weeks: before the start, weeks 1–5, 5–9, 9–13', () => {
    expect(phaseWeeks('pre-boarding')).toEqual({ first: -Infinity, last: 0 });
    expect(phaseWeeks('day-30')).toEqual({ first: 1, last: 5 });
    expect(phaseWeeks('day-60')).toEqual({ first: 5, last: 9 });
    expect(phaseWeeks('day-90')).toEqual({ first: 9, last: 13 });
  });

  it('needs every cadence', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const role = dataOf(s.roles, id!);
    const solo = {
      cadence: 'weekly',
      name: 'Weekly solo check',
      purpose: 'A ritual this role runs alone every week.',
      inputs: ['A list'],
      outputs: ['A decision'],
      attendees: [id],
    };
    role.rituals = [solo, { ...solo, name: 'Second solo check' }, { ...solo, name: 'Third solo check' }];
    expect(run(s)).toContain(`content/roles/${id}.yaml: rituals: needs a monthly ritual or shared meeting`);
  });

  it('turns a ritual other roles attend into a shared meeting, and checks the meeting lists the role', () => {
    const s = fresh();
    const ids = roleIds(s);
    const meeting = s.meetings.find((m) => ids.some((r) => !(m.data as any).attendees.includes(r)))!;
    const id = ids.find((r) => !(meeting.data as any).attendees.includes(r))!;
    const other = ids.find((r) => r !== id)!;
    const role = dataOf(s.roles, id);
    role.rituals = [
      {
        cadence: 'weekly',
        name: 'A pairing',
        purpose: 'Two roles meet every week.',
        inputs: ['A list'],
        outputs: ['A decision'],
        attendees: [id, other],
      },
      { meeting: meeting.stem, role: 'Brings the week’s numbers and takes the decisions back to the team.' },
      ...role.rituals.slice(1),
    ];
    const m = run(s);
    expect(m).toContain(
      `content/roles/${id}.yaml: rituals[0].attendees: "${other}" attends it too: make it a shared meeting in content/meetings/ and reference it with "meeting:"`,
    );
    expect(m).toContain(
      `content/roles/${id}.yaml: rituals[1].meeting: the meeting "${meeting.stem}" does not list "${id}" among its attendees`,
    );
  });

  it('refuses a first step whose week falls outside the window of the onboarding task it names', () => {
    const s = fresh();
    const [id] = roleIds(s);
    const plan = dataOf(s.onboarding, id!);
    const late = plan.tasks.find((t: any) => t.phase === 'day-90');
    dataOf(s.roles, id!).firstSteps = [
      { week: 2, task: late.id, text: 'A step written in week two that the onboarding plan schedules for the last month.' },
      { week: 10, task: late.id, text: 'The same task in the window the onboarding plan gives it, in the last month.' },
      { week: 3, task: 'no-such-task', text: 'A step that names a task the onboarding plan does not have at all.' },
    ];
    const m = run(s);
    expect(m).toContain(
      `content/roles/${id}.yaml: firstSteps[0].week: week 2 is outside the window of its onboarding task "${late.id}" (day-90: week 9 to 13)`,
    );
    expect(m.some((x) => x.includes('firstSteps[1]'))).toBe(false);
    expect(m).toContain(`content/roles/${id}.yaml: firstSteps[2].task: "no-such-task" is not a task of content/onboarding/${id}.yaml`);
  });
});
