// `check --answers -` reads stdin to its end however slowly it comes, up to a
// size limit; a terminal on stdin is refused with a hint.
import { describe, expect, it } from 'vitest';
import { runInPty } from '../helpers/pty.js';
import { calmAnswers, questionsOf } from '../helpers/calm-answers.js';
import { runCli } from '../helpers/run-cli.js';
import { startCli } from '../helpers/spawn-cli.js';

const calm = calmAnswers(questionsOf(runCli(['check', '--questions', '--json']).stdout));
const text = JSON.stringify(calm);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('check --answers - on a slow or endless stdin', () => {
  it('waits for answers that arrive in pieces and after a pause', async () => {
    const cli = startCli(['check', '--answers', '-', '--json']);
    await pause(300);
    cli.child.stdin?.write(text.slice(0, 40));
    await pause(300);
    cli.child.stdin?.end(text.slice(40));
    const { code } = await cli.exit;
    expect(cli.stderr()).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(cli.stdout())).toMatchObject({ level: 'self_care', complete: true });
  }, 10_000);

  it('stops reading past the size limit with exit 2', async () => {
    const cli = startCli(['check', '--answers', '-', '--json']);
    cli.child.stdin?.on('error', () => undefined);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    for (let i = 0; i < 40 && cli.child.exitCode === null; i++) {
      cli.child.stdin?.write(chunk);
      await pause(5);
    }
    const { code } = await cli.exit;
    expect(code).toBe(2);
    expect(cli.stderr()).toMatch(/^backcare: --answers -: more than 1048576 bytes on stdin/);
  }, 10_000);

  it('refuses a terminal on stdin with a hint, instead of waiting', async () => {
    const session = runInPty(['check', '--answers', '-']);
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(2);
    expect(session.output()).toContain('--answers - reads answers from a pipe or file, not from the terminal');
  }, 10_000);
});
