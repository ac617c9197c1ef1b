// The follow-up dates as an iCalendar file (RFC 5545) for any calendar app,
// written by hand: CRLF line ends, lines folded at 75 octets, text escaped.
// Pure: the time stamp and the ids come in.

export interface CalendarFollowUp {
  id: string;
  when: string;
  advice: string;
  due: Date;
}

export interface CalendarInput {
  /** Makes the UIDs stable: the same episode gives the same events, so importing twice updates them. */
  episodeId: string;
  start: Date;
  followUps: readonly CalendarFollowUp[];
  /** A daily reminder to log the pain score, at this local time, for `days` days from the start. */
  reminder: { hour: number; minute: number; days: number; command: string } | undefined;
  now: Date;
  version: string;
}

const CRLF = '\r\n';
const FOLD_OCTETS = 75;
const ENCODER = new TextEncoder();

export function calendarFile(input: CalendarInput): string {
  const stamp = utcStamp(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//backcare//backcare ${input.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const f of input.followUps) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.episodeId}-${f.id}@backcare`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${localDate(f.due)}`,
      `DTEND;VALUE=DATE:${localDate(new Date(f.due.getFullYear(), f.due.getMonth(), f.due.getDate() + 1))}`,
      `SUMMARY:${escapeText(`Back pain: see a doctor if ${lowerFirst(f.when)}`)}`,
      `DESCRIPTION:${escapeText(`${f.when}\n${f.advice}\nIf a warning sign appears, call your emergency number.`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  const r = input.reminder;
  if (r) {
    const first = new Date(input.start.getFullYear(), input.start.getMonth(), input.start.getDate(), r.hour, r.minute);
    const description = `A score from 0 to 10 in a second: ${r.command}. Delete this series when the episode ends.`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${input.episodeId}-log-reminder@backcare`,
      `DTSTAMP:${stamp}`,
      // A floating local time: the reminder stays at r.hour wherever the calendar is.
      `DTSTART:${localDate(first)}T${pad(r.hour)}${pad(r.minute)}00`,
      'DURATION:PT5M',
      `RRULE:FREQ=DAILY;COUNT=${r.days}`,
      `SUMMARY:${escapeText(`Log your back pain: ${r.command}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`Log your back pain: ${r.command}`)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** TEXT values: backslash, semicolon and comma escaped, new lines as \n (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are split, each continuation starting with one space, never inside a UTF-8 character
 * (§3.1).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = ENCODER.encode(char).length;
    const limit = parts.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function localDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
