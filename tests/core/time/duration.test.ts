import { describe, expect, it } from 'vitest';
import { formatClockDuration, formatDuration, parseDuration } from '../../../src/core/time/duration.js';

describe('parseDuration', () => {
  it.each([
    ['20m', 1200],
    ['90s', 90],
    ['1m30s', 90],
    ['1h', 3600],
    ['1h15m', 4500],
    ['2d', 172_800],
    ['1d12h', 129_600],
    ['1.5m', 90],
    [' 20 min ', 1200],
    ['1h 15m', 4500],
    ['2 hours', 7200],
    ['45 seconds', 45],
    ['20M', 1200],
    ['1s', 1],
    ['1h59m', 7140],
    ['90m', 5400],
    ['1d23h', 169_200],
  ])('%j is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: seconds });
  });

  it.each([
    ['', /^is empty$/],
    ['   ', /^is empty$/],
    ['20', /^has no unit \(did you mean 20m or 20s\?\)$/],
    ['-5m', /^is negative/],
    ['+5m', /^has a sign/],
    ['1x', /^has an unknown unit "x"/],
    ['0s', /^is zero/],
    ['0m0s', /^is zero/],
    ['15m1h', /out of order/],
    ['5m5m', /out of order or twice/],
    ['m5', /^is not a duration$/],
    ['20m!', /^is not a duration$/],
    ['1.5s', /whole number of seconds/],
    ['ten minutes', /^is not a duration$/],
    ['1h70m', /^has 70m after a larger unit; did you mean 2h10m\?$/],
    ['1h60m', /^has 60m after a larger unit; did you mean 2h\?$/],
    ['1m90s', /^has 90s after a larger unit; did you mean 2m30s\?$/],
    ['2d30h', /^has 30h after a larger unit; did you mean 3d6h\?$/],
  ])('refuses %j', (text, reason) => {
    const parsed = parseDuration(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toMatch(reason);
    expect(parsed.example).toContain('20m');
  });
});

describe('formatDuration', () => {
  it.each([
    [1200, '20 min'],
    [90, '1 min 30 s'],
    [45, '45 s'],
    [4500, '1 h 15 min'],
    [90_000, '1 d 1 h'],
    [0, '0 s'],
  ])('%i s is %j', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatClockDuration', () => {
  it.each([
    [1200, '20:00'],
    [59.2, '1:00'],
    [7, '0:07'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [0, '0:00'],
    [-3, '0:00'],
  ])('%d s reads %j', (seconds, text) => {
    expect(formatClockDuration(seconds)).toBe(text);
  });
});
