// The data SelfAssessment.astro embeds for <self-assessment>: the questions, the role's levels and
// the playbook links of the advice. Built on the server from the content, checked in the browser.
import type { AssessmentSetup } from '../lib/assessment-result.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { Role } from '../schemas/role.ts';
import { roleAnchorLabel, type AnchorNames } from '../site/anchors.ts';
import { hasFields } from './widget-data.ts';

export interface SelfAssessmentData extends AssessmentSetup {
  /** Whose answers these are in the saved state. */
  role: Role['id'];
}

/** `playbook` is the role's playbook URL; `names` label its anchors (from its headings and the content). */
export function selfAssessmentData(
  role: Pick<Role, 'id' | 'maturity'>,
  assessment: Pick<Assessment, 'competencies' | 'statements'>,
  playbook: string,
  names: AnchorNames,
): SelfAssessmentData {
  return {
    role: role.id,
    competencies: assessment.competencies.map(({ id, name }) => ({ id, name })),
    statements: assessment.statements,
    levels: role.maturity.map(({ level, name, observable }) => ({ level, name, observable })),
    links: Object.fromEntries(
      assessment.statements.map((s) => [s.anchor, { href: `${playbook}#${s.anchor}`, label: roleAnchorLabel(s.anchor, names) }]),
    ),
  };
}

export const isSelfAssessmentData = hasFields<SelfAssessmentData>({
  role: 'string',
  competencies: 'array',
  statements: 'array',
  levels: 'array',
  links: 'object',
});
