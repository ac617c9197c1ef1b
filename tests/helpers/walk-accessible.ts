// Walks `backcare check --accessible` in a pty as a person with no warning
// signs: No to each yes-no question, "None of these" on each checklist, plain
// answers elsewhere. Keeps what was shown before each answer, to count the
// words a person reads (or hears) and the screens.
import type { PtySession } from './pty.js';

export interface PersonAnswers {
  age: string;
  onset: string;
  pain: string;
  /**
   * Numbers typed at the pick-one questions (or at a checklist instead of "None of these"), matched by the screen's
   * words.
   */
  picks: readonly [RegExp, string][];
}

const COUNTER = /\[(\d+)\/(\d+)\]/g;

/** Everything shown, question by question, until `done` appears. */
export async function walkAccessible(
  session: PtySession,
  done: RegExp,
  person: PersonAnswers,
): Promise<{ screens: string[]; before: string; typed: string[] }> {
  const screens: string[] = [];
  const typed: string[] = [];
  let from = 0;
  for (;;) {
    const fresh = await nextScreen(session, from, done);
    const out = session.output();
    if (done.test(fresh)) return { screens, before: out.slice(0, out.search(done)), typed };
    screens.push(fresh);
    from = out.length;
    typed.push(answerFor(fresh, person));
    session.write(`${typed.at(-1) ?? ''}\r`);
  }
}

/**
 * What is shown after `from` once it holds a question or the result: a pause in the output (the echo of
 * an answer on a loaded machine) is not yet the next screen.
 */
async function nextScreen(session: PtySession, from: number, done: RegExp): Promise<string> {
  for (let tries = 0; tries < 30; tries++) {
    await settled(session);
    const fresh = session.output().slice(from);
    if (done.test(fresh) || [...fresh.matchAll(COUNTER)].length > 0) return fresh;
  }
  throw new Error(`no question and no result; the terminal shows:\n${session.output().slice(from).slice(-1500)}`);
}

/** Waits until the output stops changing for a moment (a question waits for its answer). */
async function settled(session: PtySession): Promise<void> {
  let last = -1;
  for (let waited = 0; waited < 15_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const length = session.output().length;
    if (length === last && length > 0) return;
    last = length;
  }
  throw new Error(`the output never settled:\n${session.output().slice(-1500)}`);
}

function answerFor(screen: string, person: PersonAnswers): string {
  const pick = person.picks.find(([pattern]) => pattern.test(screen));
  if (pick) return pick[1];
  const none = /(\d+)\. None of these/.exec(screen);
  if (none) return none[1] ?? '';
  if (/y for yes|\by, n(?: or u)?:/.test(screen)) return 'n';
  if (/How old/.test(screen)) return person.age;
  if (/How bad is the pain/.test(screen)) return person.pain;
  if (/When did/.test(screen)) return person.onset;
  throw new Error(`no answer for:\n${screen}`);
}

/** Words as a person reads them: runs of letters or digits (a number like 38 or 100.4 is one word). */
export function countWords(text: string): number {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ' ');
  return (plain.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
