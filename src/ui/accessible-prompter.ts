// Questions for screen readers, like gh's accessible prompter: each one is
// plain numbered text, answered by typing a line. No cursor movement, no
// redrawing, no colour: what is printed stays where it is. Ctrl-C or a closed
// stdin leaves with the same error the prompt library throws (exit 130).
import { createInterface, type Interface } from 'node:readline';
import { EXPLAIN_ONCE, instructionKind, keyedInstruction, onceInFull, type Instruction } from './instructions.js';
import { inRange, type Choice, type KeyedChoice, type Prompter } from './prompter.js';
import { EXPLAIN, numberKeys, readTyped } from './typed-answer.js';

class ExitPromptError extends Error {
  constructor() {
    super('the questions were left');
    this.name = 'ExitPromptError';
  }
}

type Check<T> = (line: string) => { ok: true; value: T } | { ok: false; message: string };

/** One reader for all questions, so lines typed ahead are kept; stdin is paused between questions. */
function lineReader(input: NodeJS.ReadableStream): { next(): Promise<string | undefined> } {
  // biome-ignore lint/correctness/noUnusedVariables: `rl ??=` reads it, making the reader once.
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
  const teller = onceInFull();
  /** Asks until `check` accepts a line; `?` says `more` (the explanation) and asks again. */
  const ask = async <T>(lines: string[], kind: string, instruction: Instruction, check: Check<T>, more?: string): Promise<T> => {
    let interrupted = false;
    const onInterrupt = (): void => {
      interrupted = true;
      input.emit('end');
    };
    // Listening before the question is shown: a terminal write is synchronous, so a Ctrl-C
    // typed the moment the question appears could otherwise meet Node's default (killed, not 130).
    process.once('SIGINT', onInterrupt);
    lines.forEach(say);
    const explainOnce = more === undefined ? '' : teller('explain', { full: ` ${EXPLAIN_ONCE}`, brief: '' });
    output.write(`${teller(kind, instruction)}${explainOnce} `);
    try {
      for (;;) {
        const line = await reader.next();
        if (line === undefined || interrupted) throw new ExitPromptError();
        if (line.trim() === EXPLAIN) {
          say(more ?? 'There is no more to say about this question.');
          output.write(`${instruction.brief} `);
          continue;
        }
        const checked = check(line.trim());
        if (checked.ok) return checked.value;
        output.write(`${checked.message} `);
      }
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  };

  const numbered = (choices: readonly Choice[]): string[] => choices.map((c, i) => `  ${i + 1}. ${c.label}${c.help ? ` (${c.help})` : ''}`);
  const pick = (choices: readonly KeyedChoice[]): Check<string> => (line) => {
    const read = readTyped(line, choices);
    if (read.kind === 'chosen') return { ok: true, value: read.value };
    return { ok: false, message: read.kind === 'problem' ? read.message : '' };
  };
  // Letters (y, n, u) are said with their meaning in the instruction: no list to read as well.
  const lettered = (choices: readonly KeyedChoice[]): boolean => !choices.every((c, i) => c.key === String(i + 1));
  const range = (n: number): string => (n === 1 ? '1' : `1 to ${n}`);
  const withHelp = (message: string, help?: string): string[] => [message, ...(help ? [help] : [])];

  return {
    select: (message, choices, help) =>
      ask([...withHelp(message, help), ...numbered(choices)], 'numbers', keyedInstruction(numberKeys(choices)), pick(numberKeys(choices))),
    // Letters (y, n, u) heard once with their meaning need not be listed again.
    answer: (message, choices, words) =>
      ask(
        [...withHelp(message, words?.help), ...(lettered(choices) ? [] : numbered(choices))],
        instructionKind(choices),
        keyedInstruction(choices),
        pick(choices),
        words?.more,
      ),
    menu: (message, choices) =>
      ask<string | undefined>(
        [message, ...numbered(choices)],
        'menu',
        { full: `Type a number from ${range(choices.length)}, or q to leave, then press Enter:`, brief: `A number from ${range(choices.length)}, or q:` },
        (line) => (line.toLowerCase() === 'q' ? { ok: true, value: undefined } : pick(numberKeys(choices))(line)),
      ),
    checklist: (message, choices, validate) => {
      const detailed = choices.filter((c) => c.more ?? c.help);
      const more = detailed.length === 0 ? undefined : choices.flatMap((c, i) => (c.more ?? c.help ? [`  ${i + 1}. ${c.more ?? c.help ?? ''}`] : [])).join('\n');
      return ask(
        [message, ...choices.map((c, i) => `  ${i + 1}. ${c.label}`)],
        'checklist',
        { full: 'Type the numbers that apply, separated by commas, then press Enter.', brief: 'Numbers that apply:' },
        (line) => {
          const parts = line === '' ? [] : line.split(/[\s,]+/).filter(Boolean);
          const picked = parts.map((p) => choices[Number(p) - 1]);
          if (parts.some((p, i) => !/^\d+$/.test(p) || picked[i] === undefined)) return { ok: false, message: `Use only the numbers ${range(choices.length)}, separated by commas.` };
          const values = picked.flatMap((c) => (c ? [c.value] : []));
          const valid = validate ? validate(values) : true;
          return valid === true ? { ok: true, value: values } : { ok: false, message: valid };
        },
        more,
      );
    },
    number: (message, { min, max }, words) =>
      ask(
        withHelp(message, words?.help),
        'number',
        { full: `Type a number from ${min} to ${max}, then press Enter.`, brief: `${min} to ${max}:` },
        (line) => (inRange(line, min, max) === true ? { ok: true, value: Number(line) } : { ok: false, message: `"${line}" is not a number from ${min} to ${max}. Type one, then press Enter.` }),
        words?.more,
      ),
    text: (message, validate, words) =>
      ask(
        withHelp(message, words?.help),
        'text',
        { full: 'Type your answer, then press Enter.', brief: 'Your answer:' },
        (line) => {
          const valid = line === '' ? 'Nothing is typed yet: type your answer, then press Enter' : validate(line);
          return valid === true ? { ok: true, value: line } : { ok: false, message: `${valid}.` };
        },
        words?.more,
      ),
  };
}
