// backcare check as a person sees it: the output rendered by a terminal
// emulator at a given size, and what is on the screen when it finishes.
import { afterEach, describe, expect, it } from 'vitest';
import { runOnScreen, show, type ScreenSession } from '../helpers/screen.js';

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
