import { z } from 'astro/zod';
import { kebabId, line, prose, refTo } from './common.ts';
import { CADENCE_IDS, JOB_LEVEL_IDS } from '../site/vocabulary.ts';

/** A ritual the role runs on its own (rituals that other roles attend are meetings, referenced by id). */
export const ownRitualSchema = z.object({
  /** How often it happens. */
  cadence: z.enum(CADENCE_IDS),
  /** Short name, e.g. "Search quality review". */
  name: line(80),
  /** What the ritual is for, in a sentence or two. */
  purpose: prose(20, 400),
  /** What people bring: reports, lists, requests. */
  inputs: z.array(line(200)).min(1),
  /** What comes out: decisions, backlogs, published changes. */
  outputs: z.array(line(200)).min(1),
  /** Who attends: this role and functions outside the team ("customer service"); no other role. */
  attendees: z.array(line(80)).min(1),
});

/** A shared meeting of the operating rhythm (content/meetings/<id>.yaml) that this role attends. */
export const meetingRitualSchema = z.object({
  /** Id of the meeting; its cadence, length, chair and agenda live in the meeting file. */
  meeting: refTo('meetings'),
  /** What this role brings to it and takes from it, in a sentence or two. */
  role: prose(20, 400),
});

/** A ritual of the role's operating rhythm: its own, or a shared meeting by reference. */
export const ritualSchema = z.union([meetingRitualSchema.strict(), ownRitualSchema.strict()]);

/** A first step of the playbook, tied to the onboarding task that does it, so the two agree on timing. */
export const firstStepSchema = z.object({
  /** The week it happens: 0 or below is before the start date (pre-boarding), 1 is the first week. */
  week: z.number().int().min(-8).max(13),
  /** Id of the task in the role's onboarding plan (content/onboarding/<role>.yaml) that carries it out. */
  task: kebabId,
  /** What to do, for the reader of the playbook. */
  text: prose(30, 600),
});

/** One KPI the role is measured by, pointing at the metrics catalogue. */
export const roleKpiSchema = z.object({
  /** Id of an entry in the `metrics` collection. */
  metric: refTo('metrics'),
  /** Why this number matters for this role in particular. */
  why: prose(20, 500),
  /** How the number is typically gamed, so a manager can spot it. */
  gamedBy: prose(20, 500),
});

/** How this role works with one of the other roles. */
export const collaborationSchema = z.object({
  /** Id of the other role. */
  role: refTo('roles'),
  /** Decisions the two roles make together. */
  sharedDecisions: prose(20, 600),
  /** What passes from one to the other, and in which direction. */
  handoffs: prose(20, 600),
  /** The usual friction between the two. */
  friction: prose(20, 600),
  /** How to resolve that friction. */
  resolution: prose(20, 600),
});

/** A symptom of project thinking in this role, with its remedy. */
export const antiPatternSchema = z.object({
  /** A short, memorable name, e.g. "Synonym list as a dumping ground". */
  name: line(90),
  /** What you observe. */
  symptom: prose(20, 500),
  /** What to do instead. */
  remedy: prose(20, 600),
});

/** One maturity level of this capability, described by what can be observed. */
export const maturityLevelSchema = z.object({
  /** 1 (absent) to 5 (leading). */
  level: z.number().int().min(1).max(5),
  /** Short name of the level, e.g. "Reactive". */
  name: line(40),
  /** What an outsider can observe at this level. */
  observable: prose(40, 700),
});

/** A role: one of the capabilities a B2B commerce platform needs an internal owner for. */
export const roleSchema = z
  .object({
    /** Permanent kebab-case id; equals the file name and the URL segment. */
    id: kebabId,
    /** Full name, e.g. "Search and discovery". */
    name: line(60),
    /** Short name for tables and cards, e.g. "Search". */
    shortName: line(24),
    /** Position in lists (1 = first). */
    order: z.number().int().min(1),
    /** The role in one sentence. */
    mission: line(220),
    /** A summary that fits a card. */
    summary: line(170),
    /** The operating rhythm: its own rituals and the shared meetings it attends (each cadence is checked by the guard). */
    rituals: z.array(ritualSchema).min(3),
    /** 4 to 10 KPIs from the metrics catalogue. */
    kpis: z.array(roleKpiSchema).min(4).max(10),
    /** How the role works with each of the other roles: one entry per other role. */
    collaboration: z.array(collaborationSchema).min(1),
    /** At least five symptoms of project thinking, each with its remedy. */
    antiPatterns: z.array(antiPatternSchema).min(5),
    /** Exactly five maturity levels, 1 to 5 in order. */
    maturity: z
      .array(maturityLevelSchema)
      .length(5)
      .refine((ls) => ls.every((l, i) => l.level === i + 1), { message: 'levels must be 1, 2, 3, 4, 5 in that order' }),
    /**
     * The typical first hire: the job-description level (its title comes from the hiring file) and where
     * such people come from.
     */
    firstHire: z.union([z.object({ level: z.enum(JOB_LEVEL_IDS), from: line(240) }).strict(), line(240)]),
    /** The job titles the role is known by in the market, as recruiters search them (3 to 10). */
    titles: z.array(line(60)).min(3).max(10).optional(),
    /** The playbook's first steps, each tied to an onboarding task. */
    firstSteps: z.array(firstStepSchema).min(3).max(12).optional(),
    /** Partners inside and outside the company the role leans on. */
    keyPartners: z.array(line(120)).min(2),
    /** Glossary terms the role's playbook uses (ids in the `glossary` collection). */
    glossary: z.array(refTo('glossary')).min(3),
  })
  .strict();

export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
export type Ritual = z.output<typeof ritualSchema>;
export type OwnRitual = z.output<typeof ownRitualSchema>;
export type FirstStep = z.output<typeof firstStepSchema>;
export type MaturityLevel = z.output<typeof maturityLevelSchema>;
