// <action-plan>: reads the answers the self-assessments and the scorecard saved (their own keys,
// never copied), lists every recommendation below the reader's targets and keeps the reader's plan
// (order, drops, owner, month) under its own key. What to list and how to rank and export it is in
// src/lib/plan.ts; this file puts it in the DOM.
import { savedAssessments, type SavedAssessments } from '../lib/assessment.ts';
import {
  byPriority,
  currentLevels,
  hasAnything,
  isMonth,
  knownIds,
  missingNotice,
  move,
  planOf,
  planSummary,
  recommendations,
  rulesOf,
  savedPlan,
  targetsOf,
  toCsv,
  toMarkdown,
  toSaved,
  type ExportNames,
  type Plan,
  type PlanItem,
  type SavedPlan,
} from '../lib/plan.ts';
import type { SavedState } from '../lib/saved-state.ts';
import { savedScorecard, type SavedScorecard } from '../lib/scorecard.ts';
import { backUp } from '../lib/storage.ts';
import { isActionPlanData, type ActionPlanData } from './action-plan-data.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';
import { el, link } from './dom.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';

const TITLE = 'E-commerce ownership action plan';

/** A button that acts on one item; its name says which, since every item has the same buttons. */
function actionButton(act: string, text: string, summary: string, value: string) {
  const b = Object.assign(el('button', text), { type: 'button', value });
  b.dataset.act = act;
  b.setAttribute('aria-label', `${text}: ${summary}`);
  return b;
}

class ActionPlan extends SavingWidgetElement<ActionPlanData> {
  protected readonly isData = isActionPlanData;
  private stored!: SavedState<SavedPlan>;
  private saved!: SavedPlan;
  private assessments!: SavedAssessments;
  private scorecard!: SavedScorecard;
  private plan!: Plan;
  private known!: Set<string>;
  private names!: ExportNames;

  protected start() {
    const roleIds = rulesOf(this.data).roleIds;
    this.known = knownIds(this.data);
    this.stored = savedPlan(roleIds);
    this.saved = this.load(this.stored);
    this.assessments = this.load(savedAssessments);
    const scorecard = savedScorecard(rulesOf(this.data));
    this.scorecard = this.load(scorecard);
    // Answers changed in another tab, or on the page the reader went back from, show up here.
    this.follow(savedAssessments, (state) => {
      this.assessments = state;
      this.render();
    });
    this.follow(scorecard, (state) => {
      this.scorecard = state;
      this.render();
    });
    this.names = {
      roleName: (id) => this.data.roles.find((r) => r.id === id)?.name ?? id,
      absolute: (href) => new URL(href, location.href).href,
    };
    this.on('items', 'click', (e) => this.onClick(e));
    this.on('items', 'change', (e) => this.onChange(e));
    this.on('dropped', 'click', (e) => this.onRestore(e));
    for (const select of this.findAll<HTMLSelectElement>('target')) select.addEventListener('change', () => this.setTarget(select));
    this.on('sort', 'click', () => this.sort());
    this.on('copy', 'click', () => void this.copy());
    this.on('csv', 'click', () => this.csv());
    this.on('print', 'click', () => window.print());
    this.render();
    if (this.plan.missing.length) {
      // Keep what was stored before the next save leaves these items out.
      backUp(this.store, this.stored.key);
      this.notice(missingNotice(this.plan.missing.length));
    }
  }

  /** Works out the plan from the answers and the saved plan, and shows it. */
  private render(focus?: { id: string; part: string }) {
    const levels = currentLevels(this.data, this.assessments, this.scorecard);
    const targets = targetsOf(levels, this.saved.targets);
    const recs = recommendations(this.data, this.assessments, this.scorecard, targets);
    this.plan = planOf(recs, this.saved, this.known);
    const anything = hasAnything(this.assessments, this.scorecard);
    this.find('start').hidden = anything;
    this.find('body').hidden = !anything;
    for (const role of this.data.roles) {
      const level = levels[role.id] ?? null;
      this.find('today', role.id).textContent = level === null ? 'not answered' : `${level}. ${role.levels[level - 1]}`;
      const select = this.find<HTMLSelectElement>('target', role.id);
      this.find('target-choice', role.id).hidden = level === null;
      select.value = String(targets[role.id] ?? level ?? 1);
    }
    const n = this.plan.items.length;
    const summary = planSummary(this.plan);
    if (this.find('summary').textContent !== summary) this.find('summary').textContent = summary;
    this.find('items').replaceChildren(...this.plan.items.map((item, i) => this.row(item, i, n)));
    this.find('dropped').replaceChildren(
      ...this.plan.dropped.map((d) => el('li', `${d.summary} `, actionButton('restore', 'Restore', d.summary, d.id))),
    );
    this.find('dropped-box').hidden = this.plan.dropped.length === 0;
    for (const part of ['sort', 'copy', 'csv', 'print']) this.find<HTMLButtonElement>(part).disabled = n === 0;
    if (focus) this.querySelector<HTMLElement>(`[data-item="${focus.id}"] [data-act="${focus.part}"]`)?.focus();
  }

  /** One item: what to do, who decides, the playbook link, its owner and month, and its actions. */
  private row(item: PlanItem, index: number, count: number) {
    const id = `plan-${item.id.replace('/', '--')}`;
    const owner = el('select', new Option('Not set', ''), ...this.data.roles.map((r) => new Option(r.name, r.id)));
    owner.dataset.act = 'owner';
    owner.value = item.owner ?? '';
    const month = Object.assign(el('input'), { type: 'month', value: item.month ?? '' });
    month.dataset.act = 'month';
    const error = Object.assign(el('p'), { className: 'error', id: `${id}-error`, hidden: true });
    month.setAttribute('aria-describedby', error.id);
    const button = (act: string, text: string, disabled = false) =>
      Object.assign(actionButton(act, text, item.summary, item.id), { disabled });
    const li = el(
      'li',
      el('strong', item.summary),
      ...(item.detail ? [el('p', item.detail)] : []),
      el(
        'p',
        Object.assign(el('span', `Decides: ${item.decides.map(this.names.roleName).join(' with ')}. `), { className: 'meta' }),
        link(item.href, `In the playbook: ${item.section}`),
      ),
      Object.assign(el('div', el('label', 'Owner', owner), el('label', 'Target month', month)), { className: 'fields' }),
      error,
      el('div', button('up', 'Move up', index === 0), button('down', 'Move down', index === count - 1), button('drop', 'Drop')),
    );
    li.dataset.item = item.id;
    return li;
  }

  private index(target: EventTarget | null) {
    const li = (target as HTMLElement | null)?.closest<HTMLElement>('[data-item]');
    return li ? this.plan.items.findIndex((i) => i.id === li.dataset.item) : -1;
  }

  private onClick(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    const i = this.index(button);
    const item = this.plan.items[i];
    if (!button || !item) return;
    const act = button.dataset.act;
    if (act === 'up' || act === 'down') {
      const items = move(this.plan.items, i, act === 'up' ? -1 : 1);
      this.keep({ ...this.plan, items });
      const at = items.findIndex((x) => x.id === item.id);
      // At an end the pressed button is disabled: focus its twin so the keyboard user stays on the item.
      const part = at === 0 ? 'down' : at === items.length - 1 ? 'up' : act;
      this.render({ id: item.id, part });
      this.announce(`Moved to position ${at + 1} of ${items.length}: ${item.summary}`);
    } else if (act === 'drop') {
      this.saved = { ...this.saved, dropped: [...this.saved.dropped, item.id] };
      this.keep(this.plan);
      const next = this.plan.items[i + 1] ?? this.plan.items[i - 1];
      this.render(next && { id: next.id, part: 'drop' });
      if (!next) this.find('summary').focus();
      this.announce(`Dropped: ${item.summary}. It is listed under Dropped items, where you can restore it.`);
    }
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const item = this.plan.items[this.index(input)];
    if (!item) return;
    if (input.dataset.act === 'owner') item.owner = input.value || null;
    if (input.dataset.act === 'month') {
      const error = this.querySelector<HTMLElement>(`#${CSS.escape(input.getAttribute('aria-describedby')!)}`)!;
      const ok = input.value === '' || isMonth(input.value);
      input.setAttribute('aria-invalid', String(!ok));
      error.hidden = ok;
      error.textContent = ok ? '' : 'Enter the month as year and month, for example 2027-03. The month you had is kept until then.';
      if (!ok) return;
      item.month = input.value || null;
    }
    this.keep(this.plan);
  }

  private onRestore(event: Event) {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    this.saved = { ...this.saved, dropped: this.saved.dropped.filter((id) => id !== button.value) };
    this.keep(this.plan);
    this.render({ id: button.value, part: 'drop' });
    this.announce('Restored to its place in your plan.');
  }

  private setTarget(select: HTMLSelectElement) {
    this.saved = { ...this.saved, targets: { ...this.saved.targets, [select.dataset.key!]: Number(select.value) } };
    this.keep(this.plan);
    this.render();
  }

  private sort() {
    const recs = this.plan.items;
    this.keep({ ...this.plan, items: byPriority(recs, recommendations(this.data, this.assessments, this.scorecard, this.targets())) });
    this.render();
    this.announce('Sorted by priority; owners and months are kept.');
  }

  private targets() {
    return targetsOf(currentLevels(this.data, this.assessments, this.scorecard), this.saved.targets);
  }

  /** Saves the plan as shown; what another tab saved meanwhile gives way to this page's plan. */
  private keep(plan: Plan) {
    const mine = toSaved(plan, this.saved, this.known);
    this.saved = this.save(this.stored, () => mine);
    this.plan = plan;
  }

  private announce(text: string) {
    this.find('announce').textContent = text;
  }

  private async copy() {
    await copyWithFallback(this, toMarkdown(this.plan.items, this.names, TITLE), this.find('announce'), 'the plan as a Markdown checklist');
  }

  private csv() {
    downloadText(this, 'ownership-action-plan.csv', 'text/csv', toCsv(this.plan.items, this.names), this.find('announce'));
  }
}

customElements.define('action-plan', ActionPlan);
