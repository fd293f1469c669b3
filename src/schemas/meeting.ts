import { z } from 'astro/zod';
import { kebabId, line, prose } from './common.ts';
import { CADENCE_IDS } from '../site/vocabulary.ts';

/** A meeting of the team's shared operating rhythm (/working-together/#rhythm). */
export const meetingSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name. */
    id: kebabId,
    /** Position in the rhythm (1 = most frequent). */
    order: z.number().int().min(1),
    /** Name, e.g. "Weekly platform stand-up". */
    name: line(80),
    /** How often it meets. */
    cadence: z.enum(CADENCE_IDS),
    /** How long it lasts, in minutes: the one place a meeting's length is written. */
    minutes: z.number().int().min(10).max(480),
    /** What it is for. */
    purpose: prose(20, 500),
    /** Who attends: role ids, or other functions. */
    attendees: z.array(line(80)).min(2),
    /** Who runs it (a role id). */
    chair: kebabId,
    /** What people bring. */
    inputs: z.array(line(200)).min(1),
    /** What comes out. */
    outputs: z.array(line(200)).min(1),
  })
  .strict();

export type Meeting = z.output<typeof meetingSchema>;
