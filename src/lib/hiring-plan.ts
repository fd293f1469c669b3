/**
 * Hiring plan: from the team a reader has today to six people, following the team shapes of
 * /start-small/. Pure.
 *
 * Each step adds the person of the next team shape whose main hat is the shape's `hireNext` role.
 * Roles the reader already covers are skipped, so the plan never hires for a covered capability.
 * Level: a person combining several hats is hired as a lead (a generalist who can set priorities
 * across them); a single-hat hire joins as a specialist; the very first person, who carries every
 * hat at first, is the head.
 */

export interface ShapePerson {
  title: string;
  roles: string[];
}
export interface Shape {
  size: number;
  name: string;
  people: ShapePerson[];
  hireNext?: string;
}
export type HireLevel = 'specialist' | 'lead' | 'head';

export interface PlannedHire {
  /** Team size after this hire. */
  size: number;
  role: string;
  level: HireLevel;
  title: string;
  /** All hats this person wears in that team shape, main hat first. */
  hats: string[];
}

export function hiringPlan(shapes: Shape[], teamSize: number, covered: readonly string[]): PlannedHire[] {
  const bySize = new Map(shapes.map((s) => [s.size, s]));
  const have = new Set(covered);
  const plan: PlannedHire[] = [];
  let size = Math.max(0, Math.min(6, Math.trunc(teamSize)));
  // Walk the shapes upwards; each step's main hat comes from the previous shape's hireNext.
  for (let next = size + 1; next <= 6; next++) {
    const shape = bySize.get(next);
    if (!shape) break;
    const main = next === 1 ? shape.people[0]?.roles[0] : bySize.get(next - 1)?.hireNext;
    if (!main || have.has(main)) continue;
    const person = shape.people.find((p) => p.roles[0] === main) ?? { title: main, roles: [main] };
    const level: HireLevel = size === 0 && plan.length === 0 ? 'head' : person.roles.length > 1 ? 'lead' : 'specialist';
    plan.push({ size: size + 1, role: main, level, title: person.title, hats: person.roles });
    have.add(main);
    size++;
  }
  return plan;
}

/** The plan as Markdown, with links to the job descriptions. */
export function hiringPlanToMarkdown(plan: PlannedHire[], names: Record<string, string>, origin: string): string {
  if (plan.length === 0) return '# Hiring plan\n\nEvery capability already has an owner: no hire is needed by this plan.\n';
  const lines = ['# Hiring plan', ''];
  plan.forEach((h, i) => {
    const hats = h.hats.map((r) => names[r] ?? r).join(', ');
    lines.push(
      `${i + 1}. **${names[h.role] ?? h.role}** at ${h.level} level (${h.title}); wears: ${hats}. Job description: ${origin}/roles/${h.role}/hiring/#${h.level}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
