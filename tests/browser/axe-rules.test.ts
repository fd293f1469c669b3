// The axe check runs the rules it says it runs: WCAG 2.2 AA (target size among them, a rule axe leaves
// off by default) and best practice, with or without the colour rules, or the colour rules alone.
import { describe, expect, it } from 'vitest';
import { hasChromium, useBuiltSite } from '../helpers/browser.ts';
import { axeViolations, type AxeRules } from '../helpers/page-checks.ts';

/** A page that breaks one colour rule (faint text) and one WCAG 2.2 rule (two tiny buttons side by side). */
const BROKEN = `<!doctype html><html lang="en"><title>axe rules</title><main><h1>Fixture</h1>
  <p style="color:#ccc;background:#fff">faint text</p>
  <button style="width:10px;height:10px;padding:0;border:0;font-size:6px">a</button><button style="width:10px;height:10px;padding:0;border:0;font-size:6px">b</button>
</main></html>`;

describe.skipIf(!hasChromium)('axe check', () => {
  const site = useBuiltSite();

  it('reports target size and contrast with every rule, and only what was asked for with fewer', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.setContent(BROKEN);
    const ruleIds = async (rules: AxeRules) =>
      [...new Set((await axeViolations(page, 'fixture', { rules })).map((line) => line.split(' ')[1]!.replace(/:$/, '')))].sort();
    expect(await ruleIds('all')).toEqual(['color-contrast', 'target-size']);
    expect(await ruleIds('no colour')).toEqual(['target-size']);
    expect(await ruleIds('colour only')).toEqual(['color-contrast']);
    await context.close();
  });
});
