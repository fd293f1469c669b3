// The anchors the site's pages carry and other pages link to: built here, parsed here, labelled here.
// Ids come from content (role ids, metric ids, team sizes), so an anchor survives a reworded heading.
import { CADENCES, type CadenceId } from './vocabulary.ts';

/** Sections every role playbook has, written `## Heading {#id}` in its MDX. */
export const ROLE_SECTIONS = [
  'mission',
  'why-it-matters',
  'responsibilities',
  'kpis',
  'working-with',
  'maturity',
  'anti-patterns',
  'one-of-several-hats',
  'tools',
  'first-steps',
] as const;
type RoleSection = (typeof ROLE_SECTIONS)[number];

/** A KPI of a role's playbook: /roles/<role>/#kpi-<metric>. */
export const kpiAnchor = (metricId: string) => `kpi-${metricId}`;
/** How a role works with another: /roles/<role>/#with-<other role>. */
export const withAnchor = (roleId: string) => `with-${roleId}`;
/** A cadence of a role's operating rhythm: /roles/<role>/#rhythm-<cadence>. */
export const rhythmAnchor = (cadence: CadenceId) => `rhythm-${cadence}`;
/** A team shape on /start-small/: #team-of-<size>. */
export const teamOfAnchor = (size: number) => `team-of-${size}`;
/** A decision in the register on /working-together/: #decision-<id>. */
export const decisionAnchor = (decisionId: string) => `decision-${decisionId}`;
/** An order channel on /metrics/: #channel-<id>. */
export const channelAnchor = (channelId: string) => `channel-${channelId}`;
/** A vendor category's criteria on /guides/vendor-selection/: #criteria-<category id>. */
export const criteriaAnchor = (categoryId: string) => `criteria-${categoryId}`;
/** A maturity level row in a playbook: #level-<n>. */
export const levelAnchor = (level: number) => `level-${level}`;

export type RoleAnchor =
  | { kind: 'section'; section: RoleSection }
  | { kind: 'kpi'; metric: string }
  | { kind: 'with'; role: string }
  | { kind: 'rhythm'; cadence: CadenceId }
  | { kind: 'level'; level: number };

/** What an anchor of a role playbook points at, or undefined for one the playbook cannot have. */
export function parseRoleAnchor(anchor: string): RoleAnchor | undefined {
  if ((ROLE_SECTIONS as readonly string[]).includes(anchor)) return { kind: 'section', section: anchor as RoleSection };
  if (anchor.startsWith('kpi-') && anchor.length > 4) return { kind: 'kpi', metric: anchor.slice(4) };
  if (anchor.startsWith('with-') && anchor.length > 5) return { kind: 'with', role: anchor.slice(5) };
  if (anchor.startsWith('rhythm-')) {
    const cadence = CADENCES.find((c) => rhythmAnchor(c.id) === anchor);
    return cadence && { kind: 'rhythm', cadence: cadence.id };
  }
  const level = /^level-([1-9])$/.exec(anchor);
  return level ? { kind: 'level', level: Number(level[1]) } : undefined;
}

/** The names an anchor label is made from; all come from content. */
export interface AnchorNames {
  /** Heading text of the playbook's sections, by anchor (from the MDX headings). */
  sections: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
  metrics: ReadonlyMap<string, string>;
}

/** A reader-facing label for a link to an anchor of a role playbook, e.g. "KPI: Zero-result search rate". */
export function roleAnchorLabel(anchor: string, names: AnchorNames): string {
  const parsed = parseRoleAnchor(anchor);
  switch (parsed?.kind) {
    case 'section':
      return names.sections.get(anchor) ?? anchor;
    case 'kpi':
      return `KPI: ${names.metrics.get(parsed.metric) ?? parsed.metric}`;
    case 'with':
      return `Working with ${names.roles.get(parsed.role) ?? parsed.role}`;
    case 'rhythm':
      return `${CADENCES.find((c) => c.id === parsed.cadence)!.label} rhythm`;
    case 'level':
      return `Maturity level ${parsed.level}`;
    default:
      return anchor;
  }
}
