// SIGTERM and SIGHUP while backcare waits at a prompt, the menu or the timer's
// start key: the terminal is put back (cooked mode, cursor shown) and the exit
// code is 128 + the signal's number.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  CURSOR_HIDE,
  CURSOR_SHOW,
  runInPtyShell,
  type PtySession,
} from '../helpers/pty.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

const WAITS: [string, string[], string | RegExp][] = [
  ["check's questions", ['check', '--region', 'GB'], /\[1\/\d+\] /],
  ['the menu', [], 'What would you like to do?'],
  ["the timer's start key", ['ice-heat-timer', '--mode', 'ice'], 'Press Enter or space to start'],
];
const SIGNALS: [NodeJS.Signals, number][] = [
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

/**
 * Sends the signal, then checks the exit code and that the shell's stty shows cooked mode with
 * echo; returns what backcare wrote before it exited, for the escape-sequence checks.
 */
async function signalAndCheckRestored(
  shell: PtySession,
  pid: number,
  signal: NodeJS.Signals,
  code: number,
): Promise<string> {
  process.kill(pid, signal);
  await shell.waitFor(/exit=\d+[\s\S]*icanon/);
  const out = shell.output();
  expect(out).toContain(`exit=${code}`);
  const stty = out.slice(out.indexOf('exit='));
  expect(stty).toMatch(/(^|\s)icanon(\s|$)/);
  expect(stty).toMatch(/(^|\s)echo(\s|$)/);
  return out.slice(0, out.indexOf('exit='));
}

describe.each(SIGNALS)('%s', (signal, code) => {
  it.each(WAITS)(`during %s restores the terminal and exits ${code}`, async (_name, args, waitingFor) => {
    const shell = runInPtyShell(args);
    session = shell;
    const pid = await shell.pid();
    await shell.waitFor(waitingFor);
    const beforeExit = await signalAndCheckRestored(shell, pid, signal, code);
    expect(beforeExit.lastIndexOf(CURSOR_SHOW)).toBeGreaterThanOrEqual(beforeExit.lastIndexOf(CURSOR_HIDE));
  });
});

describe.each(SIGNALS)('%s during the running countdown', (signal, code) => {
  it(`leaves the full screen, shows the cursor, restores cooked mode and exits ${code}`, async () => {
    const shell = runInPtyShell(['ice-heat-timer', '--mode', 'ice']);
    session = shell;
    const pid = await shell.pid();
    await shell.waitFor('Press Enter or space to start');
    shell.write('\r');
    await shell.waitFor(ALT_SCREEN_ON);
    const beforeExit = await signalAndCheckRestored(shell, pid, signal, code);
    expect(beforeExit.lastIndexOf(ALT_SCREEN_OFF)).toBeGreaterThan(beforeExit.lastIndexOf(ALT_SCREEN_ON));
    expect(beforeExit.lastIndexOf(CURSOR_SHOW)).toBeGreaterThan(beforeExit.lastIndexOf(CURSOR_HIDE));
  });
});
