// backcare ice-heat-timer, run in this process (tests/helpers/test-io.ts): its help, the plan as
// text and JSON, and every kind of bad flag value the command refuses. The timer itself (plain
// lines, NDJSON, signals) and the values commander refuses, in the binary's words, stay in
// tests/e2e/ice-heat-timer.test.ts.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/test-io.js';

describe('backcare ice-heat-timer (not a terminal)', () => {
  it.each([['ice-heat-timer'], ['stretch']])('has help with examples and the keys for %s', async (command) => {
    const r = await runInProcess([command, '--help']);
    expect(r.code).toBe(0);
    for (const text of [
      'Examples:',
      'Keys (in a terminal):',
      'Ctrl-C quit with exit code 130',
      '--no-bell',
      '--accessible',
    ])
      expect(r.stdout).toContain(text);
  });

  it('prints the plan with clock times and exits at once', async () => {
    const r = await runInProcess(['ice-heat-timer', '--mode', 'ice', '--cycles', '2', '--plan']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      new RegExp(
        String.raw`^Ice timer, if you start now:\n\n {2}\d\d:\d\d–\d\d:\d\d {2}Ice {3}20 min {6}session 1 of 2\n ` +
          String.raw`{2}\d\d:\d\d–\d\d:\d\d {2}Rest {2}1 h 40 min`,
      ),
    );
    expect(r.stdout).toMatch(/Ends at \d\d:\d\d, 2 h 20 min in all\./);
  });

  it('prints the plan as JSON', async () => {
    const r = await runInProcess(['ice-heat-timer', '--since', '100h', '--plan', '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as {
      schemaVersion: number;
      mode: string;
      kinds: string[];
      phases: { kind: string; startsAt: string; endsAt: string }[];
      notes: string[];
      before: { title: string }[];
    };
    expect(plan).toMatchObject({ schemaVersion: 1, mode: 'auto', kinds: ['heat'] });
    expect(plan.phases).toHaveLength(1);
    expect(Date.parse(plan.phases[0]?.endsAt ?? '') - Date.parse(plan.phases[0]?.startsAt ?? '')).toBe(20 * 60_000);
    expect(plan.notes[0]).toMatch(/^Auto: the spasm started 4\.2 days ago/);
    expect(plan.before.map((s) => s.title)).toContain('Before you start, check');
  });

  it.each([
    [['--ice', '20'], /^backcare: --ice "20" has no unit \(did you mean 20m or 20s\?\); write it like 20m, 90s/],
    [['--ice', '-5m'], /^backcare: --ice "-5m" is negative; durations count forward; write it like 20m/],
    [['--ice', '1x'], /^backcare: --ice "1x" has an unknown unit "x" \(use d, h, m or s\); write it like 20m/],
    [['--ice', '0s'], /^backcare: --ice "0s" is zero; give a length of time; write it like 20m/],
    [['--ice', ''], /^backcare: --ice "" is empty; write it like 20m/],
    [['--heat', 'lots'], /^backcare: --heat "lots" is not a duration; write it like 20m/],
    [['--mode', 'ice', '--rest', '20'], /^backcare: --rest "20" has no unit/],
    [
      ['--ice', '30m'],
      new RegExp(
        String.raw`^backcare: --ice 30m: ice sessions are limited to 20 min by the knowledge base \(15–20 min ` +
          String.raw`usual, by convention\); got 30 min\n$`,
      ),
    ],
    [
      ['--heat', '45m'],
      new RegExp(
        String.raw`^backcare: --heat 45m: heat sessions are limited to 30 min by the knowledge base \(15–20 min ` +
          String.raw`usual, by convention\); got 45 min\n$`,
      ),
    ],
    [
      ['--mode', 'ice', '--cycles', '2', '--rest', '5m'],
      /^backcare: --rest 5m: after ice the skin needs at least 20 min with nothing on it to recover/,
    ],
    [
      ['--mode', 'ice', '--cycles', '0'],
      /^backcare: --cycles "0" is not a whole number from 1 to 20; for example --cycles 2\n$/,
    ],
    [['--mode', 'ice', '--cycles', 'two'], /^backcare: --cycles "two" is not a whole number/],
    [
      ['--since', 'tomorrow'],
      new RegExp(
        '^backcare: --since "tomorrow" is in the future: a future time is not allowed; write it like ' +
          String.raw`30h \(30 hours ago\), 8am, this morning, last night, yesterday, monday, 2026-11-20 08:00`,
      ),
    ],
    [
      ['--since', '2999-01-01 08:00'],
      /^backcare: --since "2999-01-01 08:00" is in the future: a future time is not allowed \(now is /,
    ],
    [['--since', '2026-02-30'], /^backcare: --since "2026-02-30" has no such date/],
    [
      ['--mode', 'auto'],
      /^backcare: --mode auto chooses ice or heat by the time since the spasm started; add --since, e\.g\. --since 30h/,
    ],
    [[], /^backcare: say which timer you want: --mode ice, --mode heat or --mode alternate, or --since WHEN/],
    [
      ['--mode', 'ice', '--heat', '10m'],
      /^backcare: --heat 10m: --heat sets the length of heat sessions, but --mode ice has none/,
    ],
  ])('exits 2 with one line naming the flag for %j', async (args, message) => {
    const r = await runInProcess(['ice-heat-timer', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
