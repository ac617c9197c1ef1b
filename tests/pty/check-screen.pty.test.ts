// backcare check as a person sees it: the output rendered by a terminal
// emulator at a given size, and what is on the screen when it finishes.
import { afterEach, describe, expect, it } from 'vitest';
import { runOnScreen, show, type ScreenSession } from '../helpers/screen.js';
import { walkCalm } from '../helpers/walk-check.js';

let session: ScreenSession | undefined;
afterEach(() => session?.kill());

describe('backcare check: nothing hides an emergency', () => {
  it('answers an emergency with the common numbers when the region is unknown, with a warning and no error', async () => {
    session = runOnScreen(['check', '--region', 'nonsense'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    await session.waitFor('numbness');
    session.write('y');
    session.write('\r');
    const { exitCode } = await session.exit;
    const screen = (await session.screen()).join('\n');
    expect(exitCode, show(await session.screen())).toBe(0);
    expect(session.output()).toContain('unknown region "nonsense", so showing the common emergency numbers');
    expect(screen).toContain('999 in the UK');
    expect(screen).toMatch(/111 in\s+New Zealand/);
  });
});

describe('backcare check: the self-care path', () => {
  it('reaches the result in at most 15 screens with an honest counter, and ends with the level and the action on screen', async () => {
    const started = Date.now();
    session = runOnScreen(['check', '--region', 'GB'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    const walk = await walkCalm(session, /Start a pain diary/, { age: '35', onset: '30h', pain: '4' });
    const seconds = (Date.now() - started) / 1000;
    session.write('\u001b[B\r'); // No, thanks
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(walk.screens).toBeLessThanOrEqual(15);
    // Honest: numbered 1..n, and the total shown is the number of screens asked.
    expect(walk.counters).toEqual(walk.counters.map((_, i) => `${i + 1}/${walk.screens}`));
    const screen = (await session.screen()).join('\n');
    expect(screen, show(await session.screen())).toMatch(/HOME CARE: Look after yourself at home/);
    expect(screen).toMatch(/call 999 now/);
    if (process.env.SHOW_SCREEN) console.info(show(await session.screen()));
    console.info(`self-care path: ${walk.screens} screens, ${seconds.toFixed(1)} s answering at once`);
  });
});
