// The timer in a real pseudo-terminal: the checklist waits for a key, space
// pauses, Ctrl-C exits 130, and the cursor is shown again on the way out.
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { fastKb } from '../helpers/fast-kb.js';
import { BIN, cleanEnv, ROOT } from '../helpers/run-cli.js';

function spawnInPty(args: string[], extraEnv: Record<string, string> = {}) {
  const env = Object.fromEntries(Object.entries(cleanEnv({ TERM: 'xterm-256color', ...extraEnv })).filter((e): e is [string, string] => e[1] !== undefined));
  const term = pty.spawn(process.execPath, [BIN, ...args], { name: env.TERM ?? 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env });
  let output = '';
  const listeners: (() => void)[] = [];
  term.onData((data) => {
    output += data;
    for (const l of [...listeners]) l();
  });
  const exit = new Promise<number>((resolve) => term.onExit(({ exitCode }) => resolve(exitCode)));
  const waitFor = (text: string, timeoutMs = 8000) =>
    new Promise<void>((resolve, reject) => {
      const from = output.length;
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)}; output:\n${output}`)), timeoutMs);
      const check = () => {
        if (!output.slice(Math.max(0, from - text.length)).includes(text)) return;
        clearTimeout(timer);
        listeners.splice(listeners.indexOf(check), 1);
        resolve();
      };
      listeners.push(check);
      check();
    });
  return { term, exit, waitFor, output: () => output };
}

describe('backcare ice-heat-timer in a terminal', () => {
  it('waits for a key, pauses on space, and exits 130 on Ctrl-C with the cursor restored', async () => {
    const t = spawnInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s']);
    try {
      await t.waitFor('Press Enter or space to start, q to cancel.');
      expect(t.output()).toContain('Before you start, check:');
      t.term.write('\r');
      await t.waitFor('space pause · s skip · q quit');
      expect(t.output()).toContain('\u001b[?25l');
      expect(t.output()).toContain('Ice · session 1 of 1');
      t.term.write(' ');
      await t.waitFor('PAUSED · press space to resume');
      t.term.write('\u0003');
      expect(await t.exit).toBe(130);
      const after = t.output().slice(t.output().lastIndexOf('PAUSED'));
      expect(after).toContain('\u001b[?25h');
      expect(after).toContain('\u001b[?1049l');
      expect(after).toMatch(/\d\d:\d\d:\d\d {2}Paused with \d:\d\d of ice left\./);
      expect(after).toMatch(/Interrupted with \d:\d\d of ice left\. Check your skin\./);
    } finally {
      t.term.kill();
    }
  }, 20_000);

  it('skips with s, quits with q (exit 0), and cancels at the checklist with q', async () => {
    const t = spawnInPty(['--kb', fastKb(), 'ice-heat-timer', '--mode', 'ice', '--ice', '60s', '--cycles', '2', '--rest', '60s']);
    try {
      await t.waitFor('Press Enter or space to start');
      t.term.write(' ');
      await t.waitFor('Ice · session 1 of 2');
      t.term.write('s');
      await t.waitFor('Rest · nothing on the skin, then ice');
      t.term.write('q');
      expect(await t.exit).toBe(0);
      expect(t.output()).toMatch(/Ice skipped with \d:\d\d left\. Check your skin\./);
      expect(t.output()).toContain('\u001b[?25h');
    } finally {
      t.term.kill();
    }
    const c = spawnInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s']);
    try {
      await c.waitFor('Press Enter or space to start');
      c.term.write('q');
      expect(await c.exit).toBe(0);
      expect(c.output()).toContain('Cancelled; nothing was started.');
      expect(c.output()).not.toContain('\u001b[?1049h');
    } finally {
      c.term.kill();
    }
  }, 20_000);

  it('prints lines instead of redrawing on a dumb terminal, and still takes keys', async () => {
    const t = spawnInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s'], { TERM: 'dumb' });
    try {
      await t.waitFor('Press Enter or space to start');
      t.term.write('\r');
      await t.waitFor('Keys: space pauses or resumes');
      t.term.write('q');
      expect(await t.exit).toBe(0);
      expect(t.output()).not.toContain('\u001b[?1049h');
      expect(t.output()).toMatch(/Stopped with \d:\d\d of ice left\./);
    } finally {
      t.term.kill();
    }
  }, 20_000);
});
