// What a command is handed to run with, built once in main: the streams, the
// environment, the clock, the global options, what asks the person questions,
// and the knowledge base and style, opened only when a command asks for them.
// A test builds its own.
import type { GlobalOptions } from './global-options.js';
import { processStdin, processTerminal, wholeStream, type Terminal } from '../runtime/term.js';
import { openContext, type Context } from './context.js';
import { canPrompt, prompterFor } from '../ui/prompter-for.js';
import type { Prompter } from '../ui/prompter.js';

export interface Io {
  readonly globals: GlobalOptions;
  /** stdout, stderr, whether stdin is a terminal, the environment and the colour policy. */
  readonly term: Terminal;
  readonly stdin: NodeJS.ReadStream;
  now(): Date;
  /** True when a person is there to answer: stdin and stdout are terminals, and not CI or BACKCARE_NO_INPUT. */
  canPrompt(): boolean;
  /** What asks the person, on stdin and stdout; the prompter's code loads only now (most commands never ask). */
  prompter(flags?: { accessible?: boolean }): Promise<Prompter>;
  /** The knowledge base and the style, opened once, on first use; `json` turns colour off. */
  context(options?: { json?: boolean }): Promise<Context>;
}

/** The real process's streams, environment and clock. */
export function processIo(globals: GlobalOptions): Io {
  const term = processTerminal(globals.color);
  return ioFrom(globals, term, processStdin, () => new Date());
}

/**
 * An Io over the given terminal and clock: stdin made on first use (most commands never read it), questions
 * asked on stdin and the terminal's stdout, and the knowledge base from --kb (or the built-in one), opened lazily.
 */
export function ioFrom(globals: GlobalOptions, term: Terminal, stdin: () => Io['stdin'], now: () => Date): Io {
  const opened = new Map<boolean, Promise<Context>>();
  return {
    globals,
    term,
    get stdin() {
      return stdin();
    },
    now,
    canPrompt: () => canPrompt(term),
    prompter: (flags = {}) =>
      prompterFor({ input: stdin(), output: wholeStream(term.stdout), plain: !term.color }, term.env, flags),
    context: ({ json = false } = {}) => {
      const open = opened.get(json) ?? openContext(globals, term, { json });
      opened.set(json, open);
      return open;
    },
  };
}
