// Writing the follow-up dates as an .ics file, with the report's safe
// writing (whole or not at all, never over a file unless --force).
import { calendarFile, type CalendarInput } from '../core/calendar.js';
import type { ScheduledFollowUp } from '../core/timeline.js';
import { UsageError } from '../runtime/errors.js';
import type { Terminal } from '../runtime/term.js';
import { checkOutputTarget, writeWhole } from '../files/output-file.js';
import { LIMITS } from '../core/limits.js';

declare const __BACKCARE_VERSION__: string;

export interface CalendarRequest {
  target: string;
  force: boolean;
  reminder: { hour: number; minute: number } | undefined;
}

/** Checks the flags before any work (and before check's first question). */
export function calendarRequest(
  ics: string | undefined,
  remind: string | undefined,
  force: boolean,
): CalendarRequest | undefined {
  if (ics === undefined) {
    if (remind !== undefined)
      throw new UsageError('--remind goes with --ics FILE: the reminder is written into the calendar file');
    return undefined;
  }
  if (ics === '' || ics === '-') throw new UsageError('--ics needs a file name, for example --ics back-pain.ics');
  checkOutputTarget(ics, force, '--ics');
  return { target: ics, force, reminder: remind === undefined ? undefined : parseClock(remind) };
}

function parseClock(value: string): { hour: number; minute: number } {
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59)
    throw new UsageError(`--remind "${value}" is not a time of day; give one like 20:00`);
  return { hour, minute };
}

export function writeCalendar(
  term: Terminal,
  request: CalendarRequest,
  episode: { id: string; start: Date },
  schedule: readonly ScheduledFollowUp[],
  now: Date,
  program: string,
): void {
  const input: CalendarInput = {
    episodeId: episode.id,
    start: episode.start,
    followUps: schedule.map((s) => ({
      id: s.followUp.id,
      when: s.followUp.when,
      advice: s.followUp.advice,
      due: s.due,
    })),
    reminder: request.reminder
      ? { ...request.reminder, days: LIMITS.reminderDays, command: `${program} log 0-10` }
      : undefined,
    now,
    version: __BACKCARE_VERSION__,
  };
  writeWhole(request.target, [calendarFile(input)], request.force);
  const r = request.reminder;
  const extra = r
    ? `, and a daily reminder at ${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')} ` +
      `for ${LIMITS.reminderDays} days`
    : '';
  term.stderr.write(
    `backcare: wrote ${request.target} (${schedule.length} follow-up dates${extra}); open it with your calendar app\n`,
  );
}
