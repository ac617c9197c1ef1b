// Times written for people and for other systems, in local time.
import { localClock, localDate } from '../time/when.js';

/** 2026-11-20T08:00:00+01:00: local time with its offset, as FHIR and spreadsheets read it. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${localDate(date)}T${localClock(date, true)}${zone}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri 20 Nov". */
export function shortDay(date: Date): string {
  return `${DAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/** "Fri 20 Nov 2026, 08:00". */
export function dayAndTime(date: Date): string {
  return `${shortDay(date)} ${date.getFullYear()}, ${localClock(date)}`;
}

/** A YYYY-MM-DD local date back to local midnight. */
export function fromLocalDate(date: string): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The earlier of two moments; `b` may be absent. */
export function earliest(a: Date, b: Date | undefined): Date {
  return b !== undefined && b < a ? b : a;
}
