// Wires each collection to its loader and schema. Schemas live in src/schemas (one per concept).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageExtensionSchema } from './src/schemas/page.ts';
import { roleSchema } from './src/schemas/role.ts';
import { metricSchema } from './src/schemas/metric.ts';
import { glossaryTermSchema } from './src/schemas/glossary-term.ts';
import { teamShapeSchema } from './src/schemas/team-shape.ts';
import { activitySchema } from './src/schemas/activity.ts';
import { meetingSchema } from './src/schemas/meeting.ts';
import { assessmentSchema } from './src/schemas/assessment.ts';
import { ownerKindSchema } from './src/schemas/owner-kind.ts';
import { hiringSchema } from './src/schemas/hiring.ts';
import { onboardingSchema } from './src/schemas/onboarding.ts';

/** One YAML file per entry in content/<folder>/; the file name is the entry's id. */
const yamlFolder = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageExtensionSchema }) }),
  roles: defineCollection({ loader: yamlFolder('roles'), schema: roleSchema }),
  metrics: defineCollection({ loader: yamlFolder('metrics'), schema: metricSchema }),
  glossary: defineCollection({ loader: yamlFolder('glossary'), schema: glossaryTermSchema }),
  teamShapes: defineCollection({ loader: yamlFolder('team-shapes'), schema: teamShapeSchema }),
  activities: defineCollection({ loader: yamlFolder('activities'), schema: activitySchema }),
  meetings: defineCollection({ loader: yamlFolder('meetings'), schema: meetingSchema }),
  assessments: defineCollection({ loader: yamlFolder('assessments'), schema: assessmentSchema }),
  ownerKinds: defineCollection({ loader: yamlFolder('owner-kinds'), schema: ownerKindSchema }),
  hiring: defineCollection({ loader: yamlFolder('hiring'), schema: hiringSchema }),
  onboarding: defineCollection({ loader: yamlFolder('onboarding'), schema: onboardingSchema }),
};
