// The commander program, built from the command specs: a loop, not a listing.
import { Command, CommanderError } from 'commander';
import { versionText } from './version.js';
import { helpPage } from './help-page.js';
import { addCommands, toOption } from './build-program.js';
import { HELP_COMMAND, HELP_OPTION, VERSION_OPTION, type GlobalOptions } from './global-options.js';
import { flagsOf } from './flags.js';
import { processIo, type Io } from './io.js';
import type { CommandSpec } from './spec.js';
import { processStdout, type OutputStream } from '../runtime/process-output.js';

export interface ProgramSettings {
  /** Columns for help, asked each time help is printed. */
  width?: () => number;
  /** What a command runs with, for the global options given. */
  io?: (globals: GlobalOptions) => Io;
  /** Where --version is written, as it is: not wrapped, for scripts that read it. */
  stdout?: OutputStream;
  /** Receives the exit code a command returns. */
  exit?: (code: number) => void;
}

/** Commander over `spec` (the registry's PROGRAM; a test may add a command or an option). */
export function buildProgram(spec: CommandSpec, settings: ProgramSettings = {}): Command {
  const { width = () => 80, io = processIo, exit = () => undefined, stdout = processStdout } = settings;
  const program = new Command(spec.name)
    .description(spec.description)
    .addOption(toOption(VERSION_OPTION))
    .helpOption(flagsOf(HELP_OPTION), HELP_OPTION.description);
  for (const option of spec.options ?? []) program.addOption(toOption(option));
  program
    // Off: usage errors get their suggestion from closestId (cli/suggest-usage.ts), like every other typo.
    .showSuggestionAfterError(false)
    .addHelpCommand(HELP_COMMAND.name, HELP_COMMAND.description);
  program.configureHelp({ formatHelp: (_, helper) => helpPage([spec], helper.helpWidth ?? width(), [VERSION_OPTION]) });
  // Not commander's .version(): the second line reads the built-in base's sign-off state, only when asked.
  program.on('option:version', () => {
    stdout.write(versionText());
    throw new CommanderError(0, 'commander.version', 'version');
  });
  addCommands(program, spec.subcommands ?? [], { width, io, exit, path: [spec] });
  return program;
}
