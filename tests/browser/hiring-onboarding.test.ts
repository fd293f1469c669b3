// Hiring kit, onboarding checklist and hiring plan builder: clipboard (and its fallback), download,
// saved ticks, Markdown export; and printing of the pages hiring plans link to.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { closeSession, hasChromium, openSession, useBuiltSite, type Session, startWidget } from '../helpers/browser.ts';
import { largestTeamSize, roleIdsInOrder } from '../helpers/content.ts';

const [ROLE, OTHER_ROLE] = roleIdsInOrder() as [string, string];
/** A widget's part by its data-part name. */
const part = (name: string) => `[data-part~="${name}"]`;

describe.skipIf(!hasChromium)('hiring and onboarding pages', () => {
  const site = useBuiltSite();
  let session: Session;
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => void ({ context, page } = session = await openSession(site, { clipboard: true })));
  afterEach(() => closeSession(session));

  const open = async (path: string, element: string) => {
    await page.goto(site.server.origin + path);
    await startWidget(page, element);
  };
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const downloaded = async (download: Download) => {
    const chunks: Buffer[] = [];
    for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  it('copies a job description as Markdown and formatted (HTML beside plain text), and downloads it as .md', async () => {
    await open(`/roles/${ROLE}/hiring/`, 'job-copy');
    const lead = page.locator('section.job', { has: page.locator('h2#lead') });
    const title = (await lead.locator('.job-title').innerText()).replace(/^Job title:\s*/, '').trim();
    await lead.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => lead.locator(part('status')).innerText()).toBe('Copied the job description as Markdown.');
    const md = await clipboard();
    expect(md.startsWith(`# ${title}\n`)).toBe(true);
    expect(md).toContain('## What success looks like after 6 months');
    expect(md).toContain(`/roles/${ROLE}/hiring/#lead)`);
    // The formatted copy: HTML with headings and lists for Word, Docs and ATS editors, plain text beside it.
    await lead.getByRole('button', { name: 'Copy for Word or an ATS' }).click();
    await expect.poll(() => lead.locator(part('status')).innerText()).toBe('Copied the job description with its headings and lists.');
    const flavours = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item!.types.includes(type) ? (await item!.getType(type)).text() : null);
      return { types: item!.types, html: await read('text/html'), text: await read('text/plain') };
    });
    expect(flavours.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(flavours.text).toMatch(new RegExp(`^${title.toUpperCase()}\\n`));
    const pasted = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent);
      return { h1: texts('h1'), h2: texts('h2'), items: doc.querySelectorAll('ul > li').length, link: doc.querySelector('a')?.href };
    }, flavours.html!);
    expect(pasted.h1).toEqual([title]);
    expect(pasted.h2).toContain('What you will do');
    // Every item of the five lists on the page (the decisions list above them is not part of the job ad).
    expect(pasted.items).toBe(await lead.locator('ul:not([data-pagefind-ignore]) > li').count());
    expect(pasted.link).toMatch(new RegExp(`/roles/${ROLE}/hiring/#lead$`));
    const [download] = await Promise.all([page.waitForEvent('download'), lead.getByRole('button', { name: 'Download .md' }).click()]);
    expect(download.suggestedFilename()).toBe(`${ROLE}-lead.md`);
    expect(await downloaded(download)).toBe(md);
    // The Word file is a plain link to the .docx the build wrote, named for the role and level.
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      lead.getByRole('link', { name: 'Download as a Word file (.docx)' }).click(),
    ]);
    expect(word.suggestedFilename()).toBe(`${ROLE}-lead.docx`);
    expect((await downloaded(word)).slice(0, 2)).toBe('PK');
  });

  it('shows the text selected for copying by hand when the clipboard is refused', async () => {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          write: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
          writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
        },
      });
    });
    await open(`/roles/${OTHER_ROLE}/hiring/`, 'job-copy');
    const head = page.locator('section.job', { has: page.locator('h2#head') });
    const area = head.locator(part('fallback-text'));
    // Refused formatted copy: the plain text, which needs no formatting to paste, is offered by hand.
    await head.getByRole('button', { name: 'Copy for Word or an ATS' }).click();
    await expect.poll(() => area.isVisible()).toBe(true);
    const headTitle = (await head.locator('.job-title').innerText()).replace(/^Job title:\s*/, '').trim();
    expect((await area.inputValue()).startsWith(`${headTitle.toUpperCase()}\n\n`)).toBe(true);
    await head.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => area.isVisible()).toBe(true);
    expect(await area.inputValue()).toMatch(/^# /);
    const selected = await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
    expect(selected).toBe(await area.inputValue());
  });

  it('ticks onboarding tasks, keeps them after a reload, and exports the plan with its ticks', async () => {
    await open(`/roles/${OTHER_ROLE}/onboarding/`, 'onboarding-checklist');
    const boxes = page.locator('.tasks input[type=checkbox]');
    const total = await boxes.count();
    expect(total).toBeGreaterThanOrEqual(15);
    await boxes.nth(0).check();
    await boxes.nth(3).check();
    await page.reload();
    await startWidget(page, 'onboarding-checklist');
    expect(await boxes.nth(0).isChecked()).toBe(true);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    expect(await page.locator(part('done')).innerText()).toBe('2');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    // The Markdown is made by the plan's export part, loaded on this first use: wait for the copy.
    await expect.poll(clipboard, { timeout: 15_000 }).toContain(`2 of ${total} tasks done`);
    const md = await clipboard();
    expect(md.match(/^- \[x\] /gm)).toHaveLength(2);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(total - 2);
    const firstTitle = (await page.locator('.tasks li').first().locator('strong').innerText()).trim();
    expect(md).toContain(`- [x] **${firstTitle}**`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
    expect(await downloaded(download)).toBe(md);
  });

  it('builds a hiring plan from team size and covered roles, linking job descriptions, and copies it', async () => {
    await open('/start-small/', 'hiring-plan-builder');
    await page.check('input[name="plan-size"][value="0"]');
    const items = page.locator(`hiring-plan-builder ${part('plan')} li`);
    expect(await items.count()).toBe(largestTeamSize());
    expect(await items.first().locator('a').getAttribute('href')).toMatch(/^\/roles\/[a-z-]+\/hiring\/#head$/);
    await page.check('input[name="plan-size"][value="2"]');
    const before = await items.count();
    const firstRole = (await items.first().locator('a').getAttribute('href'))!.split('/')[2]!;
    await page.check(`input[name="plan-covered"][value="${firstRole}"]`);
    expect(await items.count()).toBe(before - 1);
    for (const href of await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).not.toContain(`/${firstRole}/`);
    await page.getByRole('button', { name: 'Copy plan as Markdown' }).click();
    await expect.poll(clipboard).toMatch(/^# Hiring plan\n\n1\. \*\*/);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints the playbook, a job description and an onboarding plan on ${format} without the sidebar or contents`, async () => {
      for (const path of [`/roles/${ROLE}/`, `/roles/${ROLE}/hiring/`, `/roles/${ROLE}/onboarding/`]) {
        await page.goto(site.server.origin + path);
        await page.emulateMedia({ media: 'print' });
        // The header keeps only the site's name on paper (whose job description it is); its controls go.
        for (const selector of ['#starlight__sidebar', 'starlight-toc', 'site-search', 'starlight-theme-select'])
          expect(await page.locator(selector).first().isVisible(), `${path} ${selector}`).toBe(false);
        const width = await page.evaluate(
          () => document.querySelector('.sl-markdown-content')!.getBoundingClientRect().width / window.innerWidth,
        );
        expect(width, path).toBeGreaterThan(0.85);
        const pdf = await page.pdf({ format, printBackground: false });
        expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
        await page.emulateMedia({ media: 'screen' });
      }
    });
  }

  it('keeps the #anchor when an old URL redirects', async () => {
    await page.goto(`${site.server.origin}/roles/search/#kpis`);
    await page.waitForURL('**/roles/search-discovery/#kpis');
    expect(await page.locator('#kpis').count()).toBe(1);
  });
});
