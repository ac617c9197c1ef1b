// The commander program, built from the command specs: a loop, not a listing.
import { Command, CommanderError } from 'commander';
import { versionReviewLine } from '../kb/source.js';
import { addCommands, toOption, type Loaders } from './build-program.js';
import { GLOBAL_OPTIONS, VERSION_OPTION, type GlobalOptions } from './global-options.js';
import { processIo, type Io } from './io.js';
import { helpAfter } from './help-texts.js';
import { PROGRAM } from './registry.js';
import type { CommandSpec } from './spec.js';

declare const __BACKCARE_VERSION__: string;

export interface ProgramSettings {
  /** The commands; a test can add one, or an option to one. */
  commands?: readonly CommandSpec[];
  /** Columns for help, asked each time help is printed. */
  width?: () => number;
  /** Run modules that ship with the program, by command path, instead of loading their own file. */
  loaded?: Loaders;
  /** What a command runs with, for the global options given. */
  io?: (globals: GlobalOptions) => Io;
  /** Receives the exit code a command returns. */
  exit?: (code: number) => void;
}

export function buildProgram(settings: ProgramSettings = {}): Command {
  const {
    commands = PROGRAM.subcommands,
    width = () => 80,
    loaded = {},
    io = processIo,
    exit = () => undefined,
  } = settings;
  const program = new Command(PROGRAM.name)
    .description(PROGRAM.description)
    .addOption(toOption(VERSION_OPTION))
    .helpOption('-h, --help', 'show help');
  for (const option of GLOBAL_OPTIONS) program.addOption(toOption(option));
  program
    // Off: usage errors get their suggestion from closestId (cli/suggest-usage.ts), like every other typo.
    .showSuggestionAfterError(false)
    .addHelpCommand('help [command]', 'show help for a command')
    .addHelpText('after', () => helpAfter(PROGRAM, width()));
  // Not commander's .version(): the second line reads the built-in base's sign-off state, only when asked.
  program.on('option:version', () => {
    process.stdout.write(`${__BACKCARE_VERSION__}\n${versionReviewLine()}\n`);
    throw new CommanderError(0, 'commander.version', __BACKCARE_VERSION__);
  });
  addCommands(program, commands, { width, loaded, io, exit });
  return program;
}
