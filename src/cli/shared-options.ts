// Options that several commands take, defined once.
import type { OptionSpec } from './spec.js';
import { LIMITS } from '../core/limits.js';

export const JSON_OPTION = { flag: '--json', description: 'print JSON on stdout' } as const satisfies OptionSpec;

/** The follow-up dates as an iCalendar file: check and episode status. */
export const CALENDAR_OPTIONS = [
  {
    flag: '--ics',
    value: 'file',
    description: 'also write the follow-up dates to an iCalendar file for any calendar app',
    complete: 'file',
  },
  {
    flag: '--remind',
    value: 'hh:mm',
    description:
      `with --ics: a daily reminder to log your pain score at this time, ` + `for ${LIMITS.reminderDays / 7} weeks`,
  },
  { flag: '--force', description: 'replace the --ics file if it already exists' },
] as const satisfies readonly OptionSpec[];

/** The countdown's options: ice-heat-timer and stretch. */
export const TIMER_OPTIONS = [
  { flag: '--plan', description: 'print the schedule with clock times and exit' },
  { flag: '--json', description: 'one JSON object per event on stdout (NDJSON); with --plan, the plan as JSON' },
  { flag: '--no-bell', description: 'no terminal bell at phase changes' },
  { flag: '--notify', description: 'a desktop notification at each phase change (OSC 9/777, notify-send)' },
  // Not an env option: commander would turn a boolean on for BACKCARE_ACCESSIBLE=0 too; the command reads it.
  {
    flag: '--accessible',
    description: 'no redrawing: a plain line at each change and each minute (or BACKCARE_ACCESSIBLE=1)',
  },
] as const satisfies readonly OptionSpec[];
