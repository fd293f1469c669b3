import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContent } from '../../src/lib/content-files.ts';
import { teamShapeSchema } from '../../src/schemas/team-shape.ts';
import { parseFragment } from 'parse5';
import { jobDocument, jobToHtml, jobToMarkdown, jobToPlainText, escapeMarkdown, type JobText } from '../../src/lib/job-text.ts';
import { ONBOARDING_KEY, planExport, planSpan, planTasks, progress, savedOnboarding } from '../../src/lib/onboarding.ts';
import { planToMarkdown } from '../../src/lib/onboarding-export.ts';
import { fullTeamSize, hireText, hiringPlan, hiringPlanToMarkdown, peopleCount, planSummary } from '../../src/lib/hiring-plan.ts';
import { SafeStore } from '../../src/lib/storage.ts';
import { ONBOARDING_PHASES } from '../../src/site/vocabulary.ts';
import type { Weekday } from '../../src/lib/iso-date.ts';
import { fakeStorage } from '../helpers/fake-storage.ts';
import { largestTeamSize } from '../helpers/content.ts';

const job: JobText = {
  roleName: 'Search and discovery',
  title: 'Search lead',
  url: 'https://x.test/roles/search-discovery/hiring/#lead',
  purpose: 'Owns search.',
  scope: 'Search on the site & in punchout <cXML>',
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

  it('renders HTML for the clipboard with the same headings and lists, escaped, and a link to its source', () => {
    type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };
    const root = parseFragment(jobToHtml(job)) as unknown as Node;
    const all = (n: Node): Node[] => [n, ...(n.childNodes ?? []).flatMap(all)];
    const text = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(text).join(''));
    const named = (name: string) => all(root).filter((n) => n.nodeName === name);
    const doc = jobDocument(job);
    expect(named('h1').map(text)).toEqual([job.title]);
    expect(named('h2').map(text)).toEqual(doc.sections.map((s) => s.heading));
    expect(
      named('ul').map((ul) =>
        named('li')
          .filter((li) => ul.childNodes!.includes(li))
          .map(text),
      ),
    ).toEqual(doc.sections.map((s) => s.items));
    // Content that looks like markup stays text: no element is made of it.
    expect(named('p').map(text)).toContain('Scope: Search on the site & in punchout <cXML>');
    expect(named('cxml')).toEqual([]);
    const link = named('a')[0]!;
    expect(link.attrs).toEqual([{ name: 'href', value: job.url }]);
    expect(text(link)).toBe('Search and discovery hiring kit');
  });

  it('writes every section of the one document in each format', () => {
    const doc = jobDocument(job);
    for (const written of [jobToMarkdown(job), jobToPlainText(job)])
      for (const s of doc.sections) {
        expect(written).toContain(s.heading);
        for (const item of s.items) expect(written.replace(/\\/g, '')).toContain(item);
      }
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
    { id: 'meet-search', phase: 'day-30' as const, title: 'Meet search', detail: 'Talk.' },
    { id: 'ship-report', phase: 'day-60' as const, title: 'Ship the report', detail: 'Publish it.' },
  ];

  it('counts only ticks of tasks still in the plan', () =>
    expect(progress(tasks, ['meet-search', 'removed-task'])).toEqual({ done: 1, total: 2 }));

  it('exports the plan with its ticks as a Markdown task list, headed by the phases that have tasks, one line per task', () => {
    const phase = (id: string) => ONBOARDING_PHASES.find((p) => p.id === id)!;
    const [first, second] = [phase('day-30'), phase('day-60')];
    const wrapped = [tasks[0]!, { ...tasks[1]!, title: 'Ship\n  the report', detail: ' Publish\nit. ' }];
    const plan = planExport('Search:\nonboarding', 'https://x.test/p', 'search-discovery', wrapped, () => ({ first: 1, last: 30 }));
    expect(planTasks(plan).map((t) => t.id)).toEqual(['meet-search', 'ship-report']);
    expect(planToMarkdown(plan, ['ship-report', 'removed-task'])).toBe(
      `# Search: onboarding\n\n1 of 2 tasks done. Plan: https://x.test/p\n\n## ${first.label}\n\n- [ ] **Meet search**: Talk.\n\n## ${second.label}\n\n- [x] **Ship the report**: Publish it.\n`,
    );
  });

  it('names the plan after the phases from the start date on', () => expect(planSpan()).toBe('30/60/90-day'));

  it('round-trips saved ticks in the stored shape, and resets corrupt or unknown versions with a notice and a backup', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    const state = {
      v: 2 as const,
      roles: { 'search-discovery': { done: ['meet-search'], start: '2027-03-01', workdays: [1, 2, 3, 4] as Weekday[], updated: 'd' } },
    };
    savedOnboarding.save(store, state);
    expect(JSON.parse(backing.data.get(ONBOARDING_KEY)!)).toEqual(state);
    expect(savedOnboarding.load(store).state).toEqual(state);
    backing.setItem(ONBOARDING_KEY, '{"v":3}');
    expect(savedOnboarding.load(store).notice).toMatch(/could not be read/);
    expect(backing.data.get(`${ONBOARDING_KEY}.backup`)).toBe('{"v":3}');
    backing.setItem(ONBOARDING_KEY, '[[[');
    expect(savedOnboarding.load(store).notice).toMatch(/could not be read/);
    expect(backing.data.get(`${ONBOARDING_KEY}.backup`)).toBe('[[[');
  });

  it('loads the ticks saved by the first version, without dates, and writes them back as the current version', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    backing.setItem(
      ONBOARDING_KEY,
      JSON.stringify({ v: 1, roles: { 'search-discovery': { done: ['meet-search', 'ship-report'], updated: 'd' } } }),
    );
    const loaded = savedOnboarding.load(store);
    expect(loaded.notice).toBeUndefined();
    expect(loaded.state).toEqual({
      v: 2,
      roles: { 'search-discovery': { done: ['meet-search', 'ship-report'], start: null, workdays: null, updated: 'd' } },
    });
    expect(backing.data.has(`${ONBOARDING_KEY}.backup`)).toBe(false);
    savedOnboarding.update(store, (stored) => stored);
    expect(JSON.parse(backing.data.get(ONBOARDING_KEY)!).v).toBe(2);
  });

  it('keeps another role’s ticks when this page writes its own back', () => {
    const backing = fakeStorage();
    const store = new SafeStore(() => backing);
    savedOnboarding.save(store, { v: 2, roles: { 'data-analytics': { done: ['a'], start: null, workdays: null, updated: 'd' } } });
    savedOnboarding.update(store, (stored) => ({
      ...stored,
      roles: { ...stored.roles, 'search-discovery': { done: ['b'], start: '2027-01-04', workdays: null, updated: 'e' } },
    }));
    expect(Object.keys(savedOnboarding.load(store).state.roles).sort()).toEqual(['data-analytics', 'search-discovery']);
  });

  it('keeps valid ticks, with the strict kebab-case rule, and never throws on hostile saved values (1,000 cases)', () => {
    const r = savedOnboarding.parse({ v: 2, roles: { x: { done: ['a', 7, 'a', '<b>', 'a--b', '-c'] } } });
    expect(r.state.roles.x!.done).toEqual(['a']);
    expect(r.dropped).toBe(4);
    const dates = savedOnboarding.parse({ v: 2, roles: { x: { done: ['a'], start: '2027-02-29', workdays: [1, 1, 8] } } });
    expect(dates.state.roles.x).toEqual({ done: ['a'], start: null, workdays: null, updated: '' });
    expect(dates.dropped).toBe(2);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(savedOnboarding.parse(v).state.v).toBe(2);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('hiring plan', () => {
  const shapes = readContent(process.cwd()).teamShapes.map((f) => teamShapeSchema.parse(f.data));

  const full = largestTeamSize();

  it('plans from nobody to the full team: the first hire is the head, every role is hired once', () => {
    expect(fullTeamSize(shapes)).toBe(full);
    const plan = hiringPlan(shapes, 0, []);
    expect(plan).toHaveLength(full);
    expect(plan[0]!.level).toBe('head');
    expect(new Set(plan.map((h) => h.role)).size).toBe(full);
    expect(plan.map((h) => h.size)).toEqual(Array.from({ length: full }, (_, i) => i + 1));
    expect(hiringPlan(shapes, full, [])).toEqual([]);
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

  it('words each hire once, for the page and the Markdown copy alike, linking the job description at its level', () => {
    const plan = hiringPlan(shapes, full - 1, []);
    const names = { [plan[0]!.role]: 'Named role' };
    const text = hireText(plan[0]!, names);
    expect(text).toEqual({
      heading: `Named role at ${plan[0]!.level} level`,
      href: `/roles/${plan[0]!.role}/hiring/#${plan[0]!.level}`,
      hats: plan[0]!.hats.map((r) => names[r] ?? r).join(', '),
    });
    const md = hiringPlanToMarkdown(plan, names, 'https://x.test');
    expect(md).toBe(
      `# Hiring plan\n\n1. **${text.heading}** (${plan[0]!.title}); wears: ${text.hats}. Job description: https://x.test${text.href}\n`,
    );
    expect(hiringPlanToMarkdown([], {}, 'https://x.test')).toMatch(/no hire is needed/);
  });

  it('sums the plan up against the full team, and counts people in words', () => {
    const plan = hiringPlan(shapes, 0, []);
    expect(planSummary(plan, full)).toBe(`${full} hires to a full team of ${full}, in this order.`);
    expect(planSummary(plan.slice(0, 1), full)).toMatch(/^1 hire to/);
    expect(planSummary([], full)).toMatch(/no hire is needed/);
    expect([0, 1, 2].map(peopleCount)).toEqual(['Nobody yet', '1 person', '2 people']);
  });
});
