// A moment in the past as people type it: a duration ago ("30h", "2d"), a
// local date and time ("2026-11-20 08:00", "2026-11-20T08:00", optionally
// with Z or an offset), a date ("2026-11-20", meaning its midnight), or a
// clock time today ("08:00"), or everyday words ("8am", "last night",
// "yesterday", "monday": see everyday.ts). Pure: `now` is passed in.
import { parseDuration, type Parsed } from './duration.js';
import { parseEverydayTime } from './everyday.js';

export const WHEN_EXAMPLES =
  'write it like 30h (30 hours ago), 8am, this morning, last night, yesterday, monday, 2026-11-20 08:00, or ' +
  '08:00 (today)';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const CLOCK = /^(\d{1,2}):(\d{2})$/;
/** Words that can only mean a time still to come: "tomorrow", "next monday", "in 2 days". */
const FUTURE_WORDS = /^(tomorrow|next\b|in\s+(\d|an?\b|a few\b))/i;
const FUTURE = 'is in the future: a future time is not allowed';

/**
 * How far back a typed time may go. Nothing backcare records or reports
 * needs more, and a bound keeps every loop over the days of a period short.
 */
const MAX_YEARS_BACK = 100;

/** The earliest moment parsePastTime accepts: MAX_YEARS_BACK years before now. */
function earliestPastTime(now: Date): Date {
  return new Date(now.getFullYear() - MAX_YEARS_BACK, now.getMonth(), now.getDate(), now.getHours(), now.getMinutes());
}

/**
 * Parses a past moment; refuses future times, times more than MAX_YEARS_BACK years ago, and anything it cannot read.
 */
export function parsePastTime(input: string, now: Date): Parsed<Date> {
  const text = input.trim().replace(/\s+ago$/i, '');
  if (text === '') return fail('is empty');
  if (FUTURE_WORDS.test(text)) return { ok: false, reason: FUTURE, example: WHEN_EXAMPLES };
  const parsed = parseMoment(text, now);
  if (!parsed.ok) return parsed.reason === TOO_LONG_AGO ? tooLongAgo(now) : parsed;
  if (!(parsed.value.getTime() >= earliestPastTime(now).getTime())) return tooLongAgo(now);
  if (parsed.value.getTime() > now.getTime()) {
    const example = CLOCK.test(text)
      ? `for yesterday, write ${localDate(addDays(now, -1))} ${text.padStart(5, '0')}`
      : WHEN_EXAMPLES;
    return { ok: false, reason: `${FUTURE} (now is ${localDate(now)} ${localClock(now)})`, example };
  }
  return parsed;
}

const TOO_LONG_AGO = 'is too long ago';

function tooLongAgo(now: Date): Parsed<never> {
  return fail(
    `is more than ${MAX_YEARS_BACK} years ago (before ${localDate(earliestPastTime(now))}); give a time since then`,
  );
}

function parseMoment(text: string, now: Date): Parsed<Date> {
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, h = '', m = ''] = clock;
    const time = checkedClock(Number(h), Number(m), 0);
    if (!time.ok) return time;
    return { ok: true, value: new Date(now.getFullYear(), now.getMonth(), now.getDate(), Number(h), Number(m)) };
  }
  const dateTime = DATE_TIME.exec(text);
  if (dateTime) return fromDateTime(dateTime, now);
  const words = parseEverydayTime(text, now);
  if (words) return { ok: true, value: words };
  if (/^\d/.test(text) && /[a-z]$/i.test(text)) {
    const duration = parseDuration(text);
    if (!duration.ok) return fail(duration.reason === 'is too long' ? TOO_LONG_AGO : duration.reason);
    if (duration.value > (now.getTime() - earliestPastTime(now).getTime()) / 1000) return fail(TOO_LONG_AGO);
    return { ok: true, value: new Date(now.getTime() - duration.value * 1000) };
  }
  return fail('is neither a time nor a duration');
}

function fromDateTime(match: RegExpExecArray, now: Date): Parsed<Date> {
  const [, y = '', mo = '', d = '', h, mi, s, zone] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  // Before the probe below: Date.UTC reads years 0–99 as 1900–1999.
  if (year < earliestPastTime(now).getFullYear()) return fail(TOO_LONG_AGO);
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  const time = checkedClock(hour, minute, second);
  if (!time.ok) return time;
  // Date.UTC rolls 2026-02-30 over into March; a round trip catches it.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return fail(`has no such date ${y}-${mo}-${d}`);
  }
  if (zone === undefined) return { ok: true, value: new Date(year, month - 1, day, hour, minute, second) };
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  return { ok: true, value: new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000) };
}

function zoneMinutes(zone: string): number {
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return zone.startsWith('-') ? -minutes : minutes;
}

function checkedClock(hour: number, minute: number, second: number): Parsed<true> {
  if (hour > 23 || minute > 59 || second > 59) return fail('has no such time of day (hours 0–23, minutes 0–59)');
  return { ok: true, value: true };
}

function fail(reason: string): Parsed<never> {
  return { ok: false, reason, example: WHEN_EXAMPLES };
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, date.getHours(), date.getMinutes());
}

/** 2026-11-20 in local time. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 08:05 in local time. */
export function localClock(date: Date, withSeconds = false): string {
  const base = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return withSeconds ? `${base}:${pad(date.getSeconds())}` : base;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
