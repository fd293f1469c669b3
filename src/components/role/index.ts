// The components a role playbook page (content/docs/roles/<id>/index.mdx) uses.
export { default as RoleMission } from './RoleMission.astro';
export { default as RoleRituals } from './RoleRituals.astro';
export { default as RoleKpis } from './RoleKpis.astro';
export { default as RoleWorkingWith } from './RoleWorkingWith.astro';
export { default as RoleMaturity } from './RoleMaturity.astro';
export { default as RoleAntiPatterns } from './RoleAntiPatterns.astro';
export { default as RoleTerms } from './RoleTerms.astro';
export { default as RoleFirstSteps } from './RoleFirstSteps.astro';
export { default as RoleGuides } from './RoleGuides.astro';
