// The data the SelfAssessment component embeds for its element: the assessment plus the role's levels.
import type { AssessmentData } from '../lib/assessment.ts';

export interface AssessmentWidgetData extends AssessmentData {
  roleName: string;
  levels: { level: number; name: string; observable: string }[];
  /** Readable names of the playbook anchors the advice links to. */
  anchorLabels: Record<string, string>;
}
