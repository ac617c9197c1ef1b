// What a command is, as data: its options, arguments, help and a lazy loader
// for the code that runs it. One table per command drives commander, --help,
// the man page, shell completion and the TypeScript type of the options.
import type { Io } from './io.js';
import type { HelpBlock } from './help-texts.js';

/**
 * Where a shell finds the values of an option or argument: paths (`file`,
 * `dir`), a list of the knowledge base by name (`{ list: 'remedies' }`), or
 * fixed words.
 */
export type CompletionSource = 'file' | 'dir' | { readonly list: string } | readonly string[];

export interface OptionSpec {
  /** The long flag: `--answer`; `--no-input` is a negation that defaults to true. */
  readonly flag: `--${string}`;
  readonly short?: `-${string}`;
  /** The value's name in help, `<file>`; no value makes the option a switch. */
  readonly value?: string;
  /** `--helped <ids...>`: every word up to the next option. */
  readonly variadic?: boolean;
  readonly description: string;
  readonly choices?: readonly string[];
  /** Turns one given value into the option's value; a thrown ValueError is a usage error. */
  readonly parse?: (value: string) => unknown;
  readonly default?: unknown;
  readonly env?: string;
  /** Given more than once, the values are collected in a list (default: empty). */
  readonly repeatable?: boolean;
  readonly complete?: CompletionSource;
}

export interface ArgumentSpec {
  /** As in usage: `[id]`, `<shell>`, `[topic...]`. */
  readonly name: string;
  readonly description: string;
  readonly parse?: (value: string) => unknown;
  readonly complete?: CompletionSource;
}

/** A command's parsed options, with its positional arguments as `args`. */
export type Input<Options> = Options & { readonly args: readonly string[] };

/** What a command's run module gives: run returns the exit code (nothing: 0). */
export interface RunModule {
  // biome-ignore lint/suspicious/noConfusingVoidType: a run that returns nothing exits 0
  run(input: Input<Record<string, unknown>>, io: Io): Promise<number | void>;
  /**
   * What must be said even when the line is refused or asks for help instead, from what could be read of it
   * (check: an emergency among the answers given). Never throws.
   */
  beforeRefusal?(input: Input<Record<string, unknown>>, io: Io): Promise<void>;
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  /** Replaces commander's generated usage line, e.g. `<score> [options]`. */
  readonly usage?: string;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: readonly OptionSpec[];
  readonly examples?: readonly string[];
  /** Titled tables after the examples (keys, exit codes, environment). */
  readonly blocks?: readonly HelpBlock[];
  /** Paragraphs at the end of the help. */
  readonly notes?: readonly string[];
  /** Runs when its parent is given without a subcommand. */
  readonly isDefault?: boolean;
  readonly allowExcessArguments?: boolean;
  readonly subcommands?: readonly CommandSpec[];
  /** Loads the code that runs it, only when it runs. */
  readonly load?: () => Promise<RunModule>;
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The property commander stores a flag under: `--fail-on` -> failOn, `--no-input` -> input. */
type KeyOf<Flag extends string> = Flag extends `--no-${infer Name}`
  ? Camel<Name>
  : Flag extends `--${infer Name}`
    ? Camel<Name>
    : never;
type Parsed<O> = O extends { readonly parse: (value: string) => infer R }
  ? R
  : O extends { readonly choices: readonly (infer C)[] }
    ? C
    : string;
type ValueOf<O> = O extends { readonly repeatable: true }
  ? Parsed<O>[]
  : O extends { readonly variadic: true }
    ? string[]
    : O extends { readonly value: string }
      ? Parsed<O>
      : boolean;
/** Always present: repeatable options (an empty list), negations (true) and options with a default. */
type HasDefault<O> = O extends
  | { readonly repeatable: true }
  | { readonly default: unknown }
  | { readonly flag: `--no-${string}` }
  ? true
  : false;

/** The parsed options of a table, as commander hands them to the command. */
export type OptionsOf<Table extends readonly OptionSpec[]> = {
  [O in Table[number] as HasDefault<O> extends true ? KeyOf<O['flag']> : never]: ValueOf<O>;
} & {
  [O in Table[number] as HasDefault<O> extends true ? never : KeyOf<O['flag']>]?: ValueOf<O>;
};
