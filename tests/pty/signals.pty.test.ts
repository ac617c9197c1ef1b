// SIGTERM and SIGHUP while backcare waits at a prompt, the menu or the timer's
// start key: the terminal is put back (cooked mode, cursor shown) and the exit
// code is 128 + the signal's number.
import { afterEach, describe, expect, it } from 'vitest';
import { runInPtyShell, type PtySession } from '../helpers/pty.js';

const CURSOR_SHOW = '\u001b[?25h';
const CURSOR_HIDE = '\u001b[?25l';
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

describe.each(SIGNALS)('%s', (signal, code) => {
  it.each(WAITS)(`during %s restores the terminal and exits ${code}`, async (_name, args, waitingFor) => {
    const shell = runInPtyShell(args);
    session = shell;
    const pid = await shell.pid();
    await shell.waitFor(waitingFor);
    process.kill(pid, signal);
    await shell.waitFor(/exit=\d+[\s\S]*icanon/);
    const out = shell.output();
    expect(out).toContain(`exit=${code}`);
    const stty = out.slice(out.indexOf('exit='));
    expect(stty).toMatch(/(^|\s)icanon(\s|$)/);
    expect(stty).toMatch(/(^|\s)echo(\s|$)/);
    const beforeExit = out.slice(0, out.indexOf('exit='));
    expect(beforeExit.lastIndexOf(CURSOR_SHOW)).toBeGreaterThanOrEqual(beforeExit.lastIndexOf(CURSOR_HIDE));
  });
});
