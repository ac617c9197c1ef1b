// The only module that loads the prompt library (through prompt-library.ts), and
// only when a terminal is there to answer. Everything else talks to the
// Prompter interface, so tests can answer with a script.
import { instructionKind, keyedInstruction, onceInFull } from './instructions.js';
import { safeText } from '../runtime/safe-text.js';
import { readTyped } from './typed-answer.js';
import { PLAIN_THEME } from './plain-theme.js';
import { screenColumns, wrap } from './wrap.js';
import { wholeNumberIn } from '../core/whole-number.js';

export interface Choice {
  value: string;
  label: string;
  /** Shown with the choice (the highlighted one, in a terminal). */
  help?: string;
  /** The full wording, given only when the person asks for it with `?`. */
  more?: string;
}

/** A choice picked by typing its key (`y`, `n`, `u`): nothing is chosen until the person types one. */
export interface KeyedChoice extends Choice {
  key: string;
}

/** Words around a question: `help` is shown with it, `more` only when the person types `?`. */
export interface Words {
  help?: string;
  more?: string;
}

export interface Prompter {
  /**
   * No answer preselected: Enter alone says what to type instead of choosing; a key, a number or the answer's words
   * choose.
   */
  answer(message: string, choices: readonly KeyedChoice[], words?: Words): Promise<string>;
  /** A menu: the chosen value, or undefined when the person leaves with q or Esc. Cleared from the screen when done. */
  menu(message: string, choices: readonly Choice[]): Promise<string | undefined>;
  /** `validate` sees the ticked values when Enter is pressed: a string is shown and the list stays open. */
  checklist(
    message: string,
    choices: readonly Choice[],
    validate?: (ticked: readonly string[]) => string | true,
  ): Promise<string[]>;
  number(message: string, range: { min: number; max: number }, words?: Words): Promise<number>;
  text(message: string, validate: (value: string) => string | true, words?: Words): Promise<string>;
}

/** Where questions are asked: the keys come from `input`; the terminal's size is read from `output`. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { columns?: number; rows?: number };
  /** backcare has decided against colour (--no-color, NO_COLOR, FORCE_COLOR=0), which the library cannot see. */
  plain?: boolean;
}

export async function inquirerPrompter(streams: PromptStreams): Promise<Prompter> {
  const library = await import('./prompt-library.js');
  // Every prompt asks on the given streams, not on the process's own.
  const on = { input: streams.input, output: streams.output };
  const theme = streams.plain ? { theme: PLAIN_THEME } : {};
  const select: Library['select'] = (config, context) => library.select({ ...theme, ...config }, { ...on, ...context });
  const checkbox: Library['checkbox'] = (config, context) =>
    library.checkbox({ ...theme, ...config }, { ...on, ...context });
  const typedPrompt: Library['typedPrompt'] = (config, context) =>
    library.typedPrompt({ ...theme, ...config }, { ...on, ...context });
  // The words come from the knowledge base: shown safely, like everything printed.
  const withHelp = (message: string, help?: string): string => safeText(help ? `${message}\n  ${help}` : message);
  const instruction = onceInFull();
  /** A typed answer: `check` sees each line on Enter; `?` shows the explanation instead. */
  const typed = (
    message: string,
    lines: string[],
    words: Words | undefined,
    check: (line: string) => string | true,
    final?: (line: string) => string,
  ): Promise<string> =>
    typedPrompt({
      message: safeText(message),
      lines: [...(words?.help ? [`  ${words.help}`] : []), ...lines].map((l) => safeText(l)),
      check,
      ...(words?.more === undefined ? {} : { explanation: safeText(words.more) }),
      ...(final ? { final } : {}),
    });
  return {
    answer: async (message, choices, words) => {
      const told = instruction(instructionKind(choices), keyedInstruction(choices));
      const chosen = (line: string): string | undefined => {
        const read = readTyped(line, choices);
        return read.kind === 'chosen' ? read.value : undefined;
      };
      const line = await typed(
        message,
        [
          ...choices.flatMap((c) => choiceLines(c, screenColumns(streams.output.columns))),
          `  ${withMore(told, words)}`,
        ],
        words,
        (l) => {
          const read = readTyped(l, choices);
          return read.kind === 'problem' ? read.message : true;
        },
        (l) => safeText(choices.find((c) => c.value === chosen(l))?.label ?? l),
      );
      return chosen(line) ?? line;
    },
    menu: (message, choices) => leavableMenu(select, streams.input, message, choices),
    // Every item on screen at once where the terminal has the room. Where it has not, the list
    // scrolls under its title instead of pushing the title off the top, and it does not wrap
    // round: "None of these" is last, so reaching it passes every sign.
    checklist: (message, choices, validate) => {
      const { columns, rows } = streams.output;
      const page = checklistPage(message, choices, columns, rows);
      return checkbox({
        message: withHelp(message),
        instructions: page.scrolls ? SCROLLED_KEYS : KEYS,
        pageSize: page.pageSize,
        loop: false,
        choices: shown(choices, page.descriptions),
        validate: (ticked) => (validate ? validate(ticked.map((c) => c.value)) : true),
      });
    },
    number: async (message, { min, max }, words) => {
      const told = instruction('number', {
        full: `Type a whole number from ${min} to ${max}, then press Enter.`,
        brief: `${min} to ${max}:`,
      });
      const line = await typed(message, [`  ${withMore(told, words)}`], words, (l) => inRange(l, min, max));
      return Number(line.trim());
    },
    text: (message, validate, words) =>
      typed(message, [`  Type your answer${words?.more ? ' (? for more)' : ''}:`], words, (l) =>
        l.trim() === '' ? 'Nothing is typed yet: type your answer, then press Enter.' : validate(l),
      ),
  };
}

type Library = typeof import('./prompt-library.js');

/** Choices as the prompt library shows them, their words made safe to print. */
function shown(choices: readonly Choice[], withDescription = true) {
  return choices.map((c) => ({
    value: c.value,
    name: safeText(c.label),
    description: c.help === undefined || !withDescription ? undefined : safeText(c.help),
  }));
}

/** A menu the person can leave with q or Esc (undefined then). */
async function leavableMenu(
  select: Library['select'],
  input: NodeJS.ReadableStream,
  message: string,
  choices: readonly Choice[],
): Promise<string | undefined> {
  const leave = new AbortController();
  const onKey = (_text: string, key?: { name?: string }): void => {
    if (key?.name === 'q' || key?.name === 'escape') leave.abort();
  };
  input.on('keypress', onKey);
  try {
    return await select(
      // Every entry in sight: a menu that scrolls hides what it offers.
      { message: `${message} (q or Esc to leave)`, choices: shown(choices), pageSize: choices.length },
      // Cleared on every way out, Ctrl-C included, so nothing of the menu is left behind.
      { signal: leave.signal, clearPromptOnDone: true },
    );
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortPromptError') return undefined;
    throw error;
  } finally {
    input.off('keypress', onKey);
  }
}

/** The instruction the typing follows, ending in a colon, with `? for more` where there is more. */
function withMore(instruction: string, words: Words | undefined): string {
  return `${instruction.replace(/[.:]$/, '')}${words?.more ? ' (? for more)' : ''}:`;
}

/** True for a whole number from min to max; else what to type. */
export function inRange(line: string, min: number, max: number): string | true {
  return wholeNumberIn(line, min, max) === undefined
    ? `Type a whole number from ${min} to ${max}, then press Enter.`
    : true;
}

const KEYS = 'space to tick, enter when done';
const SCROLLED_KEYS = 'space to tick, ↓ for more, enter when done';

/**
 * How a checklist fits the terminal: how many lines of list, whether it scrolls, and whether the
 * highlighted item's description still fits under it (if not, it is left out rather than push the
 * title off the top).
 */
export function checklistPage(
  message: string,
  choices: readonly Choice[],
  columns: number | undefined,
  rows: number | undefined,
): { pageSize: number; scrolls: boolean; descriptions: boolean } {
  const needed = linesFor(choices, columns);
  // Kept in sight: the title, a blank line, the keys line, a message of up to 70 characters and a spare line.
  const kept =
    textLines(message, columns) + 1 + textLines(SCROLLED_KEYS, columns) + textLines('x'.repeat(70), columns) + 1;
  const described = Math.max(0, ...choices.map((c) => (c.help ? textLines(c.help, columns) : 0)));
  const descriptions = described === 0 || rows === undefined || rows - kept - described >= Math.min(needed, 4);
  const pageSize = checklistLines(needed, rows, kept + (descriptions ? described : 0));
  return { pageSize, scrolls: needed > pageSize, descriptions };
}

/** "  4) Choose for me by …", wrapped between words under its own text, not the key, on a narrow terminal. */
function choiceLines(choice: KeyedChoice, columns: number): string[] {
  const lead = `  ${choice.key}) `;
  return wrap(choice.label, Math.max(20, columns - 1), lead, ' '.repeat(lead.length));
}

/** About how many lines a text takes once wrapped (the prompt puts up to 3 columns before it). */
function textLines(text: string, columns: number | undefined): number {
  const width = Math.max(screenColumns(columns), 20);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil((line.length + 3) / width)), 0);
}

/** The lines a list of choices takes once wrapped. */
export function linesFor(choices: readonly Choice[], columns: number | undefined): number {
  return choices.reduce((sum, c) => sum + textLines(c.label, columns), 0);
}

/** pageSize counts lines: all the list needs, within what the terminal's height leaves beside `kept` lines. */
export function checklistLines(needed: number, terminalRows: number | undefined, kept: number): number {
  return terminalRows ? Math.min(needed, Math.max(4, terminalRows - kept)) : needed;
}
