// Questions for screen readers, like gh's accessible prompter: each one is
// plain numbered text, answered by typing a line. No cursor movement, no
// redrawing, no colour: what is printed stays where it is. Ctrl-C or a closed
// stdin leaves with the same error the prompt library throws (exit 130).
import { createInterface, type Interface } from 'node:readline';
import { yesNoWord } from '../core/check/answers.js';
import type { Choice, KeyedChoice, Prompter } from './prompter.js';

class ExitPromptError extends Error {
  constructor() {
    super('the questions were left');
    this.name = 'ExitPromptError';
  }
}

type Check<T> = (line: string) => { ok: true; value: T } | { ok: false; message: string };

/** One reader for all questions, so lines typed ahead are kept; stdin is paused between questions. */
function lineReader(input: NodeJS.ReadableStream): { next(): Promise<string | undefined> } {
  let rl: Interface | undefined;
  const queue: string[] = [];
  let waiting: ((line: string | undefined) => void) | undefined;
  let closed = false;
  const deliver = (line: string | undefined): void => {
    const take = waiting;
    waiting = undefined;
    input.pause();
    take?.(line);
  };
  return {
    next() {
      rl ??= createInterface({ input, terminal: false })
        .on('line', (line) => (waiting ? deliver(line) : queue.push(line)))
        .on('close', () => {
          closed = true;
          deliver(undefined);
        });
      const queued = queue.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      if (closed) return Promise.resolve(undefined);
      input.resume();
      return new Promise((resolve) => (waiting = resolve));
    },
  };
}

export function accessiblePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  const reader = lineReader(input);
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  const ask = async <T>(lines: string[], instruction: string, check: Check<T>): Promise<T> => {
    let interrupted = false;
    const onInterrupt = (): void => {
      interrupted = true;
      input.emit('end');
    };
    // Listening before the question is shown: a terminal write is synchronous, so a Ctrl-C
    // typed the moment the question appears could otherwise meet Node's default (killed, not 130).
    process.once('SIGINT', onInterrupt);
    lines.forEach(say);
    output.write(`${instruction} `);
    try {
      for (;;) {
        const line = await reader.next();
        if (line === undefined || interrupted) throw new ExitPromptError();
        const checked = check(line.trim());
        if (checked.ok) return checked.value;
        output.write(`${checked.message} ${instruction} `);
      }
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  };

  const numbered = (choices: readonly Choice[]): string[] => choices.map((c, i) => `  ${i + 1}. ${c.label}${c.help ? ` (${c.help})` : ''}`);
  const pick = (choices: readonly Choice[], keyed: readonly KeyedChoice[] = []): Check<string> => (line) => {
    // A key ("y") or the answer's own word ("yes", "not sure", "unsure") works as well as its number.
    const word = yesNoWord(line);
    const byKey = keyed.find((c) => c.key === line.toLowerCase() || c.label.toLowerCase() === line.toLowerCase() || c.value === word);
    const byNumber = choices[Number(line) - 1];
    if (byKey) return { ok: true, value: byKey.value };
    if (/^\d+$/.test(line) && byNumber) return { ok: true, value: byNumber.value };
    return { ok: false, message: line === '' ? 'Nothing is chosen yet.' : `"${line}" is not one of the answers.` };
  };
  const range = (n: number): string => (n === 1 ? '1' : `1 to ${n}`);

  return {
    select: (message, choices, help) =>
      ask([message, ...(help ? [help] : []), ...numbered(choices)], `Type a number from ${range(choices.length)}, then press Enter:`, pick(choices)),
    answer: (message, choices, help) =>
      ask(
        [message, ...(help ? [help] : []), ...numbered(choices)],
        `Type a number from ${range(choices.length)} (or ${choices.map((c) => c.key).join(', ')}), then press Enter:`,
        pick(choices, choices),
      ),
    menu: (message, choices) =>
      ask<string | undefined>([message, ...numbered(choices)], `Type a number from ${range(choices.length)}, or q to leave, then press Enter:`, (line) =>
        line.toLowerCase() === 'q' ? { ok: true, value: undefined } : pick(choices)(line),
      ),
    checklist: (message, choices, validate) =>
      ask([message, ...numbered(choices)], 'Type the numbers that apply, separated by commas, then press Enter:', (line) => {
        const parts = line === '' ? [] : line.split(/[\s,]+/).filter(Boolean);
        const picked = parts.map((p) => choices[Number(p) - 1]);
        if (parts.some((p, i) => !/^\d+$/.test(p) || picked[i] === undefined)) return { ok: false, message: `Use only the numbers ${range(choices.length)}.` };
        const values = picked.flatMap((c) => (c ? [c.value] : []));
        const valid = validate ? validate(values) : true;
        return valid === true ? { ok: true, value: values } : { ok: false, message: valid };
      }),
    number: (message, { min, max }, help) =>
      ask([message, ...(help ? [help] : [])], `Type a number from ${min} to ${max}, then press Enter:`, (line) => {
        const value = Number(line);
        if (line === '' || !Number.isFinite(value) || value < min || value > max) return { ok: false, message: `"${line}" is not a number from ${min} to ${max}.` };
        return { ok: true, value };
      }),
    text: (message, validate, help) =>
      ask([message, ...(help ? [help] : [])], 'Type your answer, then press Enter:', (line) => {
        const valid = validate(line);
        return valid === true ? { ok: true, value: line } : { ok: false, message: `${valid}.` };
      }),
  };
}
