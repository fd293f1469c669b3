// The registry of content collections: each collection's folder and schema, written once. The
// Astro config (content.config.ts), the content reader (src/lib/content-files.ts) and the integrity
// guard (src/lib/integrity/) all iterate this list, so a collection cannot be wired but left unchecked.
import type { z } from 'astro/zod';
import { roleSchema } from '../schemas/role.ts';
import { metricSchema } from '../schemas/metric.ts';
import { glossaryTermSchema } from '../schemas/glossary-term.ts';
import { teamShapeSchema } from '../schemas/team-shape.ts';
import { activitySchema } from '../schemas/activity.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { assessmentSchema } from '../schemas/assessment.ts';
import { ownerKindSchema } from '../schemas/owner-kind.ts';
import { hiringSchema } from '../schemas/hiring.ts';
import { onboardingSchema } from '../schemas/onboarding.ts';
import { channelSchema } from '../schemas/channel.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { escalationRouteSchema } from '../schemas/escalation-route.ts';
import { businessCaseSchema } from '../schemas/business-case.ts';
import { changelogEntrySchema } from '../schemas/changelog.ts';
import { vendorCategorySchema } from '../schemas/vendor-criteria.ts';

/**
 * A collection of YAML files, one entry per file in content/<folder>/. `key` names the field that
 * must equal the file name (the entry's id, the role it belongs to, or a team's size), so every URL
 * and anchor can be predicted from the file tree.
 */
export interface DataCollection<S extends z.ZodType = z.ZodType> {
  folder: string;
  schema: S;
  key: 'id' | 'role' | 'size';
  /** What one entry is called in an editor's error message, e.g. "unknown metric". */
  noun: string;
}

const collection = <S extends z.ZodType>(folder: string, schema: S, key: DataCollection['key'], noun: string): DataCollection<S> => ({
  folder,
  schema,
  key,
  noun,
});

/** Every data collection, by the name Astro's `getCollection()` knows it by. */
export const DATA_COLLECTIONS = {
  roles: collection('roles', roleSchema, 'id', 'role'),
  metrics: collection('metrics', metricSchema, 'id', 'metric'),
  glossary: collection('glossary', glossaryTermSchema, 'id', 'glossary term'),
  teamShapes: collection('team-shapes', teamShapeSchema, 'size', 'team shape'),
  activities: collection('activities', activitySchema, 'id', 'activity'),
  meetings: collection('meetings', meetingSchema, 'id', 'meeting'),
  assessments: collection('assessments', assessmentSchema, 'role', 'self-assessment'),
  ownerKinds: collection('owner-kinds', ownerKindSchema, 'id', 'owner kind'),
  hiring: collection('hiring', hiringSchema, 'role', 'hiring kit'),
  onboarding: collection('onboarding', onboardingSchema, 'role', 'onboarding plan'),
  channels: collection('channels', channelSchema, 'id', 'channel'),
  decisions: collection('decisions', decisionSchema, 'id', 'decision'),
  escalationRoutes: collection('escalation-routes', escalationRouteSchema, 'id', 'escalation route'),
  businessCase: collection('business-case', businessCaseSchema, 'id', 'business case defaults file'),
  changelog: collection('changelog', changelogEntrySchema, 'id', 'changelog entry'),
  vendorCriteria: collection('vendor-criteria', vendorCategorySchema, 'id', 'vendor criteria category'),
};

export type CollectionName = keyof typeof DATA_COLLECTIONS;
export type EntryOf<C extends CollectionName> = z.output<(typeof DATA_COLLECTIONS)[C]['schema']>;

/** Where editors' content lives, relative to the project root. */
export const CONTENT_DIR = 'content';
/** Starlight's docs collection (MDX pages); fixed by Starlight's docsLoader. */
export const DOCS_DIR = 'content/docs';
/** The site's identity file. */
export const SITE_FILE = 'content/site.yaml';
