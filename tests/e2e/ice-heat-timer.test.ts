// backcare ice-heat-timer end to end, outside a terminal: plain lines, NDJSON,
// signals, and the flag values commander refuses (the others, the plan and help:
// tests/commands/ice-heat-timer.test.ts). Phases of 1–2 seconds come from a
// knowledge base that counts in seconds (tests/helpers/fast-kb.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { fastKb } from '../helpers/fast-kb.js';
import { runCli } from '../helpers/run-cli.js';
import { runCliAsync, startCli, type RunningCli } from '../helpers/spawn-cli.js';

const TIME = /^\d\d:\d\d:\d\d {2}/;
const running: RunningCli[] = [];
afterEach(() => {
  for (const cli of running.splice(0)) cli.child.kill('SIGKILL');
});

interface Event {
  schemaVersion: number;
  event: string;
  at: string;
  phase?: { index: number; kind: string; seconds: number; protocol: string; cycle: number };
  endsAt?: string;
  endedAt?: string;
  reminder?: string;
  reason?: string;
  remainingSeconds?: number;
  phases?: { kind: string; seconds: number }[];
  mode?: string;
}

const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Event);

describe('backcare ice-heat-timer (not a terminal)', () => {
  it.concurrent('prints one plain line per event with its time, and the checklist once on stderr', async () => {
    const kb = fastKb();
    const r = await runCliAsync([
      '--kb',
      kb,
      'ice-heat-timer',
      '--mode',
      'ice',
      '--ice',
      '1s',
      '--rest',
      '1s',
      '--cycles',
      '2',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(TIME);
    expect(lines.map((l) => l.replace(TIME, '').split(/[ :(]/)[0])).toEqual([
      'Ice',
      'Ice',
      'Ice',
      'Rest',
      'Rest',
      'Ice',
      'Ice',
      'Done.',
    ]);
    expect(lines[0]).toContain('Ice timer started: 3 phases, 3 s');
    expect(lines[2]).toMatch(/Ice ended\. Check your skin\.$/);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stderr.match(/Before you start, check:/g)).toHaveLength(1);
    expect(r.stderr).toContain('Use a cloth barrier.');
    expect(r.stderr).toContain('Wrap the pack in a cloth.');
  }, 15_000);

  it.concurrent('prints NDJSON events with the documented shape, ending each phase on time', async () => {
    const kb = fastKb();
    const started = Date.now();
    const r = await runCliAsync([
      '--kb',
      kb,
      'ice-heat-timer',
      '--mode',
      'alternate',
      '--ice',
      '1s',
      '--heat',
      '1s',
      '--rest',
      '1s',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const events = parseLines(r.stdout);
    expect(events.map((e) => e.event)).toEqual([
      'start',
      'phase_start',
      'phase_end',
      'phase_start',
      'phase_end',
      'phase_start',
      'phase_end',
      'done',
    ]);
    for (const e of events) {
      expect(e.schemaVersion).toBe(1);
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(started - 1000);
    }
    const [start] = events;
    expect(start).toMatchObject({
      mode: 'alternate',
      phases: [
        { kind: 'ice', seconds: 1 },
        { kind: 'rest', seconds: 1 },
        { kind: 'heat', seconds: 1 },
      ],
    });
    expect(events[1]?.phase).toMatchObject({ index: 0, kind: 'ice', seconds: 1, protocol: 'ice', cycle: 1 });
    expect(events[2]).toMatchObject({ event: 'phase_end', reminder: 'Check your skin.' });
    expect(events[4]).toMatchObject({ event: 'phase_end', phase: { kind: 'rest', protocol: 'ice' } });
    expect(events[4]?.reminder).toBeUndefined();
    expect(events[6]).toMatchObject({ event: 'phase_end', reminder: 'Check your skin for redness.' });
    // Deadline arithmetic: each phase ends when the one before it ended plus its length.
    const ends = events.filter((e) => e.event === 'phase_end').map((e) => Date.parse(e.endedAt ?? ''));
    const begin = Date.parse(events[1]?.at ?? '');
    expect(ends.map((t) => t - begin)).toEqual([1000, 2000, 3000]);
    for (const e of events.filter((x) => x.event === 'phase_end'))
      expect(Date.parse(e.at) - Date.parse(e.endedAt ?? '')).toBeLessThan(500);
    expect(r.stderr).toContain('Before you start, check:');
  }, 15_000);

  it.concurrent('never waits for a key when stdin is an open pipe', async () => {
    const cli = startCli(['--kb', fastKb(), 'ice-heat-timer', '--ice', '1s']);
    running.push(cli);
    const { code } = await cli.exit;
    expect(code).toBe(0);
    expect(cli.stdout()).toMatch(/Done\.\n$/);
  }, 15_000);

  it.each([
    ['SIGINT', 130, 'interrupted'],
    ['SIGTERM', 143, 'terminated'],
  ] as const)(
    'stops on %s with exit %i, saying what to do with the pack',
    async (signal, exitCode, reason) => {
      const cli = startCli(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s', '--json']);
      running.push(cli);
      await cli.waitFor('"phase_start"');
      cli.child.kill(signal);
      const { code } = await cli.exit;
      expect(code).toBe(exitCode);
      const last = parseLines(cli.stdout()).at(-1);
      expect(last).toMatchObject({ event: 'stopped', reason, phase: { kind: 'ice' }, reminder: 'Check your skin.' });
      expect(last?.remainingSeconds).toBeGreaterThan(50);
    },
    15_000,
  );

  it.concurrent('announces each minute in accessible mode', async () => {
    const cli = startCli(['--kb', fastKb(), 'ice-heat-timer', '--ice', '61s'], { BACKCARE_ACCESSIBLE: '1' });
    running.push(cli);
    await cli.waitFor(/ {2}Ice: 1 minute left\.\n/, 12_000);
    cli.child.kill('SIGINT');
    expect((await cli.exit).code).toBe(130);
    expect(cli.stdout()).not.toContain('\u001b');
  }, 30_000);

  // The binary words commander's own refusals (src/cli.ts); in this process they read differently.
  it.each([
    [
      ['--mode', 'icy'],
      /^backcare: option '--mode <mode>' argument 'icy' is invalid\. Allowed choices are ice, heat, alternate, auto\./,
    ],
    [['--ice'], /^backcare: option '--ice <duration>' argument missing/],
    [['--minutes', '20'], /^backcare: unknown option '--minutes'/],
  ])('exits 2 with one line naming the flag for %j', (args, message) => {
    const r = runCli(['ice-heat-timer', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
