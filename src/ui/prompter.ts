// The only module that loads the prompt library (through prompt-library.ts), and
// only when a terminal is there to answer. Everything else talks to the
// Prompter interface, so tests can answer with a script.

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
  const { select, checkbox, number, input } = await import('./prompt-library.js');
  const withHelp = (message: string, help?: string): string => (help ? `${message}\n  ${help}` : message);
  return {
    select: (message, choices, help) =>
      select({ message: withHelp(message, help), choices: choices.map((c) => ({ value: c.value, name: c.label, description: c.help })) }),
    checklist: (message, choices) => checkbox({ message, choices: choices.map((c) => ({ value: c.value, name: c.label, description: c.help })) }),
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
