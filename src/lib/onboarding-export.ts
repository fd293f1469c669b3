/**
 * The onboarding plan with its ticks as Markdown (dated once there is a start date), as a calendar
 * (.ics) and as a spreadsheet (.csv) for an issue tracker. Pure. The widget loads this module only
 * when the reader uses dates or the exports.
 *
 * Calendar (RFC 5545): one all-day event per task on its due date (DTSTART;VALUE=DATE, DTEND the next
 * day), pre-boarding tasks before the start date. An event's UID is the task and the role at the
 * site's host, without the date: importing the file again after changing the start date or the
 * working days updates the same events instead of adding a second set. SEQUENCE grows with the time
 * of export (minutes since 1970), so a later file is a newer revision for the calendars that compare
 * it. All-day dates have no time zone, so daylight-saving changes cannot move them.
 *
 * CSV (RFC 4180): a header row, then one row per task: Summary, Description, Due Date (YYYY-MM-DD),
 * Section (the phase) and Labels (space-separated, no spaces inside a label). Jira's importer needs a
 * Summary column and takes the date format in its wizard; Asana's takes the first column as the task
 * name and turns Section into sections.
 */
import { addDays, formatDate } from './calendar-dates.ts';
import type { IsoDate } from './iso-date.ts';
import { planTasks, progress, type PlanDates, type PlanExport } from './onboarding.ts';
import { workdayList } from './onboarding-schedule.ts';

/** The file name of a download, e.g. "search-discovery-onboarding.md". */
export const onboardingFileName = (roleId: string, extension: 'md' | 'ics' | 'csv' = 'md') => `${roleId}-onboarding.${extension}`;

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * A content line folded at 75 octets (RFC 5545 3.1): CRLF and a space before each continuation,
 * never inside a multi-byte character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The space that starts a continuation line counts toward its 75.
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const icsDate = (date: IsoDate) => date.replaceAll('-', '');
const icsStamp = (now: Date) => `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The calendar file; `now` is the export's time (DTSTAMP and SEQUENCE). */
export function planToIcs(plan: PlanExport, done: readonly string[], dates: PlanDates, now: Date): string {
  const host = new URL(plan.url).host;
  const ticked = new Set(done);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//Onboarding plan//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(plan.title)}`,
  ];
  for (const section of plan.sections)
    for (const task of section.tasks) {
      const due = dates.due[task.id];
      if (!due) continue;
      const link = `${plan.url}#task-${task.id}`;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${task.id}.${plan.role}@${host}`,
        `DTSTAMP:${icsStamp(now)}`,
        `SEQUENCE:${Math.floor(now.getTime() / 60_000)}`,
        `DTSTART;VALUE=DATE:${icsDate(due)}`,
        `DTEND;VALUE=DATE:${icsDate(addDays(due, 1))}`,
        `SUMMARY:${escapeIcsText(ticked.has(task.id) ? `${task.title} (done)` : task.title)}`,
        `DESCRIPTION:${escapeIcsText(`${task.detail}\n\n${section.label}. ${link}`)}`,
        `CATEGORIES:${escapeIcsText(section.label)}`,
        `URL:${link}`,
        // A task is a reminder, not a meeting: it leaves the day free in the reader's calendar.
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** A CSV field, quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
export function csvField(s: string): string {
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const CSV_COLUMNS = ['Summary', 'Description', 'Due Date', 'Section', 'Labels'] as const;

/** The spreadsheet for Jira or Asana: a row per task, dated tasks only, in plan order. */
export function planToCsv(plan: PlanExport, dates: PlanDates): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const section of plan.sections)
    for (const task of section.tasks) {
      const due = dates.due[task.id];
      if (due)
        rows.push([
          task.title,
          `${task.detail} Plan: ${plan.url}#task-${task.id}`,
          due,
          section.label,
          `onboarding ${plan.role} ${section.phase}`,
        ]);
    }
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * The plan with its ticks as a Markdown task list, to paste into a ticket or an issue; with `dates`,
 * the start date and working days under the heading and each task's due date after its title.
 */
export function planToMarkdown(plan: PlanExport, done: readonly string[], dates?: PlanDates): string {
  const ticked = new Set(done);
  const p = progress(planTasks(plan), done);
  const lines = [`# ${plan.title}`, '', `${p.done} of ${p.total} tasks done. Plan: ${plan.url}`];
  if (dates) lines.push('', `Start date: ${formatDate(dates.start)}. Working days: ${workdayList(dates.workdays)}.`);
  for (const section of plan.sections)
    lines.push(
      '',
      `## ${section.label}`,
      '',
      ...section.tasks.map((t) => {
        const due = dates?.due[t.id];
        return `- [${ticked.has(t.id) ? 'x' : ' '}] **${t.title}**${due ? ` (due ${formatDate(due)})` : ''}: ${t.detail}`;
      }),
    );
  return `${lines.join('\n')}\n`;
}
