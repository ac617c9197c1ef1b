// Ctrl-Z (SIGTSTP) and fg (SIGCONT) at a question, the menu and the timer.
// On stop, backcare gives the terminal back as the shell expects it (line
// mode with echo, cursor shown, the timer's full screen left) and stops; on
// continue it takes the terminal again (keys work at once, without Enter)
// and the timer is drawn again in full. The screen is read through a real
// terminal emulator (@xterm/headless); the line discipline through stty.
import { spawnSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import xterm from '@xterm/headless';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  CURSOR_HIDE,
  CURSOR_SHOW,
  runInPty,
  runInteractiveShell,
  type PtySession,
} from '../helpers/pty.js';
import { onScreen, show } from '../helpers/screen.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

/** The terminal's line discipline as stty reports it for the pty backcare reads. */
function lineMode(pid: number): 'cooked' | 'raw' {
  const tty = readlinkSync(`/proc/${pid}/fd/0`);
  const stty = spawnSync('stty', ['-a', '-F', tty], { encoding: 'utf8' }).stdout;
  return /(^|\s)-icanon(\s|$)/.test(stty) ? 'raw' : 'cooked';
}

async function screenOf(output: string): Promise<{ buffer: string; text: string }> {
  const term = new xterm.Terminal({ cols: 100, rows: 30, allowProposedApi: true });
  await new Promise<void>((resolve) => term.write(output, resolve));
  const b = term.buffer.active;
  const lines: string[] = [];
  for (let y = b.viewportY; y < b.viewportY + 30; y++) lines.push(b.getLine(y)?.translateToString(true) ?? '');
  return { buffer: b.type, text: lines.join('\n') };
}

const count = (text: string, what: string) => text.split(what).length - 1;
const cursorShown = (out: string) => out.lastIndexOf(CURSOR_SHOW) > out.lastIndexOf(CURSOR_HIDE);

async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  for (const end = Date.now() + ms; !check(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** The ice timer started and counting down on its full screen, in raw mode. */
async function timerCountingDown(): Promise<ReturnType<typeof runInPty>> {
  const s = runInPty(['ice-heat-timer', '--mode', 'ice']);
  session = s;
  await s.waitFor('Press Enter or space to start');
  s.write('\r');
  await s.waitFor(ALT_SCREEN_ON);
  await until(() => lineMode(s.processId) === 'raw', 'raw mode');
  return s;
}

describe('Ctrl-Z and fg in the running timer', () => {
  it('leaves the full screen and line mode on stop, and comes back drawn and taking keys on continue', async () => {
    const s = await timerCountingDown();

    process.kill(s.processId, 'SIGTSTP');
    await until(
      () => s.output().lastIndexOf(ALT_SCREEN_OFF) > s.output().lastIndexOf(ALT_SCREEN_ON),
      'the full screen to be left',
    );
    await until(() => lineMode(s.processId) === 'cooked', 'line mode');
    expect(cursorShown(s.output())).toBe(true);
    expect((await screenOf(s.output())).buffer).toBe('normal');

    const before = s.output().length;
    process.kill(s.processId, 'SIGCONT');
    await until(() => count(s.output().slice(before), ALT_SCREEN_ON) === 1, 'the full screen again');
    await until(() => lineMode(s.processId) === 'raw', 'raw mode again');
    await until(() => /Ice/.test(s.output().slice(before)), 'a redraw');
    const after = await screenOf(s.output());
    expect(after.buffer).toBe('alternate');
    expect(after.text).toMatch(/Ice/);
    expect(cursorShown(s.output())).toBe(false);

    s.write('q');
    await expect(s.exit).resolves.toMatchObject({ exitCode: 0 });
  }, 30_000);
});

describe('Ctrl-Z and fg in a shell with job control, after a tick fell due', () => {
  it("draws nothing on the shell's screen, and the log starts on a line of its own", async () => {
    const shell = onScreen(runInteractiveShell({}, { cols: 100, rows: 30 }), { cols: 100, rows: 30 });
    session = shell;
    await shell.waitFor('$ ');
    shell.type('backcare ice-heat-timer --mode ice --ice 30s');
    await shell.waitFor('Press Enter or space to start');
    shell.write('\r');
    await shell.waitFor(ALT_SCREEN_ON);
    await new Promise((r) => setTimeout(r, 1200));
    shell.write('\x1a'); // Ctrl-Z
    await shell.waitFor('Stopped');
    await new Promise((r) => setTimeout(r, 1500)); // a tick falls due while stopped
    shell.type('fg');
    await until(() => count(shell.output(), ALT_SCREEN_ON) === 2, 'the full screen again');
    shell.write('q');
    await shell.waitFor(/Stopped with \d+:\d\d of ice left/);
    const screen = await shell.screen();
    const text = screen.join('\n');
    expect(text, show(screen)).toMatch(/^\[1\]\+ +Stopped +/m);
    expect(text).toMatch(/^\$ fg$/m);
    expect(text).toMatch(/^\d\d:\d\d:\d\d {2}Ice timer started/m);
    expect(text).not.toMatch(/space pause · s skip/);
  }, 30_000);
});

describe('the Ctrl-Z key in the running timer (raw mode turns it into a byte, not a signal)', () => {
  it('stops the same way: full screen left, line mode, cursor shown', async () => {
    const s = await timerCountingDown();
    s.write('\x1a');
    await until(
      () => s.output().lastIndexOf(ALT_SCREEN_OFF) > s.output().lastIndexOf(ALT_SCREEN_ON),
      'the full screen to be left',
    );
    await until(() => lineMode(s.processId) === 'cooked', 'line mode');
    expect(cursorShown(s.output())).toBe(true);
    process.kill(s.processId, 'SIGCONT');
    await until(() => lineMode(s.processId) === 'raw', 'raw mode again');
  }, 30_000);
});

describe.each([
  ["check's questions", ['check', '--region', 'GB'], /\[1\/\d+\] /, 'n'],
  ['the menu', [], 'What would you like to do?', '\x1b[B'],
])('Ctrl-Z and fg at %s', (_name, args, waitingFor, key) => {
  it('gives the shell line mode and the cursor on stop, and takes keys at once on continue', async () => {
    const s = runInPty(args as string[]);
    session = s;
    await s.waitFor(waitingFor);
    await until(() => lineMode(s.processId) === 'raw', 'raw mode');

    process.kill(s.processId, 'SIGTSTP');
    await until(() => lineMode(s.processId) === 'cooked', 'line mode');
    await until(() => cursorShown(s.output()), 'the cursor');

    process.kill(s.processId, 'SIGCONT');
    await until(() => lineMode(s.processId) === 'raw', 'raw mode again');
    const before = s.output().length;
    s.write(key as string); // a typed letter, or arrow down in the menu: acted on at once, without Enter
    await until(() => s.output().length > before, 'the prompt to answer a key');
  }, 30_000);
});

/** Check's first question, stopped with the Ctrl-Z key (readline stops the process itself), then continued. */
async function firstQuestionStoppedAndContinued(): Promise<PtySession> {
  const s = runInPty(['check', '--region', 'GB']);
  session = s;
  await s.waitFor(/\[1\/\d+\] /);
  await until(() => lineMode(s.processId) === 'raw', 'raw mode');
  s.write('\x1a');
  await until(() => lineMode(s.processId) === 'cooked', 'line mode');
  process.kill(s.processId, 'SIGCONT');
  await until(() => lineMode(s.processId) === 'raw', 'raw mode again');
  return s;
}

describe("the Ctrl-Z key at check's question (readline stops the process itself)", () => {
  it('keeps the question after continue: the next answer is taken, not an ended check', async () => {
    const s = await firstQuestionStoppedAndContinued();
    s.write('n');
    s.write('\r');
    await s.waitFor(/\[2\/\d+\] /);
    expect(s.output()).not.toContain('nothing was saved');
  }, 30_000);
});

describe("Ctrl-C after Ctrl-Z and fg at check's question", () => {
  it('ends with exit code 130, rather than keep reading a terminal nobody answers', async () => {
    const s = await firstQuestionStoppedAndContinued();
    s.write('\x03');
    await expect(s.exit).resolves.toMatchObject({ exitCode: 130 });
    expect(s.output()).toContain('nothing was saved');
  }, 30_000);
});
