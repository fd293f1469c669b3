import { z } from 'astro/zod';
import { JOB_LEVEL_IDS, ONBOARDING_PHASE_IDS } from '../site/vocabulary.ts';

/**
 * A role as published for HR tools at /api/roles/<id>.json (and, in a list, /api/roles.json).
 * The JSON Schema at /api/roles.schema.json is generated from this schema; change both together
 * by changing this file only. Fields are added, never renamed or removed, without a new `version`.
 */
export const publishedRoleSchema = z
  .object({
    /** Permanent role id. */
    id: z.string(),
    /** Role name. */
    name: z.string(),
    /** The role in one sentence. */
    mission: z.string(),
    /** A short summary. */
    summary: z.string(),
    /** Absolute URL of the playbook. */
    url: z.url(),
    /** The person who owns the role at the company running this copy of the site, when it names one. */
    owner: z
      .object({ name: z.string(), contact: z.string().describe('Email address or https:// address'), team: z.string().optional() })
      .strict()
      .optional(),
    /** The KPIs the role is measured by. */
    kpis: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        definition: z.string(),
        formula: z.string(),
        unit: z.string(),
        url: z.url(),
      }),
    ),
    /** Job descriptions at the three levels. */
    jobDescriptions: z.array(
      z.object({
        level: z.enum(JOB_LEVEL_IDS),
        title: z.string(),
        url: z.url(),
        purpose: z.string(),
        responsibilities: z.array(z.string()),
        successAt6Months: z.array(z.string()),
        successAt12Months: z.array(z.string()),
        requirements: z.array(z.string()),
        notRequired: z.array(z.string()),
        reportsTo: z.string(),
      }),
    ),
    /** The 30/60/90-day onboarding plan. */
    onboarding: z.object({
      url: z.url(),
      tasks: z.array(
        z.object({ id: z.string(), phase: z.enum(ONBOARDING_PHASE_IDS), kind: z.string(), title: z.string(), detail: z.string() }),
      ),
    }),
  })
  .strict();

export const publishedRolesSchema = z
  .object({
    /** Format version of this file. */
    version: z.literal(1),
    /** The site that publishes the file (content/site.yaml). */
    site: z.object({ name: z.string(), url: z.url() }).strict(),
    roles: z.array(publishedRoleSchema),
  })
  .strict();

export type PublishedRole = z.output<typeof publishedRoleSchema>;
