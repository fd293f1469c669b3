/**
 * Rule "rhythm and timeline": a role's rhythm covers every cadence; a shared meeting it references
 * exists and lists the role among its attendees; a ritual other roles attend is a shared meeting, so
 * its length is written once; and each first step falls inside the window of the onboarding task it
 * names.
 */
import { CADENCES, ONBOARDING_PHASES } from '../../site/vocabulary.ts';
import { isMeetingRef, rhythmOf } from '../rhythm.ts';
import { resolves } from './references.ts';
import type { ParsedContent } from './parse.ts';
import type { Problems } from './problems.ts';

/** The weeks (1 = the first week after the start date; 0 and below before it) a phase spans. */
export function phaseWeeks(phaseId: string): { first: number; last: number } {
  const i = ONBOARDING_PHASES.findIndex((p) => p.id === phaseId);
  const previousLastDay = i > 0 ? ONBOARDING_PHASES[i - 1]!.lastDay : -Infinity;
  const lastDay = ONBOARDING_PHASES[i]!.lastDay;
  // Week w covers days 7(w−1)+1 … 7w; a week belongs to the phase its first day falls in.
  const weekOf = (day: number) => Math.floor((day - 1) / 7) + 1;
  return { first: previousLastDay === -Infinity ? -Infinity : weekOf(previousLastDay + 1), last: weekOf(lastDay) };
}

export function rhythmAndTimelineAgree(content: ParsedContent, problems: Problems): void {
  const meetings = new Map(content.meetings.map((m) => [m.data.id, m.data]));
  for (const { file, data: role } of content.roles) {
    const at = problems.at(file);
    role.rituals.forEach((r, i) => {
      if (!isMeetingRef(r)) {
        const others = r.attendees.filter((a) => a !== role.id && content.ids.roles.has(a));
        if (others.length)
          at(
            `rituals[${i}].attendees`,
            `"${others.join('", "')}" attend${others.length === 1 ? 's' : ''} it too: make it a shared meeting in content/meetings/ and reference it with "meeting:"`,
          );
        return;
      }
      if (!resolves(content, at, `rituals[${i}].meeting`, 'meetings', r.meeting)) return;
      if (!meetings.get(r.meeting)?.attendees.includes(role.id))
        at(`rituals[${i}].meeting`, `the meeting "${r.meeting}" does not list "${role.id}" among its attendees`);
    });
    const rhythm = rhythmOf(role.rituals, meetings);
    for (const c of CADENCES) if (!rhythm.some((item) => item.cadence === c.id)) at('rituals', `needs a ${c.id} ritual or shared meeting`);

    const plan = content.onboarding.find((o) => o.data.role === role.id)?.data;
    role.firstSteps?.forEach((step, i) => {
      const task = plan?.tasks.find((t) => t.id === step.task);
      if (!task) {
        at(`firstSteps[${i}].task`, `"${step.task}" is not a task of content/onboarding/${role.id}.yaml`);
        return;
      }
      const { first, last } = phaseWeeks(task.phase);
      if (step.week < first || step.week > last)
        at(
          `firstSteps[${i}].week`,
          `week ${step.week} is outside the window of its onboarding task "${task.id}" (${task.phase}: week ${first === -Infinity ? 'before 1' : first} to ${last})`,
        );
    });
  }
}
