// The dates and exports of <onboarding-checklist> (onboarding-checklist.ts loads this on first use):
// the start date and working days with their messages, each task's due date, and the plan as
// Markdown (clipboard, with a visible fallback, or a .md download), as a calendar (.ics) and as CSV.
// A start date typed into the field is taken when the reader presses Enter or leaves the field,
// because each digit of the year is a change of its own; a date that cannot be used gets a message
// and changes nothing that is saved.
import { formatDate, localDate, parseDateInput } from '../lib/calendar-dates.ts';
import type { Weekday } from '../lib/iso-date.ts';
import { planTasks, type PlanDates, type SavedOnboarding } from '../lib/onboarding.ts';
import { onboardingFileName, planToCsv, planToIcs, planToMarkdown } from '../lib/onboarding-export.ts';
import { DEFAULT_WORKDAYS, schedule, startDayNotice } from '../lib/onboarding-schedule.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';
import type { OnboardingChecklistData } from './onboarding-checklist-data.ts';

export type Entry = SavedOnboarding['roles'][string];

/** What the dates part needs of the element: its saved entry, and a way to change it. */
interface Host extends HTMLElement {
  readonly entry: Entry | undefined;
  /** Saves this role's entry with `change` applied and renders everything again. */
  saveEntry(change: Partial<Omit<Entry, 'updated'>>): void;
}

export type ChecklistDates = ReturnType<typeof checklistDates>;

export function checklistDates(host: Host, data: OnboardingChecklistData) {
  // The widget's parts by their data-part names, as widget-element.ts finds them.
  const findAll = <T extends HTMLElement>(name: string) => [...host.querySelectorAll<T>(`[data-part~="${name}"]`)];
  const [input] = findAll<HTMLInputElement>('start') as [HTMLInputElement];
  const [message] = findAll('start-message') as [HTMLElement];
  const [status] = findAll('status') as [HTMLElement];
  const today = localDate(new Date());
  /** A change made while typing, taken when the reader leaves the field. */
  let typed = false;
  // No min and max on the field: setting them while the reader types (this part loads on their first
  // key) restarts the segment they are typing in; a date out of range gets a message instead.

  const workdays = (): readonly Weekday[] => host.entry?.workdays ?? DEFAULT_WORKDAYS;
  const dates = (): PlanDates | undefined => {
    const start = host.entry?.start;
    return start ? { start, workdays: workdays(), due: schedule(planTasks(data.plan), start, workdays()) } : undefined;
  };

  /** A message under the start date; without one, the note on a start date that is not a working day. */
  const show = (text: string | undefined, aboutStart = true) => {
    input.setAttribute('aria-invalid', String(Boolean(text) && aboutStart));
    const start = host.entry?.start;
    message.textContent = text ?? (start ? (startDayNotice(start, workdays()) ?? '') : '');
  };

  /** A start date from the field or the clipboard: saved when it is one, a message (and nothing lost) when not. */
  const apply = (value: string, badInput: boolean) => {
    typed = false;
    if (!value && !badInput) {
      show(undefined);
      return host.saveEntry({ start: null });
    }
    const parsed = badInput ? undefined : parseDateInput(value, today);
    if (parsed?.ok) {
      show(undefined);
      return host.saveEntry({ start: parsed.date });
    }
    const start = host.entry?.start;
    const kept = start ? ` Your saved start date, ${formatDate(start)}, still applies.` : '';
    show(`${parsed?.message ?? 'That date is not complete or does not exist. Write it as year-month-day, for example 2027-03-01.'}${kept}`);
  };
  const take = () => apply(input.value, input.validity.badInput);

  const onWorkdays = (box: HTMLInputElement) => {
    const days = findAll<HTMLInputElement>('workday')
      .filter((b) => b.checked)
      .map((b) => Number(b.value) as Weekday);
    if (days.length === 0) {
      box.checked = true;
      return show('Keep at least one working day: tasks are due on working days.', false);
    }
    show(undefined);
    host.saveEntry({ workdays: days });
  };

  const markdown = () => planToMarkdown(data.plan, host.entry?.done ?? [], dates());

  const paste = (text: string) => {
    const parsed = parseDateInput(text, today);
    if (parsed.ok) input.value = parsed.date;
    apply(text, false);
  };

  return {
    /** An event in a part marked "dated" (onboarding-checklist.ts passes them on), with the text of a paste. */
    handle(e: Event, target: HTMLInputElement, pasted?: string) {
      const part = target.dataset.part;
      if (pasted !== undefined) paste(pasted);
      else if (part === 'start') {
        if (e.type === 'change') document.activeElement === input ? (typed = true) : take();
        else if (e.type === 'focusout') typed && take();
        else if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Enter') take();
      } else if (part === 'workday' && e.type === 'change') onWorkdays(target);
      else if (e.type === 'click' && (part === 'copy' || part === 'download' || part === 'download-ics' || part === 'download-csv'))
        this.export(part);
    },
    export(action: 'copy' | 'download' | 'download-ics' | 'download-csv') {
      const role = data.role;
      if (action === 'copy') return void copyWithFallback(host, markdown(), status, 'the plan as Markdown');
      if (action === 'download') return downloadText(host, onboardingFileName(role), 'text/markdown', markdown(), status);
      const d = dates();
      if (!d) {
        status.textContent = 'Enter your start date first: the calendar and the CSV file need it.';
        return input.focus();
      }
      const done = host.entry?.done ?? [];
      if (action === 'download-ics')
        downloadText(host, onboardingFileName(role, 'ics'), 'text/calendar', planToIcs(data.plan, done, d, new Date()), status);
      else downloadText(host, onboardingFileName(role, 'csv'), 'text/csv', planToCsv(data.plan, d), status);
    },
    /** Working days, the start date (unless the reader is typing one or has one with a message) and each task's due date. */
    render() {
      for (const box of findAll<HTMLInputElement>('workday')) box.checked = workdays().includes(Number(box.value) as Weekday);
      if (input.getAttribute('aria-invalid') !== 'true') {
        if (document.activeElement !== input) input.value = host.entry?.start ?? '';
        show(undefined);
      }
      const due = dates()?.due ?? {};
      for (const slot of findAll('due')) {
        const date = due[slot.dataset.key!];
        slot.replaceChildren();
        if (!date) continue;
        const time = document.createElement('time');
        time.dateTime = date;
        time.textContent = formatDate(date);
        slot.append('Due ', time);
      }
    },
  };
}
