// SIGTERM and SIGHUP while backcare waits at a prompt, the menu or the timer's
// start key: the terminal is put back (cooked mode, cursor shown) and the exit
// code is 128 + the signal's number.
import { afterEach, describe, expect, it } from 'vitest';
import { runInPtyShell, type PtySession } from '../helpers/pty.js';

const CURSOR_SHOW = '\u001b[?25h';
const CURSOR_HIDE = '\u001b[?25l';
const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';
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

describe.each(SIGNALS)('%s during the running countdown', (signal, code) => {
  it(`leaves the full screen, shows the cursor, restores cooked mode and exits ${code}`, async () => {
    const shell = runInPtyShell(['ice-heat-timer', '--mode', 'ice']);
    session = shell;
    const pid = await shell.pid();
    await shell.waitFor('Press Enter or space to start');
    shell.write('\r');
    await shell.waitFor(ALT_SCREEN_ON);
    process.kill(pid, signal);
    await shell.waitFor(/exit=\d+[\s\S]*icanon/);
    const out = shell.output();
    expect(out).toContain(`exit=${code}`);
    const stty = out.slice(out.indexOf('exit='));
    expect(stty).toMatch(/(^|\s)icanon(\s|$)/);
    const beforeExit = out.slice(0, out.indexOf('exit='));
    expect(beforeExit.lastIndexOf(ALT_SCREEN_OFF)).toBeGreaterThan(beforeExit.lastIndexOf(ALT_SCREEN_ON));
    expect(beforeExit.lastIndexOf(CURSOR_SHOW)).toBeGreaterThan(beforeExit.lastIndexOf(CURSOR_HIDE));
  });
});

