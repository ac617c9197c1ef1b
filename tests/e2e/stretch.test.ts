// backcare stretch end to end: the routine from the knowledge base, its
// how-to and stop rule, on the same countdown as the ice/heat timer. The plan
// and a bad routine: tests/commands/stretch.test.ts.
import { describe, expect, it } from 'vitest';
import { fastKb } from '../helpers/fast-kb.js';
import { runCliAsync } from '../helpers/spawn-cli.js';

describe('backcare stretch', () => {
  it.concurrent('runs a routine as NDJSON: get ready, holds per side with a relax between, then a movement', async () => {
    const r = await runCliAsync(['--kb', fastKb(), 'stretch', '--json']);
    expect(r.code).toBe(0);
    const events = r.stdout
      .trimEnd()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as { event: string; phase?: { kind: string; remedy: string; side?: string }; routine?: string },
      );
    expect(events[0]).toMatchObject({ event: 'start', routine: 'quick' });
    const starts = events
      .filter((e) => e.event === 'phase_start')
      .map((e) => `${e.phase?.kind}:${e.phase?.remedy}${e.phase?.side ? `:${e.phase.side}` : ''}`);
    expect(starts).toEqual([
      'ready:knee-hug',
      'hold:knee-hug:left',
      'relax:knee-hug',
      'hold:knee-hug:right',
      'ready:back-arch',
      'move:back-arch',
    ]);
    expect(events.at(-1)?.event).toBe('done');
    // The checklist is a message on stderr: the how-to, what to skip, and the stop rule.
    expect(r.stderr).toContain('Steps:');
    expect(r.stderr).toContain('Knee hug: hold 1 s, 1 time on each side');
    expect(r.stderr).toContain('Stop rule:\n  - Stop if pain spreads down a leg or gets sharply worse.');
  }, 15_000);

  it.concurrent('prints plain lines that say what to do at each change', async () => {
    const r = await runCliAsync(['--kb', fastKb(), 'stretch']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Get ready: Knee hug \(step 1 of 2\): 1 s, until \S+\. Next: Knee hug\. Lie on your back\./,
    );
    expect(r.stdout).toMatch(
      /Knee hug \(left side · hold 1 of 1 · step 1 of 2\): 1 s, until \S+\. Hold \(left side\) for 1 s\./,
    );
    expect(r.stdout).toMatch(/Back arch \(2 slow repetitions · step 2 of 2\): 2 s/);
  }, 15_000);
});
