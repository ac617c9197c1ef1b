import { describe, expect, it } from 'vitest';
import { echoed } from '../../../src/core/echo.js';
import { parseDuration } from '../../../src/core/time/duration.js';
import { parsePastTime } from '../../../src/core/time/when.js';

const NOW = new Date(2026, 10, 21, 12, 0);

describe('past times are held to the last 100 years', () => {
  it.each(['100000000d', '36600d', '0050-01-01', '0099-12-31 08:00', '1900-01-01', '1926-11-20'])(
    'refuses %s with the range',
    (text) => {
      const parsed = parsePastTime(text, NOW);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.reason).toBe('is more than 100 years ago (before 1926-11-21); give a time since then');
    },
  );

  it.each(['36500d', '1926-11-22', '2026-11-20 08:00'])('accepts %s', (text) => {
    expect(parsePastTime(text, NOW).ok).toBe(true);
  });

  it('still names an impossible date as such', () => {
    const parsed = parsePastTime('2026-02-30', NOW);
    expect(parsed.ok ? '' : parsed.reason).toMatch(/no such date/);
  });
});

describe('durations', () => {
  it('refuses anything past a century as too long', () => {
    expect(parseDuration('100000000d')).toMatchObject({ ok: false, reason: 'is too long' });
  });
});

describe('echoed values', () => {
  it('escapes every control character, newline and tab too, and cuts at 80 characters', () => {
    expect(echoed('\u001b[8mGB\n\t')).toBe('\\u001b[8mGB\\u000a\\u0009');
    expect(echoed('x'.repeat(100_000))).toBe(`${'x'.repeat(80)}… (99920 more characters)`);
  });
});
