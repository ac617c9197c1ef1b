// Flag values that several commands take (durations, past times, counts, pain
// scores), checked in one place so every command refuses bad input the same
// way: exit 2, one line that says how to write it instead. Kept small: the
// entry bundle (log) loads it.
import { parseDuration } from '../core/time/duration.js';
import { parsePastTime } from '../core/time/when.js';
import { UsageError } from '../runtime/errors.js';
import { echoed } from '../core/echo.js';
import { LIMITS } from '../core/limits.js';
import { wholeNumberIn } from '../core/whole-number.js';

/** A length of time: "20m", "90s", "1m30s", "1h15m", at most `max`. */
export function durationFlag(
  flag: string,
  value: string | undefined,
  max: { seconds: number; text: string; example: string } = LIMITS.flagDuration,
): number | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDuration(value);
  const tooLong =
    `is longer than ${max.text}; give a length of time from 1s to ${max.text}, ` + `for example ${flag} ${max.example}`;
  if (!parsed.ok)
    throw new UsageError(
      `${flag} ${shownValue(value)} ` +
        `${parsed.reason === 'is too long' ? tooLong : `${parsed.reason}; ${parsed.example}`}`,
    );
  if (parsed.value > max.seconds) throw new UsageError(`${flag} ${shownValue(value)} ${tooLong}`);
  return parsed.value;
}

/** A typed value quoted back in a message: escaped and cut (see echo.ts). */
function shownValue(value: string): string {
  return `"${echoed(value)}"`;
}

/** A moment in the past: "30h", "2d", "2026-11-20 08:00", "08:00"; the future is refused. */
export function pastTimeFlag(flag: string, value: string, now: Date): Date;
export function pastTimeFlag(flag: string, value: string | undefined, now: Date): Date | undefined;
export function pastTimeFlag(flag: string, value: string | undefined, now: Date): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePastTime(value, now);
  if (!parsed.ok) throw new UsageError(`${flag} ${shownValue(value)} ${parsed.reason}; ${parsed.example}`);
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

/** A whole number in [min, max]; the range is a sanity bound for typing, not a clinical rule. */
export function countFlag(
  flag: string,
  value: string | undefined,
  range: { min: number; max: number; example: number },
): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? wholeNumberIn(value, range.min, range.max) : undefined;
  if (n === undefined) {
    throw new UsageError(
      `${flag} ${shownValue(value)} is not a whole number from ${range.min} to ${range.max}; for ` +
        `example ${flag} ${range.example}`,
    );
  }
  return n;
}

/** A pain score: a whole number from 0 to 10 ("7" or "7/10"). */
export function parseScore(value: string | undefined): number {
  const text = (value ?? '').trim().replace(/\/10$/, '');
  const score = /^\d{1,2}$/.test(text) ? wholeNumberIn(text, 0, 10) : undefined;
  if (score !== undefined) return score;
  const shown = value === undefined || value === '' ? 'nothing' : shownValue(value);
  const hint = /^\d+[.,]\d+$/.test(text) ? ' (round it to a whole number)' : '';
  throw new UsageError(
    `the pain score must be a whole number from 0 (no pain) to 10 (worst imaginable), got ${shown}${hint}; ` +
      `for example: backcare log 4`,
  );
}
