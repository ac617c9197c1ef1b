// backcare check in a real terminal: prompts appear, answers move it on, and
// Ctrl-C leaves with exit code 130 and the cursor shown again.
import { afterEach, describe, expect, it } from 'vitest';
import { CURSOR_SHOW, runInPty, type PtySession } from '../helpers/pty.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

describe('backcare check in a terminal', () => {
  it('asks, moves on with the answers, and exits 130 on Ctrl-C with the cursor restored', async () => {
    session = runInPty(['check', '--region', 'GB']);
    await session.waitFor(/\[1\/\d+\] /);
    session.write('n'); // No
    session.write('\r');
    await session.waitFor(/\[2\/\d+\] /);
    session.write('\u0003'); // Ctrl-C
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(130);
    expect(session.output()).toContain('backcare: stopped; nothing was saved');
    expect(session.output()).toContain(CURSOR_SHOW);
    expect(session.output()).not.toMatch(/at .*\.js:\d+/);
  });

  it.each([
    ['with --no-color', ['--no-color'], false],
    ['by default', [], true],
  ])('asks %s in colour only when colour is on, the prompts as well as the result', async (_case, flags, colour) => {
    session = runInPty(['check', '--region', 'GB', ...flags]);
    await session.waitFor(/\[1\/\d+\] /);
    session.write('y\r');
    await session.exit;
    expect(/\u001b\[[0-9;]*m/.test(session.output())).toBe(colour);
  });

  it('shows the emergency screen, number first, as soon as an emergency sign is answered yes', async () => {
    session = runInPty(['check', '--region', 'GB']);
    await session.waitFor(/\[1\/\d+\] /);
    session.write('y\r'); // Yes
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(session.output()).toMatch(/EMERGENCY: call 999 now \(United Kingdom; 112 also works\)/);
  });
});

describe('backcare with no command in a terminal', () => {
  it('offers a menu of the main tasks and runs the one chosen', async () => {
    session = runInPty([], { NO_COLOR: '1' });
    await session.waitFor('What would you like to do?');
    expect(session.output()).toContain('Check my back pain');
    session.write('\u001b[B'.repeat(5)); // warning signs
    session.write('\r');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(session.output()).toMatch(/In an emergency call/);
  });
});
