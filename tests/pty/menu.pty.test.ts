// The menu `backcare` shows with no command, as a person sees it: leaving it
// with q, Esc or Ctrl-C, and the diary tasks it offers.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runOnScreen, show, type ScreenSession } from '../helpers/screen.js';

const SIZE = { cols: 80, rows: 24 };
const DOWN = '\u001b[B';
let session: ScreenSession | undefined;
afterEach(() => session?.kill());

function menu(home = mkdtempSync(join(tmpdir(), 'backcare-menu-'))): ScreenSession {
  return runOnScreen([], SIZE, { NO_COLOR: '1', BACKCARE_HOME: home });
}

describe('the backcare menu', () => {
  it.each([
    ['q', 'q', 0],
    ['Esc', '\u001b', 0],
    ['Ctrl-C', '\u0003', 130],
  ])('leaves on %s and clears what it drew', async (_name, key, code) => {
    session = menu();
    await session.waitFor('What would you like to do?');
    expect(session.output()).toContain('q or Esc to leave');
    session.write(key);
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(code);
    const screen = (await session.screen()).join('\n');
    expect(screen, show(await session.screen())).not.toContain('What would you like to do?');
    expect(screen).not.toContain('Check my back pain');
  });

  it.each([
    ['--no-color', ['--no-color'], {}],
    ['FORCE_COLOR=0', [], { FORCE_COLOR: '0' }],
  ])('opens with %s and draws it without colour', async (_case, args, env) => {
    session = runOnScreen(args, SIZE, { ...env, BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-menu-')) });
    await session.waitFor('What would you like to do?');
    expect(session.output()).not.toMatch(/\u001b\[[0-9;]*m/);
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
  });

  it('draws in colour at a terminal when nothing says otherwise (the guard above can fail)', async () => {
    session = runOnScreen([], SIZE, { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-menu-')) });
    await session.waitFor('What would you like to do?');
    expect(session.output()).toMatch(/\u001b\[[0-9;]*m/);
    session.write('q');
    expect((await session.exit).exitCode).toBe(0);
  });

  it('is a numbered plain-text list with BACKCARE_ACCESSIBLE=1, left with q', async () => {
    session = runOnScreen([], SIZE, {
      NO_COLOR: '1',
      BACKCARE_ACCESSIBLE: '1',
      BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-menu-')),
    });
    await session.waitFor('or q to leave, then press Enter:');
    expect(session.output()).toMatch(/ {2}1\. Check my back pain/);
    session.write('q\r');
    expect((await session.exit).exitCode).toBe(0);
  });

  it('logs a pain score from the menu', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-menu-'));
    session = menu(home);
    await session.waitFor('What would you like to do?');
    session.write(`${DOWN}\r`); // Log my pain score now
    await session.waitFor('How bad is the pain right now');
    session.write('6\r');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(readFileSync(join(home, 'diary.jsonl'), 'utf8')).toMatch(/"type":"pain".*"score":6/);
  });

  it('starts an episode from the menu, asking when the pain began in everyday words', async () => {
    const home = mkdtempSync(join(tmpdir(), 'backcare-menu-'));
    session = menu(home);
    await session.waitFor('What would you like to do?');
    session.write(`${DOWN.repeat(2)}\r`); // Start a pain episode
    await session.waitFor('When did the pain start?');
    session.write('2 days ago\r');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(session.output()).toContain('Day 3 of your episode');
    expect(readFileSync(join(home, 'episodes.jsonl'), 'utf8')).toMatch(/"type":"episode-start"/);
  });
});
