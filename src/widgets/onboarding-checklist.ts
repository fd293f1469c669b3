// <onboarding-checklist>: saves ticks as they are made, and the new hire's start date and working
// days; restores them, shows progress and each task's due date, and exports the plan with its ticks
// and dates as Markdown (clipboard, with a visible fallback, or a .md download), as a calendar (.ics)
// or as CSV. The calendar and CSV code loads only when one of those files is asked for.
import { MAX_DAYS_FROM_TODAY, addDays, formatDate, localDate, parseDateInput, type Weekday } from '../lib/calendar-dates.ts';
import {
  onboardingFileName,
  planTasks,
  planToMarkdown,
  progress,
  savedOnboarding,
  type PlanDates,
  type SavedOnboarding,
} from '../lib/onboarding.ts';
import { DEFAULT_WORKDAYS, schedule, startDayNotice } from '../lib/onboarding-schedule.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isOnboardingChecklistData, type OnboardingChecklistData } from './onboarding-checklist-data.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';

type Entry = SavedOnboarding['roles'][string];

class OnboardingChecklist extends SavingWidgetElement<OnboardingChecklistData> {
  protected readonly isData = isOnboardingChecklistData;
  private saved!: SavedOnboarding;
  private readonly today = localDate(new Date());
  /** A date typed into the field is taken when the reader leaves it: each digit of the year is a change of its own. */
  private typed = false;

  protected start() {
    this.saved = this.load(savedOnboarding);
    this.follow(savedOnboarding, (state) => {
      this.saved = state;
      this.render();
    });
    const input = this.find<HTMLInputElement>('start');
    // The date picker offers the dates the page accepts.
    input.min = addDays(this.today, -MAX_DAYS_FROM_TODAY);
    input.max = addDays(this.today, MAX_DAYS_FROM_TODAY);
    input.value = this.entry?.start ?? '';
    const take = () => {
      this.typed = false;
      this.onStart(input.value, input.validity.badInput);
    };
    input.addEventListener('change', () => (document.activeElement === input ? (this.typed = true) : take()));
    input.addEventListener('blur', () => this.typed && take());
    input.addEventListener('keydown', (e) => e.key === 'Enter' && take());
    input.addEventListener('paste', (e) => {
      const text = e.clipboardData?.getData('text') ?? '';
      e.preventDefault();
      const parsed = parseDateInput(text, this.today);
      if (parsed.ok) input.value = parsed.date;
      this.typed = false;
      this.onStart(text, false);
    });
    this.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.dataset.part === 'task') this.onTick();
      else if (box.dataset.part === 'workday') this.onWorkdays(box);
    });
    this.on('copy', 'click', () => void copyWithFallback(this, this.markdown(), this.find('status'), 'the plan as Markdown'));
    this.on('download', 'click', () =>
      downloadText(this, onboardingFileName(this.data.role), 'text/markdown', this.markdown(), this.find('status')),
    );
    this.on('download-ics', 'click', () => void this.exportDated('ics'));
    this.on('download-csv', 'click', () => void this.exportDated('csv'));
    this.render();
  }

  private get entry(): Entry | undefined {
    return this.saved.roles[this.data.role];
  }

  private get done(): string[] {
    return this.entry?.done ?? [];
  }

  private get workdays(): readonly Weekday[] {
    return this.entry?.workdays ?? DEFAULT_WORKDAYS;
  }

  /** The reader's dates, once a start date is saved. */
  private get dates(): PlanDates | undefined {
    const start = this.entry?.start;
    if (!start) return undefined;
    return { start, workdays: this.workdays, due: schedule(planTasks(this.data.plan), start, this.workdays) };
  }

  /** Writes this role's entry back with `change` applied, keeping its other fields. */
  private saveEntry(change: Partial<Omit<Entry, 'updated'>>) {
    const role = this.data.role;
    this.saved = this.save(savedOnboarding, (stored) => {
      const old = stored.roles[role];
      stored.roles[role] = {
        done: old?.done ?? [],
        start: old?.start ?? null,
        workdays: old?.workdays ?? null,
        ...change,
        updated: new Date().toISOString(),
      };
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

  /** A start date from the field or the clipboard: saved when it is one, a message (and nothing lost) when not. */
  private onStart(value: string, badInput: boolean) {
    if (!value && !badInput) {
      this.showMessage(undefined);
      this.saveEntry({ start: null });
      return;
    }
    const parsed = badInput ? undefined : parseDateInput(value, this.today);
    if (parsed?.ok) {
      this.showMessage(undefined);
      this.saveEntry({ start: parsed.date });
      return;
    }
    const message = parsed?.message ?? 'That date is not complete or does not exist. Write it as year-month-day, for example 2027-03-01.';
    const kept = this.entry?.start ? ` Your saved start date, ${formatDate(this.entry.start)}, still applies.` : '';
    this.showMessage(message + kept);
  }

  private onWorkdays(box: HTMLInputElement) {
    const days = this.findAll<HTMLInputElement>('workday')
      .filter((b) => b.checked)
      .map((b) => Number(b.value) as Weekday);
    if (days.length === 0) {
      box.checked = true;
      this.showMessage('Keep at least one working day: tasks are due on working days.', false);
      return;
    }
    this.showMessage(undefined);
    this.saveEntry({ workdays: days });
  }

  /** Shows a message under the start date, or, without one, the note on the start date. */
  private showMessage(message: string | undefined, aboutStart = true) {
    const input = this.find<HTMLInputElement>('start');
    input.setAttribute('aria-invalid', String(Boolean(message) && aboutStart));
    this.find('start-message').textContent = message ?? this.startNote();
  }

  /** The note on a start date that is not a working day, or nothing. */
  private startNote(): string {
    const start = this.entry?.start;
    return start ? (startDayNotice(start, this.workdays) ?? '') : '';
  }

  /** Ticks, working days, due dates and progress as saved. */
  private render() {
    const done = this.done;
    for (const box of this.findAll<HTMLInputElement>('task')) box.checked = done.includes(box.value);
    for (const box of this.findAll<HTMLInputElement>('workday')) box.checked = this.workdays.includes(Number(box.value) as Weekday);
    const input = this.find<HTMLInputElement>('start');
    if (input.getAttribute('aria-invalid') !== 'true') {
      if (document.activeElement !== input) input.value = this.entry?.start ?? '';
      this.find('start-message').textContent = this.startNote();
    }
    const due = this.dates?.due ?? {};
    for (const slot of this.findAll('due')) {
      const date = due[slot.dataset.key!];
      slot.replaceChildren();
      if (!date) continue;
      const time = document.createElement('time');
      time.dateTime = date;
      time.textContent = formatDate(date);
      slot.append('Due ', time);
    }
    const p = progress(planTasks(this.data.plan), done);
    this.find('done').textContent = String(p.done);
    this.find<HTMLProgressElement>('progress').value = p.done;
  }

  private markdown() {
    return planToMarkdown(this.data.plan, this.done, this.dates);
  }

  private async exportDated(kind: 'ics' | 'csv') {
    const status = this.find('status');
    const dates = this.dates;
    if (!dates) {
      status.textContent = 'Enter your start date first: the calendar and the CSV file need it.';
      this.find('start').focus();
      return;
    }
    try {
      const { planToCsv, planToIcs } = await import('../lib/onboarding-export.ts');
      const file = onboardingFileName(this.data.role, kind);
      if (kind === 'ics') downloadText(this, file, 'text/calendar', planToIcs(this.data.plan, this.done, dates, new Date()), status);
      else downloadText(this, file, 'text/csv', planToCsv(this.data.plan, dates), status);
    } catch {
      // A page left open across a new release may no longer find the export code.
      status.textContent = 'The file could not be made. Reload the page and try again; your ticks and dates are saved.';
    }
  }
}

customElements.define('onboarding-checklist', OnboardingChecklist);
