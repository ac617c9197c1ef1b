// Times in the words people use for when their pain started: "8am", "this
// morning", "last night", "yesterday", "monday", "yesterday 9pm", "an hour
// ago". Pure: `now` is passed in. A part of the day stands for a typical
// hour (morning 08:00, afternoon 14:00, evening 19:00, night 22:00); a day
// alone for its midday. Times later than now are left for the caller to refuse.

const PART_OF_DAY: Record<string, number> = { morning: 8, afternoon: 14, evening: 19, night: 22, tonight: 19 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MIDDAY = 12;

/** "8am", "8.30 pm", "12pm" -> [hour, minute]; "noon" and "midnight" too. */
function clockWords(text: string): [number, number] | undefined {
  if (text === 'noon' || text === 'midday') return [12, 0];
  if (text === 'midnight') return [0, 0];
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)$/.exec(text);
  if (!match) return undefined;
  const [, h = '', m = '0', half] = match;
  const hour = Number(h);
  const minute = Number(m);
  if (hour < 1 || hour > 12 || minute > 59) return undefined;
  return [(hour % 12) + (half === 'pm' ? 12 : 0), minute];
}

/** A day relative to today: 0 today, -1 yesterday, -n the last such weekday. */
function dayWords(text: string, now: Date): number | undefined {
  if (text === 'today' || text === 'this') return 0;
  if (text === 'yesterday' || text === 'last') return -1;
  const weekday = WEEKDAYS.indexOf(text.replace(/^last\s+/, ''));
  if (weekday === -1) return undefined;
  // The most recent such day before today: "monday" said on a Monday means a week ago.
  return -(((now.getDay() - weekday + 6) % 7) + 1);
}

/** The hour and minute in a day, from a clock time or a part of the day; undefined when not understood. */
function timeOfDay(text: string): [number, number] | undefined {
  if (text === '') return [MIDDAY, 0];
  const clock = clockWords(text);
  if (clock) return clock;
  const hour = PART_OF_DAY[text];
  return hour === undefined ? undefined : [hour, 0];
}

/** Parses everyday words for a moment; undefined when the words are not understood. */
export function parseEverydayTime(input: string, now: Date): Date | undefined {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(at|on|since) /, '');
  if (text === 'now' || text === 'just now') return new Date(now.getTime());
  const ago = /^(a|an|one) (minute|hour|day|week)( ago)?$/.exec(text);
  if (ago) return new Date(now.getTime() - (UNIT_MS[ago[2] ?? ''] ?? 0));
  if (text === 'last night') return at(now, -1, [PART_OF_DAY.night ?? 22, 0]);
  if (text === 'tonight' || text === 'this evening') return at(now, 0, [PART_OF_DAY.evening ?? 19, 0]);
  const onlyClock = clockWords(text);
  if (onlyClock) return at(now, 0, onlyClock);
  const match = /^(this|today|yesterday|last(?: [a-z]+day)?|[a-z]+day)(?: (.*))?$/.exec(text);
  if (!match) return undefined;
  const [, dayText = '', rest = ''] = match;
  const day = dayWords(dayText, now);
  const time = timeOfDay(rest.replace(/^at /, ''));
  if (day === undefined || time === undefined) return undefined;
  if ((dayText === 'this' || dayText === 'last') && rest === '') return undefined;
  return at(now, day, time);
}

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

function at(now: Date, dayOffset: number, [hour, minute]: [number, number]): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, hour, minute);
}
