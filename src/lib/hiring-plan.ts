/**
 * Hiring plan: from the team a reader has today to the full team, following the team shapes of
 * /start-small/ (content/team-shapes; the full team is the largest shape). Pure.
 *
 * Each step adds the person of the next team shape whose main hat is the shape's `hireNext` role.
 * Roles the reader already covers are skipped, so the plan never hires for a covered capability.
 * Level: a person combining several hats is hired as a lead (a generalist who can set priorities
 * across them); a single-hat hire joins as a specialist; the very first person, who carries every
 * hat at first, is the head.
 */
import type { TeamShape } from '../schemas/team-shape.ts';
import type { JobLevelId } from '../site/vocabulary.ts';

/** The parts of a team shape the plan needs. */
export type PlanShape = Pick<TeamShape, 'size' | 'name' | 'hireNext'> & { people: Pick<TeamShape['people'][number], 'title' | 'roles'>[] };

export interface PlannedHire {
  /** Team size after this hire. */
  size: number;
  role: string;
  level: JobLevelId;
  title: string;
  /** All hats this person wears in that team shape, main hat first. */
  hats: string[];
}

/** The size of the full team: the largest team shape. */
export const fullTeamSize = (shapes: readonly Pick<TeamShape, 'size'>[]) => Math.max(0, ...shapes.map((s) => s.size));

/** "Nobody yet", "1 person", "3 people". */
export const peopleCount = (n: number) => (n === 0 ? 'Nobody yet' : n === 1 ? '1 person' : `${n} people`);

export function hiringPlan(shapes: readonly PlanShape[], teamSize: number, covered: readonly string[]): PlannedHire[] {
  const bySize = new Map(shapes.map((s) => [s.size, s]));
  const full = fullTeamSize(shapes);
  const have = new Set(covered);
  const plan: PlannedHire[] = [];
  let size = Math.max(0, Math.min(full, Math.trunc(teamSize)));
  // Walk the shapes upwards; each step's main hat comes from the previous shape's hireNext.
  for (let next = size + 1; next <= full; next++) {
    const shape = bySize.get(next);
    if (!shape) break;
    const main = next === 1 ? shape.people[0]?.roles[0] : bySize.get(next - 1)?.hireNext;
    if (!main || have.has(main)) continue;
    const person = shape.people.find((p) => p.roles[0] === main) ?? { title: main, roles: [main] };
    const level: JobLevelId = size === 0 && plan.length === 0 ? 'head' : person.roles.length > 1 ? 'lead' : 'specialist';
    plan.push({ size: size + 1, role: main, level, title: person.title, hats: person.roles });
    have.add(main);
    size++;
  }
  return plan;
}

/** One hire in words, shared by the list on the page and the Markdown copy. */
export interface HireText {
  /** e.g. "Search and discovery at lead level". */
  heading: string;
  /** The job description at that level. */
  href: string;
  /** e.g. "Search and discovery, Data and analytics". */
  hats: string;
}

export function hireText(h: PlannedHire, names: Readonly<Record<string, string>>): HireText {
  const name = (id: string) => names[id] ?? id;
  return {
    heading: `${name(h.role)} at ${h.level} level`,
    href: `/roles/${h.role}/hiring/#${h.level}`,
    hats: h.hats.map(name).join(', '),
  };
}

/** The sentence above the plan. */
export function planSummary(plan: readonly PlannedHire[], fullSize: number): string {
  return plan.length
    ? `${plan.length} hire${plan.length > 1 ? 's' : ''} to a full team of ${fullSize}, in this order.`
    : 'Every capability already has an owner inside: no hire is needed by this plan.';
}

/** The plan as Markdown, with links to the job descriptions. */
export function hiringPlanToMarkdown(plan: readonly PlannedHire[], names: Readonly<Record<string, string>>, origin: string): string {
  if (plan.length === 0) return '# Hiring plan\n\nEvery capability already has an owner: no hire is needed by this plan.\n';
  const lines = ['# Hiring plan', ''];
  plan.forEach((h, i) => {
    const t = hireText(h, names);
    lines.push(`${i + 1}. **${t.heading}** (${h.title}); wears: ${t.hats}. Job description: ${origin}${t.href}`);
  });
  return `${lines.join('\n')}\n`;
}
