// The follow-up dates as iCalendar (RFC 5545), written by hand: CRLF, lines
// folded at 75 octets (never inside a character), TEXT escaped, a UID per
// event and DTSTAMP from the clock passed in.
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine, type CalendarInput } from '../../src/core/calendar.js';

const NOW = new Date('2026-12-04T14:00:00.000Z');
const START = new Date(2026, 11, 3, 9, 0);
const input = (over: Partial<CalendarInput> = {}): CalendarInput => ({
  episodeId: 'ep1',
  start: START,
  followUps: [
    {
      id: 'getting-worse',
      when: 'Your pain is getting worse, or very severe.',
      advice: 'Book a doctor; a; b\\c\nnext line.',
      due: new Date(2026, 11, 4, 9, 0),
    },
    {
      id: 'not-improving',
      when: 'Not better after 2 to 3 weeks — see a GP (café).',
      advice: 'x'.repeat(200),
      due: new Date(2026, 11, 17, 9, 0),
    },
  ],
  reminder: undefined,
  now: NOW,
  version: '0.1.0',
  ...over,
});

const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
const octets = (s: string): number => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and new lines, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    const folded = foldLine('x'.repeat(160));
    expect(folded.split('\r\n ').map((p) => p.length)).toEqual([75, 74, 11]);
  });

  it('never splits a UTF-8 character and keeps every physical line within 75 octets', () => {
    const line = `SUMMARY:${'é—€'.repeat(40)}`;
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
});

describe('calendarFile', () => {
  const ics = calendarFile(input());

  it('uses CRLF only, and no physical line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has a valid structure: one VCALENDAR with VERSION and PRODID, each VEVENT with UID, DTSTAMP and DTSTART, balanced BEGIN/END', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
      expect(l).toMatch(/^[A-Z-]+[;:]/);
    }
    expect(stack).toEqual([]);
    const events = ics
      .split('BEGIN:VEVENT')
      .slice(1)
      .map((e) => unfold(`BEGIN:VEVENT${e}`));
    expect(events).toHaveLength(2);
    for (const e of events)
      for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:'])
        expect(e.some((l) => l.startsWith(prop))).toBe(true);
  });

  it('takes DTSTAMP from the clock passed in, dates each follow-up on its local day, and gives stable UIDs', () => {
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'DTSTAMP:20261204T140000Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261204');
    expect(lines).toContain('DTEND;VALUE=DATE:20261205');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261217');
    expect(lines).toContain('UID:ep1-getting-worse@backcare');
    expect(calendarFile(input({ now: new Date('2027-01-01T00:00:00Z') })).match(/UID:.*/g)).toEqual(
      ics.match(/UID:.*/g),
    );
  });

  it('escapes the text of the events', () => {
    expect(unfold(ics).find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      'DESCRIPTION:Your pain is getting worse\\, or very severe.\\nBook a doctor\\; a\\; b\\\\c\\nnext ' +
        'line.\\nIf a warning sign appears\\, call your emergency number.',
    );
  });

  it('adds a daily reminder with an alarm only when asked, from the start for the days given', () => {
    expect(ics).not.toMatch(/RRULE/);
    const lines = unfold(
      calendarFile(input({ reminder: { hour: 20, minute: 5, days: 42, command: 'backcare log 0-10' } })),
    );
    expect(lines).toContain('DTSTART:20261203T200500');
    expect(lines).toContain('RRULE:FREQ=DAILY;COUNT=42');
    expect(lines).toContain('BEGIN:VALARM');
    expect(lines).toContain('UID:ep1-log-reminder@backcare');
  });
});
