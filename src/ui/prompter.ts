// The only module that imports the prompt library (@inquirer/prompts), and
// only when a terminal is there to answer. Everything else talks to the
// Prompter interface, so tests can answer with a script.
import { safeText } from './safe-text.js';

export interface Choice {
  value: string;
  label: string;
  help?: string;
}

export interface Prompter {
  select(message: string, choices: readonly Choice[], help?: string): Promise<string>;
  checklist(message: string, choices: readonly Choice[]): Promise<string[]>;
  number(message: string, range: { min: number; max: number }, help?: string): Promise<number>;
  text(message: string, validate: (value: string) => string | true, help?: string): Promise<string>;
}

export async function inquirerPrompter(): Promise<Prompter> {
  const { select, checkbox, number, input } = await import('@inquirer/prompts');
  // The words come from the knowledge base: shown safely, like everything printed.
  const withHelp = (message: string, help?: string): string => safeText(help ? `${message}\n  ${help}` : message);
  const shown = (choices: readonly Choice[]) => choices.map((c) => ({ value: c.value, name: safeText(c.label), description: c.help === undefined ? undefined : safeText(c.help) }));
  return {
    select: (message, choices, help) => select({ message: withHelp(message, help), choices: shown(choices) }),
    // Every item on screen at once: a safety checklist must not hide items below a scroll.
    checklist: (message, choices) => checkbox({ message: withHelp(message), pageSize: Math.max(choices.length, 1), choices: shown(choices) }),
    number: async (message, range, help) => {
      const value = await number({ message: withHelp(message, help), min: range.min, max: range.max, required: true, step: 'any' });
      return value ?? range.min;
    },
    text: (message, validate, help) => input({ message: withHelp(message, help), validate, required: true }),
  };
}

/** True when a person is there to answer: both ends are terminals and nothing says otherwise. */
export function canPrompt(term: { stdinIsTTY: boolean; stdout: { isTTY?: boolean }; env: NodeJS.ProcessEnv }, noInput: boolean): boolean {
  const ci = term.env.CI !== undefined && term.env.CI !== '' && term.env.CI !== 'false' && term.env.CI !== '0';
  return term.stdinIsTTY && term.stdout.isTTY === true && !noInput && !ci && !term.env.BACKCARE_NO_INPUT;
}
