// Turns command specs into commander commands: options, arguments, help, and
// an action that loads the command's code only when it runs.
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { helpPage } from './help-page.js';
import type { GlobalOptions } from './global-options.js';
import type { Io } from './io.js';
import type { ArgumentSpec, CommandSpec, OptionSpec, RunModule } from './spec.js';
import { ValueError } from '../runtime/errors.js';
import { flagsOf } from './flags.js';
import { runCommand } from './run-command.js';

/** A spec's parser as commander wants it: a value it refuses becomes commander's usage error. */
function forCommander<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof ValueError) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

export function toOption(spec: OptionSpec): Option {
  const option = new Option(flagsOf(spec), spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.env) option.env(spec.env);
  const parse = spec.parse && forCommander(spec.parse);
  if (spec.repeatable) {
    option.argParser((value: string, previous: unknown[]) => [...previous, parse ? parse(value) : value]).default([]);
  } else if (parse) {
    option.argParser((value: string) => parse(value));
  }
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

function toArgument(spec: ArgumentSpec): Argument {
  const argument = new Argument(spec.name, spec.description);
  const parse = spec.parse && forCommander(spec.parse);
  if (parse) argument.argParser((value: string) => parse(value));
  return argument;
}

/**
 * Adds one commander command for each spec to `parent`, with its subcommands,
 * inheriting the parent's settings (help option, error output).
 */
export function addCommands(parent: Command, specs: readonly CommandSpec[], wiring: Wiring): void {
  for (const spec of specs) {
    const command = parent.command(spec.name, spec.isDefault ? { isDefault: true } : {});
    const path = [...wiring.path, spec];
    describe(command, spec);
    command.configureHelp({ formatHelp: (_, helper) => helpPage(path, helper.helpWidth ?? wiring.width()) });
    if (spec.load) command.action(lazy(spec.load, wiring));
    addCommands(command, spec.subcommands ?? [], { ...wiring, path });
  }
}

/** How commands are run: help's width, the io for the global options, where exit codes go. */
export interface Wiring {
  width: () => number;
  io: (globals: GlobalOptions) => Io;
  exit: (code: number) => void;
  /** The specs from the program down to the parent of the commands being added. */
  path: readonly CommandSpec[];
}

/** Everything but the action, help and subcommands: description, arguments, options. */
function describe(command: Command, spec: CommandSpec): void {
  command.description(spec.description);
  for (const argument of spec.arguments ?? []) command.addArgument(toArgument(argument));
  if (spec.usage) command.usage(spec.usage);
  for (const option of spec.options ?? []) command.addOption(toOption(option));
  if (spec.allowExcessArguments) command.allowExcessArguments(true);
}

/** The global options are the program's own: --kb, --region, --no-color. */
function programOf(command: Command): Command {
  let program = command;
  while (program.parent) program = program.parent;
  return program;
}

/** Defers loading a command's module (and its dependencies) until it runs. */
function lazy(load: () => Promise<RunModule>, wiring: Wiring) {
  return async (...params: unknown[]): Promise<void> => {
    const command = params[params.length - 1] as Command;
    const io = wiring.io(programOf(command).opts<GlobalOptions>());
    wiring.exit(await runCommand(load, { ...command.opts(), args: command.args }, io));
  };
}
