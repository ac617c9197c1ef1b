// Walks `backcare check` in a pty the way a person with no warning signs
// would: No to every yes-no question, "None of these" on every warning-sign
// checklist, plain answers elsewhere. Counts the screens it answered.
import type { PtySession } from './pty.js';
import { countWords } from './walk-accessible.js';

/** A session whose visible screen can be read (see screen.ts). */
interface WithScreen {
  screen(): Promise<string[]>;
}

export interface CalmAnswers {
  age: string;
  onset: string;
  pain: string;
  /** What to type at the pick-one questions (trigger, location, trend); default the first, "1". */
  choice?: string;
}

const PROMPT = /\? \[(\d+)\/(\d+)\] ([^\r\n]*)/g;
const DOWN = '\u001b[B';
const UP = '\u001b[A';

/** The last prompt drawn (prompts redraw on every key), its counter and the text after it. */
function currentPrompt(out: string): { counter: string; at: number; text: string } | undefined {
  const all = [...out.matchAll(PROMPT)];
  const last = all.at(-1);
  if (!last || last.index === undefined) return undefined;
  return { counter: `${last[1]}/${last[2]}`, at: last.index, text: out.slice(last.index) };
}

/** Answers each new prompt until `done` appears; returns the counter values seen, in order. */
export async function walkCalm(
  session: PtySession & Partial<WithScreen>,
  done: RegExp,
  answers: CalmAnswers,
): Promise<{ screens: number; counters: string[]; words: number }> {
  const counters: string[] = [];
  let words = 0;
  let answeredAt = -1;
  for (;;) {
    await session.waitFor(
      new RegExp(`${done.source}|\\? \\[\\d+/\\d+\\][\\s\\S]*(y\\) Yes|◯|1\\) |:\\s*(\\u001b\\[\\d+G)?$)`),
      8000,
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    const out = session.output();
    if (done.test(out.slice(answeredAt + 1))) return { screens: counters.length, counters, words };
    const prompt = currentPrompt(out);
    if (!prompt || prompt.at <= answeredAt || prompt.counter === counters.at(-1)) continue;
    answeredAt = prompt.at;
    counters.push(prompt.counter);
    if (session.screen) words += await wordsOfQuestion(await session.screen());
    session.write(answerFor(prompt.text, answers));
  }
}

function answerFor(text: string, answers: CalmAnswers): string {
  if (text.includes('y) Yes')) return 'n\r';
  // A warning-sign checklist ends with "None of these" and then "Not sure…"; the conditions and
  // medicines lists end with "None of these". A list may scroll on a short terminal and does not
  // wrap round, so going past the end (and one up) always lands on "None of these".
  if (text.includes('◯'))
    return `${DOWN.repeat(40)}${/: do any of these apply|Not sure: ask/.test(text.replace(/\s+/g, ' ')) ? UP : ''} \r`;
  if (/How old/.test(text)) return `${answers.age}\r`;
  if (/How bad is the pain/.test(text)) return `${answers.pain}\r`;
  if (/When did/.test(text)) return `${answers.onset}\r`;
  return `${answers.choice ?? '1'}\r`;
}

/** The words of the question on screen: from its "? [n/m]" line to the bottom. */
async function wordsOfQuestion(screen: readonly string[]): Promise<number> {
  const from = screen.findLastIndex((line) => /^\? \[\d+\/\d+\]/.test(line));
  return countWords(screen.slice(Math.max(0, from)).join('\n').replace(/^\? /, ''));
}
