// The everyday command lines, read from the option tables without commander,
// which would cost every start-up its load and the building of every command.
// It reads a strict subset of what commander reads, to the same options; it
// declines everything else (help, --version, a typo, a missing value, `--`,
// grouped short flags, a value that starts with a dash), and commander then
// reads the line as before, with its messages. tests/cli/direct-parse.test.ts
// holds the two to the same answers.
import type { ArgumentSpec, CommandSpec, Input, OptionSpec } from './spec.js';
import { isRequired, isVariadic } from './arguments.js';

/** A command to run, the help of a command (the program first), or the version. */
export type DirectLine =
  | DirectCall
  | { readonly kind: 'help'; readonly path: readonly CommandSpec[] }
  | { readonly kind: 'version' };

export interface DirectCall {
  readonly kind: 'run';
  /** The command's names below the program: "remedies", "episode start". */
  readonly path: string;
  readonly spec: CommandSpec;
  readonly input: Input<Record<string, unknown>>;
  /** The program's own options (--kb, --region, --no-color), wherever they were given. */
  readonly globals: Record<string, unknown>;
}

type Values = Record<string, unknown>;
type Env = Readonly<Record<string, string | undefined>>;

/** The property commander stores a flag under: `--fail-on` -> failOn, `--no-input` -> input. */
export function optionKey(flag: string): string {
  return flag.replace(/^--(no-)?/, '').replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Why a line goes to commander: thrown inside, caught once at the top. */
class Declined extends Error {}

function decline(): never {
  throw new Declined();
}

const HELP_FLAGS = ['--help', '-h'];
const VERSION_FLAGS = ['--version', '-V'];

/** What the line asks for, or undefined when commander must read it. */
export function parseDirect(tokens: readonly string[], program: CommandSpec, env: Env): DirectLine | undefined {
  try {
    if (tokens.length === 1 && VERSION_FLAGS.includes(tokens[0] as string)) return { kind: 'version' };
    // Commander reads the program's environment variables before anything else: one it refuses declines all.
    const fromEnvironment = fromEnv(program.options ?? [], env);
    return helpAsked(tokens, program) ?? parse(tokens, program, env, fromEnvironment);
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** `backcare [command...] --help` and `backcare help [command]`, for commands that exist. */
function helpAsked(tokens: readonly string[], program: CommandSpec): DirectLine | undefined {
  const last = tokens[tokens.length - 1];
  if (last !== undefined && HELP_FLAGS.includes(last))
    return { kind: 'help', path: commandPath(tokens.slice(0, -1), program) };
  if (tokens[0] === 'help' && tokens.length <= 2) return { kind: 'help', path: commandPath(tokens.slice(1), program) };
  return undefined;
}

/** The specs named by `names`, each a subcommand of the one before (the program first). */
function commandPath(names: readonly string[], program: CommandSpec): CommandSpec[] {
  const path = [program];
  for (const name of names) path.push(path[path.length - 1]?.subcommands?.find((c) => c.name === name) ?? decline());
  return path;
}

function parse(tokens: readonly string[], program: CommandSpec, env: Env, fromEnvironment: Values): DirectCall {
  const globalTable = program.options ?? [];
  const globals = initialValues(globalTable);
  const given: Values = {};
  const names: string[] = [];
  let command = program;
  const local: Values = {};
  const operands: string[] = [];
  let variadic: { option: OptionSpec; into: Values } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (isOptionLike(token)) {
      const global = findOption(globalTable, token);
      const own = command === program ? undefined : findOption(command.options ?? [], token);
      const option = global ?? own ?? decline();
      const into = global ? given : local;
      i = readOption(option, token, tokens, i, into);
      variadic = option.variadic ? { option, into } : undefined;
      continue;
    }
    if (variadic) {
      store(variadic.option, token, variadic.into);
      continue;
    }
    const sub = operands.length === 0 ? command.subcommands?.find((c) => c.name === token) : undefined;
    if (sub) {
      command = sub;
      names.push(token);
      continue;
    }
    if (command === program) decline();
    operands.push(token);
  }
  if (command === program || command.subcommands?.length || !command.load) decline();
  checkArguments(command, operands);
  const options = { ...initialValues(command.options ?? []), ...fromEnv(command.options ?? [], env), ...local };
  return {
    kind: 'run',
    path: names.join(' '),
    spec: command,
    input: { ...options, args: operands },
    globals: { ...globals, ...fromEnvironment, ...given },
  };
}

/** Words commander may take for an option: a dash and more (a lone "-" is a value, stdin). */
export function isOptionLike(token: string): boolean {
  return token.length > 1 && token.startsWith('-');
}

export function findOption(table: readonly OptionSpec[], token: string): OptionSpec | undefined {
  const name = token.startsWith('--') ? token.split('=', 1)[0] : token;
  return table.find((option) => option.flag === name || option.short === name);
}

/** Reads one option (and its value) at `tokens[i]`; returns the index of the last word it used. */
function readOption(option: OptionSpec, token: string, tokens: readonly string[], i: number, into: Values): number {
  if (option.value === undefined) {
    if (inlineValue(token) !== undefined) decline();
    into[optionKey(option.flag)] = !option.flag.startsWith('--no-');
    return i;
  }
  if (option.variadic && inlineValue(token) !== undefined) decline();
  const given = optionValue(tokens, i) ?? decline();
  store(option, given.value, into);
  return given.last;
}

/** `--region=GB`'s value; undefined when the token carries none. */
export function inlineValue(token: string): string | undefined {
  return token.startsWith('--') && token.includes('=') ? token.slice(token.indexOf('=') + 1) : undefined;
}

/**
 * The value the option at `tokens[i]` is given, inline or as the next word, with the index of the last word
 * it used; undefined when there is none (the line ends, or the next word is another option).
 */
export function optionValue(tokens: readonly string[], i: number): { value: string; last: number } | undefined {
  const token = tokens[i] as string;
  const inline = inlineValue(token);
  const value = inline ?? tokens[i + 1];
  if (value === undefined || isOptionLike(value)) return undefined;
  return { value, last: inline === undefined ? i + 1 : i };
}

/** Repeatable and variadic options collect their values in a list; any other keeps the last. */
export function store(option: OptionSpec, value: string, into: Values): void {
  const key = optionKey(option.flag);
  const parsed = parsedValue(option, value);
  if (option.repeatable || option.variadic) {
    const previous = Array.isArray(into[key]) ? (into[key] as unknown[]) : [];
    into[key] = [...previous, parsed];
  } else {
    into[key] = parsed;
  }
}

/** The value as commander would store it: checked against the choices, then parsed; a refusal declines. */
function parsedValue(option: OptionSpec | ArgumentSpec, value: string): unknown {
  if ('choices' in option && option.choices && !option.choices.includes(value)) decline();
  if (!option.parse) return value;
  try {
    return option.parse(value);
  } catch {
    return decline();
  }
}

/** Defaults: negations true, repeatable options an empty list, then the table's defaults. */
export function initialValues(table: readonly OptionSpec[]): Values {
  const values: Values = {};
  for (const option of table) {
    const key = optionKey(option.flag);
    if (option.flag.startsWith('--no-')) values[key] = true;
    if (option.repeatable) values[key] = [];
    if (option.default !== undefined) values[key] = option.default;
  }
  return values;
}

/** Options read from the environment when the line does not give them (commander: a defined variable). */
export function fromEnv(table: readonly OptionSpec[], env: Env): Values {
  const values: Values = {};
  for (const option of table) {
    const value = option.env === undefined ? undefined : env[option.env];
    if (value === undefined || option.env === undefined) continue;
    if (option.value === undefined) decline();
    store(option, value, values);
  }
  return values;
}

/** The positional words fit the command's arguments, and each parses; otherwise commander says why. */
function checkArguments(command: CommandSpec, operands: readonly string[]): void {
  const declared = command.arguments ?? [];
  const variadic = declared.some(isVariadic);
  if (operands.length < declared.filter(isRequired).length) decline();
  if (!variadic && operands.length > declared.length && !command.allowExcessArguments) decline();
  declared.forEach((argument, index) => {
    const words = isVariadic(argument) ? operands.slice(index) : operands.slice(index, index + 1);
    for (const word of words) parsedValue(argument, word);
  });
}
