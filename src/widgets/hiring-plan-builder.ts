// <hiring-plan-builder>: recomputes the hiring plan (src/lib/hiring-plan.ts) whenever the reader
// changes team size or covered roles, and copies it as Markdown. Nothing is stored.
import { fullTeamSize, hireText, hiringPlan, hiringPlanToMarkdown, planSummary } from '../lib/hiring-plan.ts';
import { copyWithFallback } from './clipboard.ts';
import { isHiringPlanBuilderData, type HiringPlanBuilderData } from './hiring-plan-builder-data.ts';
import { el, link } from './dom.ts';
import { WidgetElement } from './widget-element.ts';

class HiringPlanBuilder extends WidgetElement<HiringPlanBuilderData> {
  protected readonly isData = isHiringPlanBuilderData;
  private markdown = '';

  protected start() {
    this.on('form', 'change', () => this.render());
    this.on('copy', 'click', () => void copyWithFallback(this, this.markdown, this.find('summary'), 'the plan as Markdown'));
    this.render();
  }

  private render() {
    const form = this.find<HTMLFormElement>('form');
    const size = Number(form.querySelector<HTMLInputElement>('input[name="plan-size"]:checked')?.value ?? 1);
    const covered = [...form.querySelectorAll<HTMLInputElement>('input[name="plan-covered"]:checked')].map((i) => i.value);
    const { names, shapes } = this.data;
    const plan = hiringPlan(shapes, size, covered);
    this.markdown = hiringPlanToMarkdown(plan, names, location.origin);
    this.find('plan').replaceChildren(
      ...plan.map((h) => {
        const text = hireText(h, names);
        return el(
          'li',
          el('strong', text.heading),
          ` (${h.title}, team of ${h.size}): wears ${text.hats}. `,
          link(text.href, 'Job description'),
        );
      }),
    );
    this.find('summary').textContent = planSummary(plan, fullTeamSize(shapes));
    this.find('actions').hidden = plan.length === 0;
  }
}

customElements.define('hiring-plan-builder', HiringPlanBuilder);
