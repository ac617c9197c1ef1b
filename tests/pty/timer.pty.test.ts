// The ice/heat timer in a real pseudo-terminal: the checklist waits for a key,
// space pauses, s skips, q quits, Ctrl-C exits 130, and the cursor is shown
// again on the way out. A knowledge base in seconds keeps the phases short.
import { afterEach, describe, expect, it } from 'vitest';
import { fastKb } from '../helpers/fast-kb.js';
import { ALT_SCREEN_OFF, ALT_SCREEN_ON, CURSOR_HIDE, CURSOR_SHOW, runInPty, type PtySession } from '../helpers/pty.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

describe('backcare ice-heat-timer in a terminal', () => {
  it('waits for a key, pauses on space, and exits 130 on Ctrl-C with the cursor restored', async () => {
    session = runInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s']);
    await session.waitFor('Press Enter or space to start, q to cancel.');
    expect(session.output()).toContain('Before you start, check:');
    expect(session.output()).not.toContain(CURSOR_HIDE);
    session.write('\r');
    await session.waitFor('space pause · s skip · q quit');
    expect(session.output()).toContain(CURSOR_HIDE);
    expect(session.output()).toContain('Ice · session 1 of 1');
    session.write(' ');
    await session.waitFor('PAUSED · press space to resume');
    session.write('\u0003');
    expect((await session.exit).exitCode).toBe(130);
    const after = session.output().slice(session.output().lastIndexOf('PAUSED'));
    expect(after).toContain(CURSOR_SHOW);
    expect(after).toContain(ALT_SCREEN_OFF);
    expect(after).toMatch(/\d\d:\d\d:\d\d {2}Paused with \d:\d\d of ice left\./);
    expect(after).toMatch(/Interrupted with \d:\d\d of ice left\. Check your skin\./);
  });

  it('skips with s and quits with q (exit 0), showing the skin check', async () => {
    session = runInPty([
      '--kb',
      fastKb(),
      'ice-heat-timer',
      '--mode',
      'ice',
      '--ice',
      '60s',
      '--cycles',
      '2',
      '--rest',
      '60s',
    ]);
    await session.waitFor('Press Enter or space to start');
    session.write(' ');
    await session.waitFor('Ice · session 1 of 2');
    session.write('s');
    await session.waitFor('Rest · nothing on the skin, then ice');
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
    expect(session.output()).toMatch(/Ice skipped with \d:\d\d left\. Check your skin\./);
    expect(session.output()).toContain(CURSOR_SHOW);
  });

  it('cancels at the checklist with q, before taking over the screen', async () => {
    session = runInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s']);
    await session.waitFor('Press Enter or space to start');
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
    expect(session.output()).toContain('Cancelled; nothing was started.');
    expect(session.output()).not.toContain(ALT_SCREEN_ON);
  });

  it('prints lines instead of redrawing on a dumb terminal, and still takes keys', async () => {
    session = runInPty(['--kb', fastKb(), 'ice-heat-timer', '--ice', '60s'], { TERM: 'dumb' });
    await session.waitFor('Press Enter or space to start');
    session.write('\r');
    await session.waitFor('Keys: space pauses or resumes');
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
    expect(session.output()).not.toContain(ALT_SCREEN_ON);
    expect(session.output()).toMatch(/Stopped with \d:\d\d of ice left\./);
  });

  it('runs a stretch routine with its stop rule on screen', async () => {
    session = runInPty(['--kb', fastKb(), 'stretch']);
    await session.waitFor('Stop rule:');
    session.write('\r');
    await session.waitFor('Get ready: Knee hug · step 1 of 2');
    expect(session.output()).toContain('Stop if pain spreads down a leg or gets sharply worse.');
    session.write('\u0003');
    expect((await session.exit).exitCode).toBe(130);
    expect(session.output()).toContain(CURSOR_SHOW);
  });

  it('asks what to time when no flag says, then shows the checklist', async () => {
    session = runInPty(['--kb', fastKb(), 'ice-heat-timer']);
    await session.waitFor('What would you like to time?');
    expect(session.output()).toContain('Heat: 1–2 s, never over 3 s');
    session.write('\r'); // Enter alone chooses nothing, not the first choice
    await session.waitFor('Nothing is chosen yet');
    session.write('2\r'); // Heat
    await session.waitFor('Press Enter or space to start');
    expect(session.output()).toContain('Setting up the heat pack:');
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
  });
});
