// Numbers and ranges from the knowledge base, written the way people read them.
import { capitalise } from '../core/text.js';
import type { CountRange, Dose, TimeRange } from '../kb/types.js';
import type { TimeUnit } from '../core/vocabulary.js';

const UNIT_SHORT: Record<TimeUnit, [string, string]> = {
  seconds: ['sec', 'sec'],
  minutes: ['min', 'min'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
};

function formatCount(range: CountRange): string {
  return range.min === range.max ? `${range.min}` : `${range.min}–${range.max}`;
}

export function formatTimeRange(range: TimeRange): string {
  const [one, many] = UNIT_SHORT[range.unit];
  return `${formatCount(range)} ${range.max === 1 ? one : many}`;
}

/** The key numbers of a dose on one line, e.g. "15–20 min a session, every 2–3 hours". */
export function formatDose(dose: Dose | undefined): string {
  if (!dose) return '';
  const parts: string[] = [];
  if (dose.session) parts.push(`${formatTimeRange(dose.session)} a session`);
  if (dose.hold) parts.push(`hold ${formatTimeRange(dose.hold)}`);
  if (dose.breaths) parts.push(`${formatCount(dose.breaths)} slow breaths`);
  if (dose.repetitions) parts.push(`${formatCount(dose.repetitions)} times`);
  if (dose.every) parts.push(`every ${formatTimeRange(dose.every)}`);
  if (dose.perDay) parts.push(`${formatCount(dose.perDay)} times a day`);
  if (dose.forUpTo) parts.push(`for up to ${formatTimeRange(dose.forUpTo)}`);
  return parts.join(', ');
}

export function titleCase(text: string): string {
  return capitalise(text.replace(/[-_]/g, ' '));
}
