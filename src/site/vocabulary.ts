// The site's fixed vocabulary: each list of ids and its labels is written here once. Schemas build
// their enums from it, components and widgets read the labels from it. No zod here, so widget code
// can import it without shipping the schema library to the browser.

/** The shape of every id: file names, URL segments, `#anchors`, saved-state keys. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isKebabId = (v: unknown): v is string => typeof v === 'string' && KEBAB_CASE.test(v);

/** How often a role's ritual happens; each role has at least one of each (#rhythm-<id> anchors). */
export const CADENCES = [
  { id: 'weekly', label: 'Weekly' },
  { id: 'monthly', label: 'Monthly' },
  { id: 'quarterly', label: 'Quarterly' },
] as const;
export type CadenceId = (typeof CADENCES)[number]['id'];
export const CADENCE_IDS = /* @__PURE__ */ CADENCES.map((c) => c.id) as [CadenceId, ...CadenceId[]];

/** The phases of a 30/60/90-day onboarding plan (#<id> anchors on the onboarding page). */
export const ONBOARDING_PHASES = [
  { id: 'pre-boarding', label: 'Before day one', lastDay: 0 },
  { id: 'day-30', label: 'First 30 days', lastDay: 30 },
  { id: 'day-60', label: 'Days 31 to 60', lastDay: 60 },
  { id: 'day-90', label: 'Days 61 to 90', lastDay: 90 },
] as const;
export type OnboardingPhaseId = (typeof ONBOARDING_PHASES)[number]['id'];
export const ONBOARDING_PHASE_IDS = /* @__PURE__ */ ONBOARDING_PHASES.map((p) => p.id) as [OnboardingPhaseId, ...OnboardingPhaseId[]];

/** What a new hire does in an onboarding task. */
export const ONBOARDING_TASK_KINDS = [
  { id: 'meet', label: 'Meet' },
  { id: 'access', label: 'Get access' },
  { id: 'learn', label: 'Learn' },
  { id: 'deliver', label: 'Deliver' },
  { id: 'assess', label: 'Assess' },
] as const;
export type OnboardingTaskKind = (typeof ONBOARDING_TASK_KINDS)[number]['id'];
export const ONBOARDING_TASK_KIND_IDS = /* @__PURE__ */ ONBOARDING_TASK_KINDS.map((k) => k.id) as [
  OnboardingTaskKind,
  ...OnboardingTaskKind[],
];

/**
 * The levels every role is hired at, in order; the ids are permanent `#anchors` on the hiring page.
 * `maturity` is the self-assessment level (1 to MATURITY_MAX) the job is hired to bring the role's
 * capability to, this site's suggestion: a specialist runs the measured weekly loop of level 3, a
 * lead adds the gates and governance of level 4, a head makes it hold across units at level 5.
 * `decides` is the part the level plays in the role's decisions (content/decisions/), as a heading
 * over their list and as a sentence in the levels compared.
 */
export const JOB_LEVELS = [
  {
    id: 'specialist',
    label: 'Specialist',
    maturity: 3,
    decides: { heading: 'What you prepare for the decisions of this role', part: 'Prepares the evidence for them' },
  },
  { id: 'lead', label: 'Lead', maturity: 4, decides: { heading: 'What you decide', part: 'Decides them' } },
  {
    id: 'head',
    label: 'Head',
    maturity: 5,
    decides: { heading: 'What you decide', part: 'Decides them for every business unit, country and channel' },
  },
] as const;
export type JobLevelId = (typeof JOB_LEVELS)[number]['id'];
export const JOB_LEVEL_IDS = /* @__PURE__ */ JOB_LEVELS.map((l) => l.id) as [JobLevelId, ...JobLevelId[]];

/**
 * The kinds of ownership a capability can have today, from furthest to closest to a dedicated
 * internal owner. Their wording lives in content/owner-kinds/<id>.yaml; `gap` is the scorecard's
 * distance from a dedicated owner, used in its priority rule, and `letter` its share-code letter.
 */
export const OWNER_KINDS = [
  { id: 'none', gap: 3, letter: 'n' },
  { id: 'vendor', gap: 2, letter: 'v' },
  { id: 'part-time', gap: 1, letter: 'p' },
  { id: 'dedicated', gap: 0, letter: 'd' },
] as const;
export type OwnerId = (typeof OWNER_KINDS)[number]['id'];
export const OWNER_IDS = /* @__PURE__ */ OWNER_KINDS.map((o) => o.id) as [OwnerId, ...OwnerId[]];

/** RACI letters of a decision or activity, with what each means. */
export const RACI_LETTERS = [
  { id: 'R', label: 'Responsible' },
  { id: 'A', label: 'Accountable' },
  // The accountable role that also does the work itself, so no other role has to be named R for it.
  { id: 'AR', label: 'Accountable and responsible' },
  { id: 'C', label: 'Consulted' },
  { id: 'I', label: 'Informed' },
] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number]['id'];
export const RACI_LETTER_IDS = /* @__PURE__ */ RACI_LETTERS.map((l) => l.id) as [RaciLetter, ...RaciLetter[]];

/** The forms an interview exercise takes; roles use different ones, so candidates show the role's own work. */
export const EXERCISE_FORMATS = [
  { id: 'take-home', label: 'Take-home' },
  { id: 'live-working-session', label: 'Live working session' },
  { id: 'case-presentation', label: 'Case presentation' },
  { id: 'data-exercise', label: 'Data exercise' },
  { id: 'design-critique', label: 'Design critique' },
  { id: 'system-design', label: 'System design' },
] as const;
export type ExerciseFormatId = (typeof EXERCISE_FORMATS)[number]['id'];
export const EXERCISE_FORMAT_IDS = /* @__PURE__ */ EXERCISE_FORMATS.map((f) => f.id) as [ExerciseFormatId, ...ExerciseFormatId[]];

/** Which way a metric's target points, with how the catalogue says it. */
export const TARGET_DIRECTIONS = [
  { id: 'higher', label: 'higher is better' },
  { id: 'lower', label: 'lower is better' },
  { id: 'range', label: 'keep it inside the range' },
] as const;
export type TargetDirectionId = (typeof TARGET_DIRECTIONS)[number]['id'];
export const TARGET_DIRECTION_IDS = /* @__PURE__ */ TARGET_DIRECTIONS.map((d) => d.id) as [TargetDirectionId, ...TargetDirectionId[]];

/** Where a vendor's claim on a selection criterion is proven (/guides/vendor-selection/). */
export const PROOF_KINDS = [
  { id: 'scripted-demo', label: 'Scripted demo' },
  { id: 'trial', label: 'Hands-on trial' },
  { id: 'reference-call', label: 'Reference call' },
  { id: 'contract', label: 'Contract and documents' },
] as const;
export type ProofKindId = (typeof PROOF_KINDS)[number]['id'];
export const PROOF_KIND_IDS = /* @__PURE__ */ PROOF_KINDS.map((k) => k.id) as [ProofKindId, ...ProofKindId[]];

/** Maturity levels run from 1 (absent) to this. */
export const MATURITY_MAX = 5;

/** The label of an id in one of the lists above (the id itself for an unknown one). */
export function labelOf<T extends { id: string; label: string }>(list: readonly T[], id: string): string {
  return list.find((x) => x.id === id)?.label ?? id;
}
