import { describe, expect, it } from 'vitest';
import { localClock, localDate, parsePastTime } from '../../../src/core/time/when.js';

// Local time, so the tests hold in any time zone.
const NOW = new Date(2026, 10, 21, 10, 30, 0);
const at = (...parts: [number, number, number, number?, number?]) =>
  new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0).getTime();

describe('parsePastTime', () => {
  it.each([
    ['30h', NOW.getTime() - 30 * 3_600_000],
    ['30h ago', NOW.getTime() - 30 * 3_600_000],
    ['2d', NOW.getTime() - 2 * 86_400_000],
    ['90m', NOW.getTime() - 90 * 60_000],
    ['2026-11-20T08:00', at(2026, 11, 20, 8, 0)],
    ['2026-11-20 08:00', at(2026, 11, 20, 8, 0)],
    ['2026-11-20 8:05', at(2026, 11, 20, 8, 5)],
    ['2026-11-20T08:00:30', at(2026, 11, 20, 8, 0) + 30_000],
    ['2026-11-20', at(2026, 11, 20)],
    ['08:00', at(2026, 11, 21, 8, 0)],
    ['10:30', at(2026, 11, 21, 10, 30)],
    ['2026-11-20T08:00Z', Date.UTC(2026, 10, 20, 8, 0)],
    ['2026-11-20T08:00+01:00', Date.UTC(2026, 10, 20, 7, 0)],
    ['2026-11-20T08:00-0530', Date.UTC(2026, 10, 20, 13, 30)],
  ])('%j', (text, expected) => {
    const parsed = parsePastTime(text, NOW);
    expect(parsed).toEqual({ ok: true, value: new Date(expected) });
  });

  it.each([
    ['', /^is empty$/],
    ['someday', /^is neither a time nor a duration$/],
    ['30', /^is neither a time nor a duration$/],
    ['-3h', /^is neither a time nor a duration$/],
    ['3x', /^has an unknown unit "x"/],
    ['0h', /^is zero/],
    ['2026-13-01 08:00', /^has no such date 2026-13-01$/],
    ['2026-02-30', /^has no such date 2026-02-30$/],
    ['2026-11-20 25:00', /^has no such time of day/],
    ['08:61', /^has no such time of day/],
    ['2026-11-22 08:00', /^is in the future: a future time is not allowed \(now is 2026-11-21 10:30\)$/],
    ['11:00', /^is in the future/],
    ['20/11/2026', /^is neither a time nor a duration$/],
  ])('refuses %j', (text, reason) => {
    const parsed = parsePastTime(text, NOW);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  it('suggests yesterday for a clock time later than now', () => {
    const parsed = parsePastTime('23:00', NOW);
    expect(parsed).toEqual({
      ok: false,
      reason: 'is in the future: a future time is not allowed (now is 2026-11-21 10:30)',
      example: 'for yesterday, write 2026-11-20 23:00',
    });
  });

  it('formats local dates and clock times', () => {
    expect(localDate(NOW)).toBe('2026-11-21');
    expect(localClock(new Date(2026, 0, 2, 7, 5, 9))).toBe('07:05');
    expect(localClock(new Date(2026, 0, 2, 7, 5, 9), true)).toBe('07:05:09');
  });
});

describe('a future onset', () => {
  it.each(['tomorrow', 'Tomorrow morning', 'next monday', 'next week', 'in 2 days', 'in an hour', '2026-11-22'])(
    'says %j is a future time, which is not allowed',
    (text) => {
      const parsed = parsePastTime(text, NOW);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/^is in the future: a future time is not allowed/);
    },
  );

  it('still reads words that only look ahead, such as "this morning" said in the afternoon', () => {
    expect(parsePastTime('this morning', NOW).ok).toBe(true);
  });
});
