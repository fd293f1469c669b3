// <onboarding-checklist>: saves ticks as they are made, restores them and shows progress. The start
// date, the working days, the due dates and the exports (Markdown, calendar, CSV) are in
// onboarding-dates.ts, loaded on first use (or at once when a start date is saved), so the page's
// first script stays within its budget; this element passes it the events that need it.
import { planTasks, progress, savedOnboarding, type SavedOnboarding } from '../lib/onboarding.ts';
import { isOnboardingChecklistData, type OnboardingChecklistData } from './onboarding-checklist-data.ts';
import type { ChecklistDates, Entry } from './onboarding-checklist-tools.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';
import datesUrl from './onboarding-checklist-tools.ts?chunk';

class OnboardingChecklist extends SavingWidgetElement<OnboardingChecklistData> {
  protected readonly isData = isOnboardingChecklistData;
  private saved!: SavedOnboarding;
  private dates?: ChecklistDates;
  private loading?: Promise<ChecklistDates>;

  protected start() {
    this.saved = this.load(savedOnboarding);
    this.follow(savedOnboarding, (state) => {
      this.saved = state;
      this.render();
    });
    // Ticks are this element's; every other event in the parts marked "dated" is the dates part's.
    for (const type of ['change', 'focusout', 'keydown', 'paste', 'click'])
      this.addEventListener(type, (e) => {
        const target = e.target as HTMLInputElement;
        if (target.dataset.part === 'task') return type === 'change' && this.onTick();
        if (!target.closest('[data-part~="dated"]')) return;
        // The clipboard can be read only while the paste event lasts; the field's own paste is replaced.
        const pasted = (e as ClipboardEvent).clipboardData?.getData('text');
        if (pasted !== undefined) e.preventDefault();
        this.withDates((d) => d.handle(e, target, pasted));
      });
    if (this.entry?.start || this.entry?.workdays) this.withDates();
    this.render();
  }

  /** This role's saved ticks and dates. */
  get entry(): Entry | undefined {
    return this.saved.roles[this.data.role];
  }

  /** Loads the dates part, if it has not, and runs `use` once it has. */
  private withDates(use?: (dates: ChecklistDates) => void) {
    this.loading ??= import(/* @vite-ignore */ datesUrl).then(({ checklistDates }: typeof import('./onboarding-checklist-tools.ts')) => {
      this.dates = checklistDates(this, this.data);
      this.render();
      return this.dates;
    });
    this.loading.then(use, () => {
      // A page left open across a new release may no longer find the script.
      this.loading = undefined;
      this.notice('Reload the page to use the dates.');
    });
  }

  /** Writes this role's entry back with `change` applied, keeping its other fields, and renders it. */
  saveEntry(change: Partial<Omit<Entry, 'updated'>>) {
    const role = this.data.role;
    this.saved = this.save(savedOnboarding, (stored) => {
      const old = stored.roles[role];
      stored.roles[role] = { done: [], start: null, workdays: null, ...old, ...change, updated: new Date().toISOString() };
      return stored;
    });
    this.render();
  }

  private onTick() {
    this.saveEntry({
      done: this.findAll<HTMLInputElement>('task')
        .filter((b) => b.checked)
        .map((b) => b.value),
    });
  }

  /** Ticks and progress as saved; the dates part shows its own. */
  private render() {
    const done = this.entry?.done ?? [];
    for (const box of this.findAll<HTMLInputElement>('task')) box.checked = done.includes(box.value);
    const p = progress(planTasks(this.data.plan), done);
    this.find('done').textContent = String(p.done);
    this.find<HTMLProgressElement>('progress').value = p.done;
    this.dates?.render();
  }
}

customElements.define('onboarding-checklist', OnboardingChecklist);
