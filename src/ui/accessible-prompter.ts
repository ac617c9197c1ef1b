// Questions for screen readers, like gh's accessible prompter: each one is
// plain numbered text, answered by typing a line. No cursor movement, no
// redrawing, no colour: what is printed stays where it is. Ctrl-C or a closed
// stdin leaves with the same error the prompt library throws (exit 130).
import { createInterface, type Interface } from 'node:readline';
import { echoed } from '../core/echo.js';
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

/** Asks a question until its check accepts a line; `?` says `more` (the explanation) and asks again. */
type Ask = <T>(lines: string[], kind: string, instruction: Instruction, check: Check<T>, more?: string) => Promise<T>;

function asker(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Ask {
  const reader = lineReader(input);
  const say = (text: string): void => {
    output.write(`${text}\n`);
  };
  const teller = onceInFull();
  return async (lines, kind, instruction, check, more) => {
    let interrupted = false;
    const onInterrupt = (): void => {
      interrupted = true;
      input.emit('end');
    };
    // Ctrl-C is a signal to the process here (no raw mode), so it is heard process-wide, not on `input`.
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
}

function numbered(choices: readonly Choice[]): string[] {
  return choices.map((c, i) => `  ${i + 1}. ${c.label}${c.help ? ` (${c.help})` : ''}`);
}

function pick(choices: readonly KeyedChoice[]): Check<string> {
  return (line) => {
    const read = readTyped(line, choices);
    if (read.kind === 'chosen') return { ok: true, value: read.value };
    return { ok: false, message: read.kind === 'problem' ? read.message : '' };
  };
}

/** Letters (y, n, u) are said with their meaning in the instruction: no list to read as well. */
function lettered(choices: readonly KeyedChoice[]): boolean {
  return !choices.every((c, i) => c.key === String(i + 1));
}

function range(n: number): string {
  return n === 1 ? '1' : `1 to ${n}`;
}

function withHelp(message: string, help?: string): string[] {
  return [message, ...(help ? [help] : [])];
}

const CHECKLIST_INSTRUCTION: Instruction = {
  full: 'Type the numbers that apply, separated by commas, then press Enter.',
  brief: 'Numbers that apply:',
};

/** What `?` says at a checklist: each item's explanation, by its number; undefined when none has one. */
function checklistMore(choices: readonly Choice[]): string | undefined {
  if (!choices.some((c) => c.more ?? c.help)) return undefined;
  const lines = choices.flatMap((c, i) => ((c.more ?? c.help) ? [`  ${i + 1}. ${c.more ?? c.help ?? ''}`] : []));
  return lines.join('\n');
}

/** Numbers typed at a checklist, each one an item's, then the list's own check ("None of these" alone). */
function ticked(choices: readonly Choice[], validate?: (ticked: readonly string[]) => string | true): Check<string[]> {
  return (line) => {
    const parts = line === '' ? [] : line.split(/[\s,]+/).filter(Boolean);
    const picked = parts.map((p) => choices[Number(p) - 1]);
    if (parts.some((p, i) => !/^\d+$/.test(p) || picked[i] === undefined)) {
      return { ok: false, message: `Use only the numbers ${range(choices.length)}, separated by commas.` };
    }
    const values = picked.flatMap((c) => (c ? [c.value] : []));
    const valid = validate ? validate(values) : true;
    return valid === true ? { ok: true, value: values } : { ok: false, message: valid };
  };
}

function numberCheck(min: number, max: number): Check<number> {
  return (line) =>
    inRange(line, min, max) === true
      ? { ok: true, value: Number(line) }
      : {
          ok: false,
          message: `"${echoed(line, 40)}" is not a whole number from ${min} to ${max}. Type one, then press Enter.`,
        };
}

function textCheck(validate: (value: string) => string | true): Check<string> {
  return (line) => {
    const valid = line === '' ? 'Nothing is typed yet: type your answer, then press Enter' : validate(line);
    return valid === true ? { ok: true, value: line } : { ok: false, message: `${valid}.` };
  };
}

export function accessiblePrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompter {
  const ask = asker(input, output);
  return {
    // Letters (y, n, u) heard once with their meaning need not be listed again.
    answer: (message, choices, words) => {
      const lines = [...withHelp(message, words?.help), ...(lettered(choices) ? [] : numbered(choices))];
      return ask(lines, instructionKind(choices), keyedInstruction(choices), pick(choices), words?.more);
    },
    menu: (message, choices) =>
      ask<string | undefined>(
        [message, ...numbered(choices)],
        'menu',
        {
          full: `Type a number from ${range(choices.length)}, or q to leave, then press Enter:`,
          brief: `A number from ${range(choices.length)}, or q:`,
        },
        (line) => (line.toLowerCase() === 'q' ? { ok: true, value: undefined } : pick(numberKeys(choices))(line)),
      ),
    checklist: (message, choices, validate) => {
      const lines = [message, ...choices.map((c, i) => `  ${i + 1}. ${c.label}`)];
      return ask(lines, 'checklist', CHECKLIST_INSTRUCTION, ticked(choices, validate), checklistMore(choices));
    },
    number: (message, { min, max }, words) => {
      const between = `${min} to ${max}`;
      const instruction = { full: `Type a whole number from ${between}, then press Enter.`, brief: `${between}:` };
      return ask(withHelp(message, words?.help), 'number', instruction, numberCheck(min, max), words?.more);
    },
    text: (message, validate, words) => {
      const instruction = { full: 'Type your answer, then press Enter.', brief: 'Your answer:' };
      return ask(withHelp(message, words?.help), 'text', instruction, textCheck(validate), words?.more);
    },
  };
}
