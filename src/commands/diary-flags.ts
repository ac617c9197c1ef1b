// Flag values shared by the diary commands (log, episode, history, report),
// checked here so every command refuses bad input the same way: exit 2, one
// line that says how to write it instead. Kept small: `log` loads it.
import { parsePastTime, WHEN_EXAMPLES } from '../core/time/when.js';
import { UsageError } from '../errors.js';

/** A moment in the past: "30h", "2d", "2026-11-20 08:00", "08:00"; the future is refused. */
export function pastTimeFlag(flag: string, value: string, now: Date): Date {
  const parsed = parsePastTime(value, now);
  if (!parsed.ok) throw new UsageError(`${flag} "${value}" ${parsed.reason}; ${parsed.example}`);
  return parsed.value;
}

const DATE_ONLY = /^\s*\d{4}-\d{2}-\d{2}\s*$/;

/** The end of a period: a date alone means the end of that day (but never past now). */
export function periodEndFlag(flag: string, value: string, now: Date): Date {
  const at = pastTimeFlag(flag, value, now);
  if (!DATE_ONLY.test(value)) return at;
  const end = new Date(at.getFullYear(), at.getMonth(), at.getDate() + 1, 0, 0, 0, -1);
  return end > now ? now : end;
}

/** A pain score: a whole number from 0 to 10 ("7" or "7/10"). */
export function parseScore(value: string | undefined): number {
  const text = (value ?? '').trim().replace(/\/10$/, '');
  if (/^\d{1,2}$/.test(text) && Number(text) <= 10) return Number(text);
  const shown = value === undefined || value === '' ? 'nothing' : `"${value}"`;
  const hint = /^\d+[.,]\d+$/.test(text) ? ' (round it to a whole number)' : '';
  throw new UsageError(`the pain score must be a whole number from 0 (no pain) to 10 (worst imaginable), got ${shown}${hint}; for example: backcare log 4`);
}

export function positiveIntFlag(flag: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value) && Number(value) >= 1 && Number(value) <= max) return Number(value);
  throw new UsageError(`${flag} "${value}" is not a whole number from 1 to ${max}; for example ${flag} 14`);
}

export { WHEN_EXAMPLES };
