// The only module that loads the prompt library (through prompt-library.ts), and
// only when a terminal is there to answer. Everything else talks to the
// Prompter interface, so tests can answer with a script.
import { safeText } from './safe-text.js';

export interface Choice {
  value: string;
  label: string;
  help?: string;
}

/** A choice picked by typing its key (`y`, `n`, `u`): nothing is chosen until the person types one. */
export interface KeyedChoice extends Choice {
  key: string;
}

export interface Prompter {
  select(message: string, choices: readonly Choice[], help?: string): Promise<string>;
  /** Like select, but with no answer preselected: Enter alone says what to type instead of choosing. */
  answer(message: string, choices: readonly KeyedChoice[], help?: string): Promise<string>;
  /** A menu: the chosen value, or undefined when the person leaves with q or Esc. Cleared from the screen when done. */
  menu(message: string, choices: readonly Choice[]): Promise<string | undefined>;
  /** `validate` sees the ticked values when Enter is pressed: a string is shown and the list stays open. */
  checklist(message: string, choices: readonly Choice[], validate?: (ticked: readonly string[]) => string | true): Promise<string[]>;
  number(message: string, range: { min: number; max: number }, help?: string): Promise<number>;
  text(message: string, validate: (value: string) => string | true, help?: string): Promise<string>;
}

export async function inquirerPrompter(): Promise<Prompter> {
  const { select, checkbox, number, input, rawlist } = await import('./prompt-library.js');
  // The words come from the knowledge base: shown safely, like everything printed.
  const withHelp = (message: string, help?: string): string => safeText(help ? `${message}\n  ${help}` : message);
  const shown = (choices: readonly Choice[]) => choices.map((c) => ({ value: c.value, name: safeText(c.label), description: c.help === undefined ? undefined : safeText(c.help) }));
  return {
    select: (message, choices, help) => select({ message: withHelp(message, help), choices: shown(choices) }),
    answer: (message, choices, help) =>
      rawlist({
        message: withHelp(message, help),
        choices: choices.map((c) => ({ value: c.value, name: safeText(c.label), key: c.key })),
        // rawlist's own words for Enter alone ("Please input a value") do not say what to do.
        theme: { style: { error: (text: string) => `> ${text === 'Please input a value' ? nothingChosen(choices) : text}` } },
      }),
    menu: async (message, choices) => {
      const leave = new AbortController();
      const onKey = (_text: string, key?: { name?: string }): void => {
        if (key?.name === 'q' || key?.name === 'escape') leave.abort();
      };
      process.stdin.on('keypress', onKey);
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
        process.stdin.off('keypress', onKey);
      }
    },
    // Every item on screen at once where the terminal has the room. Where it has not, the list
    // scrolls under its title instead of pushing the title off the top, and it does not wrap
    // round: "None of these" is last, so reaching it passes every sign.
    checklist: (message, choices, validate) => {
      const { columns, rows } = process.stdout;
      const needed = linesFor(choices, columns);
      const title = (keys: string): string => withHelp(`${message} (${keys})`);
      const scrolled = title('space to tick, ↓ for more, enter when done');
      // Kept in sight: the title, the keys line under the list (about 55 characters), a message and a spare line.
      const pageSize = checklistLines(needed, rows, textLines(scrolled, columns) + textLines(KEYS_LINE, columns) + 2);
      return checkbox({
        message: needed > pageSize ? scrolled : title('space to tick, enter when done'),
        pageSize,
        loop: false,
        choices: shown(choices),
        validate: (ticked) => (validate ? validate(ticked.map((c) => c.value)) : true),
      });
    },
    number: async (message, range, help) => {
      const value = await number({ message: withHelp(message, help), min: range.min, max: range.max, required: true, step: 'any' });
      return value ?? range.min;
    },
    text: (message, validate, help) => input({ message: withHelp(message, help), validate, required: true }),
  };
}

const KEYS_LINE = '↑↓ navigate • space select • a all • i invert • ⏎ submit';

/** About how many lines a text takes once wrapped (the prompt puts up to 3 columns before it). */
function textLines(text: string, columns: number | undefined): number {
  const width = Math.max(columns ?? 80, 20);
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

function nothingChosen(choices: readonly KeyedChoice[]): string {
  const keys = choices.map((c) => `${c.key} for ${c.label}`);
  return `Nothing is chosen yet: type ${keys.slice(0, -1).join(', ')} or ${keys.at(-1) ?? ''}, then press Enter.`;
}

/** True when a person is there to answer: both ends are terminals and nothing says otherwise. */
export function canPrompt(term: { stdinIsTTY: boolean; stdout: { isTTY?: boolean }; env: NodeJS.ProcessEnv }, noInput: boolean): boolean {
  const ci = term.env.CI !== undefined && term.env.CI !== '' && term.env.CI !== 'false' && term.env.CI !== '0';
  return term.stdinIsTTY && term.stdout.isTTY === true && !noInput && !ci && !term.env.BACKCARE_NO_INPUT;
}
