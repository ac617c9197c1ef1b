// A command line that will not run (a usage error, or help asked for) read as
// far as it goes: the command it names and every option value that parses;
// an unknown option, a bad value or a stray word is skipped. Only for what must
// be said even then: the emergency among check's answers. Never throws.
import {
  findOption,
  fromEnv,
  initialValues,
  inlineValue,
  isOptionLike,
  optionKey,
  optionValue,
  store,
} from './direct-parse.js';
import type { CommandSpec, Input, OptionSpec } from './spec.js';

export interface SalvagedLine {
  readonly spec: CommandSpec;
  readonly input: Input<Record<string, unknown>>;
  /** The command's own options the line gave a usable value to, by key ("answer", "json"). */
  readonly given: readonly string[];
  /** The program's own options (--kb, --region, --no-color) that parsed. */
  readonly globals: Record<string, unknown>;
}

type Values = Record<string, unknown>;
type Env = Readonly<Record<string, string | undefined>>;

/** The command `tokens` name, with what could be read of its options; undefined when no command is named. */
export function salvageLine(tokens: readonly string[], program: CommandSpec, env: Env): SalvagedLine | undefined {
  const globalTable = program.options ?? [];
  const globals: Values = { ...initialValues(globalTable), ...fromEnvLeniently(globalTable, env) };
  let command = program;
  let local: Values = {};
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!isOptionLike(token)) {
      const sub = command.subcommands?.find((c) => c.name === token);
      if (sub) [command, local] = [sub, {}];
      continue;
    }
    const global = findOption(globalTable, token);
    const own = command === program ? undefined : findOption(command.options ?? [], token);
    const option = global ?? own;
    if (option) i = readLeniently(option, tokens, i, global ? globals : local);
  }
  if (command === program) return undefined;
  const table = command.options ?? [];
  const input = { ...initialValues(table), ...fromEnvLeniently(table, env), ...local, args: [] };
  return { spec: command, input, given: Object.keys(local), globals };
}

function fromEnvLeniently(table: readonly OptionSpec[], env: Env): Values {
  try {
    return fromEnv(table, env);
  } catch {
    return {};
  }
}

/** Like the direct reading's, but a value that does not parse is left out; returns the index of the last word used. */
function readLeniently(option: OptionSpec, tokens: readonly string[], i: number, into: Values): number {
  if (option.value === undefined) {
    into[optionKey(option.flag)] = !option.flag.startsWith('--no-');
    return i;
  }
  const given = optionValue(tokens, i);
  if (given === undefined) return i;
  try {
    store(option, given.value, into);
  } catch {
    // Skipped: the refusal being reported says what is wrong with it.
  }
  return given.last;
}

/**
 * The program's own options when `tokens` are nothing else (`backcare --no-color`): the line then means what
 * `backcare` alone means, the menu. Undefined when any word is not a global option or its value does not parse.
 */
export function globalOptionsOnly(tokens: readonly string[], program: CommandSpec): Values | undefined {
  const table = program.options ?? [];
  const globals: Values = initialValues(table);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const option = isOptionLike(token) ? findOption(table, token) : undefined;
    if (option === undefined) return undefined;
    if (option.value === undefined) {
      if (inlineValue(token) !== undefined) return undefined;
      globals[optionKey(option.flag)] = !option.flag.startsWith('--no-');
      continue;
    }
    const given = optionValue(tokens, i);
    if (given === undefined) return undefined;
    try {
      store(option, given.value, globals);
    } catch {
      return undefined;
    }
    i = given.last;
  }
  return globals;
}
