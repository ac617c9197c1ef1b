// backcare check as a person sees it: the output rendered by a terminal
// emulator at a given size, and what is on the screen when it finishes.
import { afterEach, describe, expect, it } from 'vitest';
import { answeredByFlags, calmAnswersFile } from '../helpers/calm-answers.js';
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

describe('backcare check: nothing is answered by Enter alone', () => {
  it('chooses nothing on Enter at a warning sign or an unticked checklist, and says what to do', async () => {
    session = runOnScreen(['check', '--region', 'GB'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    await session.waitFor('u) Not sure');
    session.write('\r');
    await session.waitFor('Nothing is chosen yet');
    let screen = (await session.screen()).join('\n');
    expect(screen, show(await session.screen())).toMatch(/\? \[1\/\d+\] Is there new numbness/);
    expect(screen.replace(/\s+/g, ' ')).toContain('Nothing is chosen yet: type y for Yes, n for No or u for Not sure, then press Enter.');
    // The cauda equina signs come one by one; the first checklist follows them.
    for (let screenNo = 2; !session.output().includes('None of these'); screenNo++) {
      session.write('n\r');
      await session.waitFor(new RegExp(`\\[${screenNo}/\\d+\\][^]*(u\\) Not sure|None of these)`));
    }
    session.write('\r');
    await session.waitFor('Nothing is ticked yet');
    screen = (await session.screen()).join('\n');
    expect(screen, show(await session.screen())).toMatch(/\? \[\d+\/\d+\] Injury, chest, tummy, fainting or a leg you cannot move/);
    session.write('\u0003');
    expect((await session.exit).exitCode).toBe(130);
  });
});

describe('backcare check: a checklist on a small terminal', () => {
  it('keeps its title on a 40×15 screen and says the list goes on below', async () => {
    session = runOnScreen(['check', '--region', 'GB'], { cols: 40, rows: 15 }, { NO_COLOR: '1' });
    for (let screenNo = 1; ; screenNo++) {
      await session.waitFor(new RegExp(`\\[${screenNo}/\\d+\\][^]*(u\\) Not sure|◯)`));
      if (session.output().includes('◯')) break;
      session.write('n\r');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const screen = (await session.screen()).join(' ').replace(/\s+/g, ' ');
    expect(screen, show(await session.screen())).toMatch(/\? \[\d+\/\d+\] Injury, chest, tummy/);
    expect(screen).toContain('↓ for more');
    session.write('\u0003');
    expect((await session.exit).exitCode).toBe(130);
  });
});

describe('backcare check: the self-care path', () => {
  it('reaches the result in at most 19 screens with an honest counter, and ends with the level and the action on screen', async () => {
    const started = Date.now();
    session = runOnScreen(['check', '--region', 'GB'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    const walk = await walkCalm(session, /Start a pain diary/, { age: '35', onset: '30h', pain: '4' });
    const seconds = (Date.now() - started) / 1000;
    session.write('\u001b[B\r'); // No, thanks
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    // Every cauda equina sign is its own screen (7 of them): safety over the 15 the issue hoped for.
    expect(walk.screens).toBeLessThanOrEqual(19);
    // Honest: numbered 1..n, and the total shown is the number of screens asked.
    expect(walk.counters).toEqual(walk.counters.map((_, i) => `${i + 1}/${walk.screens}`));
    const screen = (await session.screen()).join('\n');
    expect(screen, show(await session.screen())).toMatch(/HOME CARE: Look after yourself at home/);
    expect(screen).toMatch(/call 999 now/);
    if (process.env.SHOW_SCREEN) console.info(show(await session.screen()));
    console.info(`self-care path: ${walk.screens} screens, ${seconds.toFixed(1)} s answering at once`);
  });
});

describe('backcare check: what is on screen when it finishes', () => {
  const cases = [
    ['self_care', [], /HOME CARE:/, /Look after yourself/],
    ['doctor_soon', ['--answer', 'trend=worse'], /SEE A DOCTOR SOON:/, /Book an appointment/],
    ['urgent', ['--answer', 'fever=yes'], /GET MEDICAL HELP TODAY:/, /urgent/],
    ['emergency', ['--answer', 'chest-pain=yes'], /EMERGENCY: call 999/, /emergency department/],
  ] as const;

  for (const size of [
    { cols: 80, rows: 24 },
    { cols: 40, rows: 15 },
  ]) {
    it.each(cases)(`shows the %s level and its action at ${size.cols}×${size.rows}`, async (level, extra, title, action) => {
      const calm = calmAnswersFile(answeredByFlags(extra));
      session = runOnScreen(['check', '--answers', calm, ...extra, '--region', 'GB'], size, { NO_COLOR: '1' });
      if (level !== 'emergency') {
        await session.waitFor('Start a pain diary');
        session.write('\u001b[B\r'); // No, thanks
      }
      const { exitCode } = await session.exit;
      expect(exitCode).toBe(0);
      const lines = await session.screen();
      const screen = lines.join(' ').replace(/\s+/g, ' ');
      expect(screen, show(lines)).toMatch(title);
      expect(screen, show(lines)).toMatch(action);
      expect(screen, show(lines)).toMatch(/call 999 now/);
      if (level === 'emergency') {
        // The number is the last thing on screen: the last paragraph is the emergency line.
        const lastParagraph = lines.join('\n').trim().split('\n\n').at(-1)?.replace(/\s+/g, ' ');
        expect(lastParagraph, show(lines)).toBe('EMERGENCY: call 999 now (United Kingdom), or go to the nearest emergency department.');
      }
    });
  }
});

describe('backcare check --accessible', () => {
  /** Escape sequences that move the cursor or erase: none may appear while questions are asked. */
  const CURSOR_MOVES = /\u001b\[\d*(;\d+)?[ABCDEFGHJK]/;

  it.each([
    [['--accessible'], {}],
    [[], { BACKCARE_ACCESSIBLE: '1' }],
  ])('asks numbered plain-text questions with no cursor movement (%j %j)', async (flags, env) => {
    session = runOnScreen(['check', '--region', 'GB', ...flags], { cols: 80, rows: 24 }, { NO_COLOR: '1', ...env });
    await session.waitFor('then press Enter:');
    expect(session.output()).toMatch(/\[1\/\d+\] Is there new numbness[\s\S]*  1\. Yes\r?\n  2\. No\r?\n  3\. Not sure/);
    session.write('\r'); // Enter alone chooses nothing
    await session.waitFor('Nothing is chosen yet.');
    session.write('2\r'); // No, by number
    await session.waitFor('[2/');
    session.write('no\r'); // No, by its word
    // The other cauda equina signs come one by one before the first checklist.
    for (let screenNo = 3; ; screenNo++) {
      await session.waitFor(new RegExp(`\\[${screenNo}/\\d+\\][^]*then press Enter:`));
      if (session.output().includes('None of these')) break;
      session.write('no\r');
    }
    await session.waitFor('None of these');
    const none = session.output().match(/ {2}(\d+)\. None of these/)?.[1] ?? '';
    session.write(`1,${none}\r`);
    await session.waitFor('"None of these" cannot go with other ticks');
    session.write('1\r'); // the first item is an emergency sign
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    const questions = session.output().split('EMERGENCY')[0] ?? '';
    expect(questions).not.toMatch(CURSOR_MOVES);
    expect(session.output()).toMatch(/EMERGENCY: call 999 now/);
  });

  it('leaves with exit code 130 on Ctrl-C', async () => {
    session = runOnScreen(['check', '--accessible'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    await session.waitFor('then press Enter:');
    session.write('\u0003');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(130);
    expect(session.output()).not.toMatch(/at .*\.c?js:\d+/);
  });
});
