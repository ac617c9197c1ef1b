// Turns command specs into commander commands: options, arguments, help, and
// an action that loads the command's code only when it runs.
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { helpAfter } from './help-texts.js';
import type { GlobalOptions } from './global-options.js';
import type { Io } from './io.js';
import type { ArgumentSpec, CommandSpec, OptionSpec, RunModule } from './spec.js';
import { ValueError } from './option-values.js';

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

/** The flags commander reads: `-q, --quiet`, `--answer <id=value>`, `--helped <ids...>`. */
export function flagsOf(spec: OptionSpec): string {
  const value = spec.value === undefined ? '' : ` <${spec.value}${spec.variadic ? '...' : ''}>`;
  return `${spec.short ? `${spec.short}, ` : ''}${spec.flag}${value}`;
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
    describe(command, spec, wiring.width);
    const load = wiring.loaded[pathOf(command)] ?? spec.load;
    if (load) command.action(lazy(load, wiring));
    addCommands(command, spec.subcommands ?? [], wiring);
  }
}

/** How commands are run: help's width, bundled run modules, the io for the global options, where exit codes go. */
export interface Wiring {
  width: () => number;
  loaded: Loaders;
  io: (globals: GlobalOptions) => Io;
  exit: (code: number) => void;
}

/** Everything but the action and subcommands: description, arguments, options, help. */
function describe(command: Command, spec: CommandSpec, width: () => number): void {
  command.description(spec.description);
  for (const argument of spec.arguments ?? []) command.addArgument(toArgument(argument));
  if (spec.usage) command.usage(spec.usage);
  for (const option of spec.options ?? []) command.addOption(toOption(option));
  if (spec.allowExcessArguments) command.allowExcessArguments(true);
  command.addHelpText('after', () => helpAfter(spec, width()));
}

/** "episode start": the command's names below the program. */
function pathOf(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Loaders by command path ("episode start"), replacing those of the specs. */
export type Loaders = Record<string, () => Promise<RunModule>>;

/** Defers loading a command's module (and its dependencies) until it runs. */
function lazy(load: () => Promise<RunModule>, wiring: Wiring) {
  return async (...params: unknown[]): Promise<void> => {
    const command = params[params.length - 1] as Command;
    const { run } = await load();
    const code = await run(
      { ...command.opts(), args: command.args },
      wiring.io(command.optsWithGlobals<GlobalOptions>()),
    );
    if (typeof code === 'number') wiring.exit(code);
  };
}
