import { describe, expect, it } from 'vitest';
import { parseEverydayTime } from '../../../src/core/time/everyday.js';
import { parsePastTime } from '../../../src/core/time/when.js';

// Local time, so the tests hold in any time zone. Saturday 21 November 2026, 10:30.
const NOW = new Date(2026, 10, 21, 10, 30, 0);
const local = (day: number, hour: number, minute = 0): Date => new Date(2026, 10, day, hour, minute);

describe('parseEverydayTime', () => {
  it.each([
    ['8am', local(21, 8)],
    ['8 am', local(21, 8)],
    ['8.15am', local(21, 8, 15)],
    ['12am', local(21, 0)],
    ['12pm', local(21, 12)],
    ['noon', local(21, 12)],
    ['this morning', local(21, 8)],
    ['at 9am', local(21, 9)],
    ['last night', local(20, 22)],
    ['yesterday', local(20, 12)],
    ['Yesterday evening', local(20, 19)],
    ['yesterday 9pm', local(20, 21)],
    ['yesterday at 6:30pm', local(20, 18, 30)],
    ['monday', local(16, 12)],
    ['last monday', local(16, 12)],
    ['on Monday morning', local(16, 8)],
    ['friday 8pm', local(20, 20)],
    ['saturday', local(14, 12)],
    ['today 7am', local(21, 7)],
    ['an hour ago', new Date(NOW.getTime() - 3_600_000)],
    ['a day ago', new Date(NOW.getTime() - 86_400_000)],
    ['just now', NOW],
  ])('%j', (text, expected) => {
    expect(parseEverydayTime(text, NOW)).toEqual(expected);
  });

  it.each(['tomorrow', 'this', 'last', 'last week', 'someday', '13pm', '8:75am', 'monday 25pm', 'yesterday lunchtime'])(
    'does not understand %j',
    (text) => {
      expect(parseEverydayTime(text, NOW)).toBeUndefined();
    },
  );
});

describe('parsePastTime with everyday words', () => {
  it.each([
    ['2 days ago', new Date(NOW.getTime() - 2 * 86_400_000)],
    ['yesterday', local(20, 12)],
    ['8am', local(21, 8)],
  ])('%j', (text, expected) => {
    expect(parsePastTime(text, NOW)).toEqual({ ok: true, value: expected });
  });

  it('refuses a time of day still to come, like any future time', () => {
    expect(parsePastTime('11pm', NOW)).toMatchObject({ ok: false, reason: expect.stringMatching(/^is in the future/) });
    expect(parsePastTime('this evening', NOW)).toMatchObject({ ok: false });
  });
});
