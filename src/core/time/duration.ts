// Durations as people type them on the command line: 20m, 90s, 1m30s, 1h15m,
// 2d. Pure: no clock, no I/O. Flags that take a duration (--ice, --heat,
// --rest, --since, and later --at) all go through parseDuration.

/** A parse result; a failure says what is wrong and how to write it instead. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; example: string };

/** No duration anyone types comes near a century; each flag has its own, lower, ceiling. */
const MAX_DURATION_SECONDS = 100 * 366 * 86_400;

/** What a malformed duration's message ends with, so every flag teaches the same syntax. */
const DURATION_EXAMPLES = 'write it like 20m, 90s, 1m30s or 1h15m';

const UNITS: readonly { names: readonly string[]; seconds: number }[] = [
  { names: ['d', 'day', 'days'], seconds: 86_400 },
  { names: ['h', 'hr', 'hrs', 'hour', 'hours'], seconds: 3_600 },
  { names: ['m', 'min', 'mins', 'minute', 'minutes'], seconds: 60 },
  { names: ['s', 'sec', 'secs', 'second', 'seconds'], seconds: 1 },
];

/**
 * Parses a positive duration into whole seconds. Parts go from the largest
 * unit to the smallest, each at most once ("1h15m", "1m30s"); a number with
 * no unit, a sign, zero, or an unknown unit is refused with the reason.
 */
export function parseDuration(input: string): Parsed<number> {
  const text = input.trim().toLowerCase().replace(/\s+/g, '');
  if (text === '') return fail('is empty');
  if (/^[-\u2212]/.test(text)) return fail('is negative; durations count forward');
  if (/^\+/.test(text)) return fail('has a sign; leave it out');
  if (/^\d+(\.\d+)?$/.test(text)) return fail(`has no unit (did you mean ${text}m or ${text}s?)`);

  let seconds = 0;
  let lastRank = -1;
  let overflow: string | undefined;
  const part = /(\d+(?:\.\d+)?)([a-z]+)/y;
  let index = 0;
  while (index < text.length) {
    part.lastIndex = index;
    const match = part.exec(text);
    if (!match) return fail('is not a duration');
    const [whole, amount = '', unitName = ''] = match;
    const rank = UNITS.findIndex((u) => u.names.includes(unitName));
    const unit = UNITS[rank];
    if (!unit) return fail(`has an unknown unit "${unitName}" (use d, h, m or s)`);
    if (rank <= lastRank) return fail('lists its units out of order or twice (largest first, e.g. 1h15m)');
    // After a larger unit, a part of a whole one or more of it ("1h70m") is most likely a typo.
    const larger = UNITS[rank - 1];
    if (lastRank >= 0 && larger && Number(amount) * unit.seconds >= larger.seconds) overflow ??= `${amount}${unitName}`;
    lastRank = rank;
    seconds += Number(amount) * unit.seconds;
    index += whole.length;
  }
  if (!Number.isFinite(seconds) || seconds > MAX_DURATION_SECONDS) return fail('is too long');
  if (!Number.isInteger(seconds)) return fail('is not a whole number of seconds');
  if (seconds === 0) return fail('is zero; give a length of time');
  if (overflow !== undefined) return fail(`has ${overflow} after a larger unit; did you mean ${compact(seconds)}?`);
  return { ok: true, value: seconds };
}

/** Whole seconds as a count of each unit, largest first: 7800 is 0 d, 2 h, 10 min, 0 s. */
function unitCounts(totalSeconds: number): number[] {
  let rest = totalSeconds;
  return UNITS.map(({ seconds }) => {
    const count = Math.floor(rest / seconds);
    rest -= count * seconds;
    return count;
  });
}

/** "2h10m", "3d6h": a whole number of seconds as it would be typed. */
function compact(totalSeconds: number): string {
  return unitCounts(totalSeconds)
    .map((count, i) => (count > 0 ? `${count}${UNITS[i]?.names[0]}` : ''))
    .join('');
}

/** How formatDuration names each of UNITS. */
const SPOKEN_UNITS = ['d', 'h', 'min', 's'];

function fail(reason: string): Parsed<never> {
  return { ok: false, reason, example: DURATION_EXAMPLES };
}

/** "20 min", "1 min 30 s", "45 s", "1 h 15 min", "2 d 3 h": for people, not for parsing. */
export function formatDuration(totalSeconds: number): string {
  const total = Math.max(0, Math.round(totalSeconds));
  if (total === 0) return '0 s';
  return unitCounts(total)
    .flatMap((count, i) => (count > 0 ? [`${count} ${SPOKEN_UNITS[i]}`] : []))
    .join(' ');
}

/** A countdown reading: "19:59", "1:05:00", "0:07". */
export function formatClockDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}
