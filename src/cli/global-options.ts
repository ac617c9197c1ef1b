// The options every command takes, given before or after the command's name.
import type { OptionsOf, OptionSpec } from './spec.js';
import { nonEmptyPath } from './option-values.js';

export const VERSION_OPTION = {
  flag: '--version',
  short: '-V',
  description: 'print the version, and whether a clinician has reviewed the built-in knowledge base',
} as const satisfies OptionSpec;

export const HELP_OPTION = { flag: '--help', short: '-h', description: 'show help' } as const satisfies OptionSpec;

/** Listed with the subcommands of a command that has them. */
export const HELP_COMMAND = { name: 'help [command]', description: 'show help for a command' } as const;

export const GLOBAL_OPTIONS = [
  {
    flag: '--kb',
    value: 'dir',
    description: 'use the knowledge base in <dir> instead of the built-in one',
    env: 'BACKCARE_KB',
    parse: nonEmptyPath('a knowledge-base folder, or leave out --kb and unset BACKCARE_KB for the built-in one'),
    complete: 'dir',
  },
  {
    flag: '--region',
    value: 'code',
    description: 'country for emergency numbers, e.g. GB, US, AU, NZ',
    env: 'BACKCARE_REGION',
    complete: { list: 'regions' },
  },
  { flag: '--no-color', description: 'turn colour off (NO_COLOR also works)' },
] as const satisfies readonly OptionSpec[];

/** Optional: a program built without them (a command's own test) still runs. */
export type GlobalOptions = Partial<OptionsOf<typeof GLOBAL_OPTIONS>>;
