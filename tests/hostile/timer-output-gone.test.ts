// The timer's output goes away mid-session (`--json | (sleep 3; head -1)`, a full
// disk): the pack is still on the skin, so the countdown carries on to its end
// and the session is recorded in the diary.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithClosedPipe, runWithFullOutput } from '../helpers/broken-output.js';
import { fastKb } from '../helpers/fast-kb.js';
import { runCli } from '../helpers/run-cli.js';
import { startCli } from '../helpers/spawn-cli.js';

function homeWithEpisode(): string {
  const home = mkdtempSync(join(tmpdir(), 'backcare-timer-output-'));
  expect(runCli(['episode', 'start', '--at', '30h'], { env: { BACKCARE_HOME: home } }).code).toBe(0);
  return home;
}

function timerSessions(home: string): Record<string, unknown>[] {
  return readFileSync(join(home, 'diary.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => r.type === 'timer-session');
}

const ARGS = ['ice-heat-timer', '--mode', 'ice', '--cycles', '2', '--json'];

describe('the timer when its output goes away', () => {
  it('runs to the end and records every session when the reader closes the pipe', async () => {
    const home = homeWithEpisode();
    const r = await runWithClosedPipe(['--kb', fastKb(), ...ARGS], { env: { BACKCARE_HOME: home }, timeoutMs: 15_000 });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^backcare: the output was closed; the countdown carries on to its end/m);
    expect(timerSessions(home)).toEqual([
      expect.objectContaining({ protocol: 'ice', completed: true, seconds: 2 }),
      expect.objectContaining({ protocol: 'ice', completed: true, seconds: 2 }),
    ]);
  }, 20_000);

  it('runs to the end, records the sessions and exits 1 when stdout is a full device', () => {
    const home = homeWithEpisode();
    const r = runWithFullOutput(['--kb', fastKb(), ...ARGS], { env: { BACKCARE_HOME: home }, timeoutMs: 15_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^backcare: cannot write the output: no space left on the device \(ENOSPC\); the countdown carries on/m,
    );
    expect(timerSessions(home)).toHaveLength(2);
  }, 20_000);
});

describe('the timer stopped by a signal', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)(
    'records the cut-short session on %s and exits %i',
    async (signal, code) => {
      const home = homeWithEpisode();
      const cli = startCli(['--kb', fastKb(), 'ice-heat-timer', '--mode', 'ice', '--ice', '2m', '--json'], {
        BACKCARE_HOME: home,
      });
      await cli.waitFor('"phase_start"');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      cli.child.kill(signal);
      const exit = await cli.exit;
      expect(exit.code).toBe(code);
      expect(timerSessions(home)).toEqual([expect.objectContaining({ protocol: 'ice', completed: false })]);
    },
    20_000,
  );
});
