// <hiring-plan-builder>: recomputes the hiring plan (src/lib/hiring-plan.ts) whenever the reader
// changes team size or covered roles, and copies it as Markdown. Nothing is stored.
import { hiringPlan, hiringPlanToMarkdown, type Shape } from '../lib/hiring-plan.ts';
import { copyWithFallback } from './clipboard.ts';

class HiringPlanBuilder extends HTMLElement {
  private names: Record<string, string> = {};
  private shapes: Shape[] = [];
  private markdown = '';

  connectedCallback() {
    const json = this.querySelector('[data-plan-data]')?.textContent;
    if (!json) return;
    ({ names: this.names, shapes: this.shapes } = JSON.parse(json) as { names: Record<string, string>; shapes: Shape[] });
    this.querySelector('[data-form]')!.addEventListener('change', () => this.render());
    this.querySelector('[data-copy]')!.addEventListener('click', () => void this.copy());
    this.render();
    // Live only from now on: the first plan is not read out on arrival, later changes are.
    this.querySelector('[data-status]')!.setAttribute('role', 'status');
  }

  private render() {
    const form = this.querySelector<HTMLFormElement>('[data-form]')!;
    const size = Number(form.querySelector<HTMLInputElement>('input[name="plan-size"]:checked')?.value ?? 1);
    const covered = [...form.querySelectorAll<HTMLInputElement>('input[name="plan-covered"]:checked')].map((i) => i.value);
    const plan = hiringPlan(this.shapes, size, covered);
    this.markdown = hiringPlanToMarkdown(plan, this.names, location.origin);
    const list = this.querySelector('[data-plan]')!;
    list.replaceChildren(
      ...plan.map((h) => {
        const li = document.createElement('li');
        const strong = document.createElement('strong');
        strong.textContent = `${this.names[h.role]} at ${h.level} level`;
        const hats = h.hats.map((r) => this.names[r] ?? r).join(', ');
        const a = document.createElement('a');
        a.href = `/roles/${h.role}/hiring/#${h.level}`;
        a.textContent = 'Job description';
        li.append(strong, ` (${h.title}, team of ${h.size}): wears ${hats}. `, a);
        return li;
      }),
    );
    this.querySelector('[data-status]')!.textContent = plan.length
      ? `${plan.length} hire${plan.length > 1 ? 's' : ''} to a full team of six, in this order.`
      : 'Every capability already has an owner inside: no hire is needed by this plan.';
    (this.querySelector('[data-actions]') as HTMLElement).hidden = plan.length === 0;
  }

  private copy() {
    return copyWithFallback(this, this.markdown, this.querySelector<HTMLElement>('[data-status]')!, 'the plan as Markdown');
  }
}

customElements.define('hiring-plan-builder', HiringPlanBuilder);
