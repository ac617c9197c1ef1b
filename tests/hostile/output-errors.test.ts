// A full disk or a closed pipe on stdout: one line and exit 1, or a quiet exit 0; never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithClosedPipe, runWithFullOutput, runWithNonBlockingPipe } from '../helpers/broken-output.js';
import { calmAnswers, questionsOf } from '../helpers/calm-answers.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backcare-output-'));
const calm = calmAnswers(questionsOf(runCli(['check', '--questions', '--json']).stdout));
const answers = join(dir, 'calm.json');
writeFileSync(answers, JSON.stringify(calm));

const COMMANDS: [string, string[]][] = [
  ['remedies', ['remedies']],
  ['warning-signs', ['warning-signs']],
  ['sources', ['sources']],
  ['history', ['history']],
  ['report', ['report']],
  ['check --json', ['check', '--answers', answers, '--json']],
  ['ice-heat-timer --plan', ['ice-heat-timer', '--mode', 'ice', '--plan']],
];

describe('stdout on a full device', () => {
  it.each(COMMANDS)('%s says so in one line and exits 1', (_name, args) => {
    const r = runWithFullOutput(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('backcare: cannot write the output: no space left on the device (ENOSPC)\n');
  });

  it('still shows an emergency on stderr, before the error line', () => {
    const r = runWithFullOutput(['check', '--answer', 'chest-pain=yes', '--region', 'NZ']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        String.raw`^EMERGENCY: call 111 now \(New Zealand\)[^\n]*\nbackcare: cannot write the output: no space ` +
          String.raw`left on the device \(ENOSPC\)\n$`,
      ),
    );
  });

  it('exits 1 without throwing when stderr is full too', () => {
    const r = runWithFullOutput(['remedies'], { stderrToo: true });
    expect(r.code).toBe(1);
  });
});

describe('stdout is a pipe whose reader has gone', () => {
  it.each(COMMANDS)('%s ends quietly with exit 0', async (_name, args) => {
    const r = await runWithClosedPipe(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('stdout is a non-blocking pipe that fills up', () => {
  it('gets the whole output, in order, once the reader catches up', () => {
    const args = ['remedies', '--json'];
    const expected = runCli(args).stdout;
    expect(expected.length, 'more than a pipe holds, so the writes must wait').toBeGreaterThan(100_000);
    const r = runWithNonBlockingPipe(args);
    expect(r.nonBlocking, 'the pipe was non-blocking when backcare started').toBe(true);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
  });
});
