// How long the self-care path is for a person using a screen reader: a
// 35-year-old who lifted a box this morning, no warning signs. Every word
// printed before the result is counted, the prompts' own instructions too.
import { afterEach, describe, expect, it } from 'vitest';
import { runOnScreen, type ScreenSession } from '../helpers/screen.js';
import { countWords, walkAccessible, type PersonAnswers } from '../helpers/walk-accessible.js';

let session: ScreenSession | undefined;
afterEach(() => session?.kill());

/**
 * The limits the questions keep to: 700 words (3.5 minutes at 200 words a minute) and 20
 * screens. The conditions list (about 130 words) and the medicines list (about 80) are shown
 * only after their gates, two items on the "pain and health" checklist; each cauda equina sign
 * keeps its own screen. The limits must only come down.
 */
const MAX_WORDS = 700;
const MAX_SCREENS = 20;

const PERSON: PersonAnswers = {
  age: '35',
  onset: '3h',
  pain: '5',
  picks: [
    [/What set the pain off/, '1'], // lifting
    [/Where is the pain/, '1'], // lower back
    [/better, the same or worse/, '2'], // the same
  ],
};

describe('backcare check --accessible: the self-care path', () => {
  it(`reaches the result in at most ${MAX_WORDS} words and ${MAX_SCREENS} screens, instructions said in full once`, async () => {
    session = runOnScreen(['check', '--accessible', '--region', 'GB'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    const { screens, before, typed } = await walkAccessible(session, /HOME CARE/, PERSON);
    // What the person typed is echoed back: it is not read.
    const words = countWords(before) - countWords(typed.join(' '));
    if (process.env.SHOW_WALK) console.info(before);
    console.info(
      `accessible self-care path: ${words} words, ${screens.length} screens, ${(words / 200).toFixed(1)} min ` +
        `at 200 words a minute`,
    );
    expect(words, before).toBeLessThanOrEqual(MAX_WORDS);
    expect(screens.length).toBeLessThanOrEqual(MAX_SCREENS);
    // The full instruction once for each kind of answer (keys, numbers, a list, a number, words); after that only the
    // brief one.
    expect(before.match(/then press Enter/g)?.length ?? 0, before).toBeLessThanOrEqual(5);
    expect(before.match(/Type \? at any question/g)?.length ?? 0).toBe(1);
    session.write('n\r'); // the diary offer
    expect((await session.exit).exitCode).toBe(0);
  });
});

describe('backcare check --accessible: the lists behind their gates', () => {
  it('asks the conditions list after a tick at its gate, and a condition ticked there keeps its caution', async () => {
    session = runOnScreen(['check', '--accessible', '--region', 'GB'], { cols: 80, rows: 24 }, { NO_COLOR: '1' });
    const person: PersonAnswers = {
      ...PERSON,
      picks: [
        [/Pain and health/, '8'], // a long-term health problem
        [/Do any of these apply to you\?/, '1'], // kidney disease
        ...PERSON.picks,
      ],
    };
    const { screens } = await walkAccessible(session, /HOME CARE/, person);
    expect(screens.find((s) => /Pain and health/.test(s))).toMatch(/ 8\. A long-term health problem/);
    expect(screens.find((s) => /Do any of these apply to you\?/.test(s))).toMatch(/ 1\. Kidney disease/);
    expect(screens.some((s) => /medicines regularly/.test(s))).toBe(false); // no tick at the medicines gate
    session.write('n\r'); // the diary offer
    expect((await session.exit).exitCode).toBe(0);
    expect(session.output().replace(/\s+/g, ' ')).toMatch(
      /Anti-inflammatory painkiller tablets[\s\S]*Ask first \(you said: kidney disease\)/,
    );
  });
});
