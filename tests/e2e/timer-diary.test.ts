// The timers and the diary together: an open episode picks ice or heat by the
// day of the episode, and each session that ran is recorded in the diary.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastKb } from '../helpers/fast-kb.js';
import { runCli } from '../helpers/run-cli.js';
import { runCliAsync } from '../helpers/spawn-cli.js';

function diaryLines(home: string): Record<string, unknown>[] {
  return readFileSync(join(home, 'diary.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('ice-heat-timer with a pain diary', () => {
  it('uses the open episode for auto mode and records the session', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-timer-diary-'));
    const kb = fastKb();
    expect(runCli(['episode', 'start', '--at', '30h'], { env: { BACKCARE_HOME: home } }).code).toBe(0);
    const r = await runCliAsync(['--kb', kb, 'ice-heat-timer', '--json'], { BACKCARE_HOME: home });
    expect(r.code).toBe(0);
    const start = JSON.parse(r.stdout.split('\n')[0] ?? '{}') as { mode?: string; phases?: { kind: string }[] };
    expect(start).toMatchObject({ mode: 'auto', phases: [{ kind: 'ice' }] });
    const sessions = diaryLines(home).filter((l) => l.type === 'timer-session');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ protocol: 'ice', remedy: 'ice-pack', completed: true });
  }, 15_000);

  it('records nothing without an open episode', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-timer-diary-'));
    const r = await runCliAsync(['--kb', fastKb(), 'ice-heat-timer', '--mode', 'heat', '--heat', '1s', '--json'], {
      BACKCARE_HOME: home,
    });
    expect(r.code).toBe(0);
    expect(() => readFileSync(join(home, 'diary.jsonl'))).toThrow();
  }, 15_000);
});
