/**
 * A role's operating rhythm as one list: its own rituals and the shared meetings it attends, each with
 * its cadence. A meeting's cadence, length and agenda come from the meeting file, never from the role.
 */
import type { Meeting } from '../schemas/meeting.ts';
import type { OwnRitual, Ritual } from '../schemas/role.ts';
import type { CadenceId } from '../site/vocabulary.ts';

export type RhythmItem =
  { kind: 'own'; cadence: CadenceId; ritual: OwnRitual } | { kind: 'meeting'; cadence: CadenceId; meeting: Meeting; part: string };

export const isMeetingRef = (r: Ritual): r is Extract<Ritual, { meeting: string }> => 'meeting' in r;

/** The rhythm items of a role; a meeting reference that does not resolve is left out (the guard reports it). */
export function rhythmOf(rituals: readonly Ritual[], meetings: ReadonlyMap<string, Meeting>): RhythmItem[] {
  return rituals.flatMap((r): RhythmItem[] => {
    if (!isMeetingRef(r)) return [{ kind: 'own', cadence: r.cadence, ritual: r }];
    const meeting = meetings.get(r.meeting);
    return meeting ? [{ kind: 'meeting', cadence: meeting.cadence, meeting, part: r.role }] : [];
  });
}
