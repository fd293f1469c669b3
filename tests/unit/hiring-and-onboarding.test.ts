import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContent } from '../../src/lib/content-files.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { jobToMarkdown, jobToPlainText, escapeMarkdown, type JobText } from '../../src/lib/job-text.ts';
import {
  ONBOARDING_KEY,
  loadOnboarding,
  parseSavedOnboarding,
  planToMarkdown,
  progress,
  saveOnboarding,
} from '../../src/lib/onboarding.ts';
import { hiringPlan, hiringPlanToMarkdown } from '../../src/lib/hiring-plan.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';

const job: JobText = {
  roleName: 'Search and discovery',
  title: 'Search lead',
  url: 'https://x.test/roles/search-discovery/hiring/#lead',
  purpose: 'Owns search.',
  responsibilities: ['Run the *weekly* triage', 'Tune [synonyms]'],
  success6Months: ['Zero-result rate below 3%'],
  success12Months: ['Part-number hit rate above 95%'],
  requirements: ['Has run a relevance test set'],
  notRequired: ['A computer science degree'],
  reportsTo: 'Head of e-commerce',
};

describe('job description text', () => {
  it('renders Markdown with escaped content and every section', () => {
    const md = jobToMarkdown(job);
    expect(md.startsWith('# Search lead\n')).toBe(true);
    expect(md).toContain('- Run the \\*weekly\\* triage');
    expect(md).toContain('- Tune \\[synonyms\\]');
    expect(md).toContain('## What we deliberately do not require');
    expect(md).toContain(`(${job.url})`);
  });

  it('renders plain text without Markdown syntax', () => {
    const text = jobToPlainText(job);
    expect(text).toContain('SEARCH LEAD');
    expect(text).toContain('  • Run the *weekly* triage');
    expect(text).not.toMatch(/^#|\*\*|\]\(/m);
  });

  it('escapes anything that would change a Markdown line', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeMarkdown(s).replace(/\\[\\`*_[\]<>#|]/g, '')).not.toMatch(/[`*_[\]<>#|]/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('onboarding checklist', () => {
  const tasks = [
    { id: 'meet-search', phase: 'day-30', title: 'Meet search', detail: 'Talk.' },
    { id: 'ship-report', phase: 'day-60', title: 'Ship the report', detail: 'Publish it.' },
  ];
  const phases = [
    { id: 'day-30', label: 'First 30 days' },
    { id: 'day-60', label: 'Days 31 to 60' },
  ];

  it('counts only ticks of tasks still in the plan', () =>
    expect(progress(tasks, ['meet-search', 'removed-task'])).toEqual({ done: 1, total: 2 }));

  it('exports the plan with its ticks as a Markdown task list', () => {
    expect(planToMarkdown('Search: onboarding', 'https://x.test/p', phases, tasks, ['ship-report'])).toBe(
      '# Search: onboarding\n\n1 of 2 tasks done. Plan: https://x.test/p\n\n## First 30 days\n\n- [ ] **Meet search**: Talk.\n\n## Days 31 to 60\n\n- [x] **Ship the report**: Publish it.\n',
    );
  });

  it('round-trips saved ticks, and resets corrupt or unknown versions with a notice and a backup', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    saveOnboarding(store, { v: 1, roles: { 'search-discovery': { done: ['meet-search'], updated: 'd' } } });
    expect(loadOnboarding(store).state.roles['search-discovery']!.done).toEqual(['meet-search']);
    backing.setItem(ONBOARDING_KEY, '{"v":2}');
    expect(loadOnboarding(store).notice).toMatch(/cannot read/);
    expect(backing.data.get(`${ONBOARDING_KEY}.backup`)).toBe('{"v":2}');
    backing.setItem(ONBOARDING_KEY, '[[[');
    expect(loadOnboarding(store).notice).toMatch(/could not be read/);
  });

  it('keeps valid ticks and never throws on hostile saved values (1,000 cases)', () => {
    expect(parseSavedOnboarding({ v: 1, roles: { x: { done: ['a', 7, 'a', '<b>'] } } }).state.roles.x!.done).toEqual(['a']);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(parseSavedOnboarding(v).state.v).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hiring plan', () => {
  const shapes = readContent(process.cwd()).teamShapes.map((f) => teamShapeSchema.parse(f.data));

  it('plans from nobody to six people: the first hire is the head, every role is hired once', () => {
    const plan = hiringPlan(shapes, 0, []);
    expect(plan).toHaveLength(6);
    expect(plan[0]!.level).toBe('head');
    expect(new Set(plan.map((h) => h.role)).size).toBe(6);
    expect(plan.map((h) => h.size)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('follows the team shapes’ hiring order and skips roles the reader covers', () => {
    const full = hiringPlan(shapes, 1, []);
    const order = shapes.filter((s) => s.hireNext).map((s) => s.hireNext);
    expect(full.map((h) => h.role)).toEqual(order.slice(0, full.length));
    const skipped = hiringPlan(shapes, 1, [order[0]!]);
    expect(skipped.map((h) => h.role)).not.toContain(order[0]);
    expect(skipped[0]!.size).toBe(2);
  });

  it('hires a person with several hats as a lead, a single hat as a specialist', () => {
    for (const h of hiringPlan(shapes, 1, [])) expect(h.level).toBe(h.hats.length > 1 ? 'lead' : 'specialist');
  });

  it('writes Markdown with links to the job description at the planned level', () => {
    const plan = hiringPlan(shapes, 5, []);
    const md = hiringPlanToMarkdown(plan, {}, 'https://x.test');
    expect(md).toContain(`https://x.test/roles/${plan[0]!.role}/hiring/#${plan[0]!.level}`);
    expect(hiringPlanToMarkdown([], {}, 'https://x.test')).toMatch(/no hire is needed/);
  });
});
