// The terminal as the rest of the program sees it: streams, TTY-ness,
// colour policy and width. Everything that asks process.* about the
// terminal lives here, so commands can be handed a fake one in tests.
import { paintMarks } from './colour-marks.js';
import { isTerminal, ProcessOutput, processStderr, processStdout, type OutputStream } from './process-output.js';
import { safeText } from './safe-text.js';
import { screenColumns, wrapLines } from '../ui/wrap.js';

export interface Terminal {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  color: boolean;
}

/** The process's own ends, each asked only when used: whether one is a terminal costs a module load. */
export function processTerminal(colorFlag: boolean | undefined): Terminal {
  return {
    stdout: processStdout,
    stderr: wrappingStderr(processStderr),
    get stdinIsTTY() {
      return stdinIsTerminal();
    },
    env: process.env,
    get color() {
      return wantsColor(process.env, colorFlag, () => processStdout.isTTY);
    },
  };
}

/** The process's stdin, made on first use: making it loads Node's stream modules. */
let stdinMade = false;

export function processStdin(): NodeJS.ReadStream {
  stdinMade = true;
  return process.stdin;
}

/**
 * When a command is over, stdin stops being read, so the process can end. Without this, a question left
 * after Ctrl-Z and fg kept reading: readline thinks itself paused once the stream flows again, and its
 * close after Ctrl-C left the stream flowing, so the process never ended.
 */
export function stopReadingStdin(): void {
  if (stdinMade) process.stdin.pause();
}

/** Asked of the descriptor, not of process.stdin: making that stream loads Node's stream modules. */
function stdinIsTerminal(): boolean {
  return isTerminal(0, () => process.stdin.isTTY === true);
}

/**
 * no-color.org and clig.dev: NO_COLOR (non-empty), --no-color, FORCE_COLOR=0 and
 * TERM=dumb turn colour off; any other FORCE_COLOR turns it on; otherwise colour
 * only on a terminal.
 * chalk 5 ignores NO_COLOR on purpose, so the decision is made here.
 */
export function wantsColor(
  env: NodeJS.ProcessEnv,
  colorFlag: boolean | undefined,
  isTTY: boolean | (() => boolean),
): boolean {
  if (colorFlag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined) return true;
  if (env.TERM === 'dumb') return false;
  return typeof isTTY === 'function' ? isTTY() : isTTY;
}

const RAW = new WeakMap<OutputStream, OutputStream>();

/** The output under a wrapping stderr, for drawing a screen (escape sequences must not be wrapped). */
function rawStream(stream: OutputStream): OutputStream {
  return RAW.get(stream) ?? stream;
}

export type WholeStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

/**
 * A whole stream for an output, for code that needs events or backpressure (a prompt, the countdown, a
 * paced report): the process's own stream, made now, or a test's stream as it is. Not wrapped.
 */
export function wholeStream(output: OutputStream): WholeStream {
  const raw = rawStream(output);
  if (raw instanceof ProcessOutput) return raw.stream();
  if (isStream(raw)) return raw;
  throw new TypeError('this output cannot be used as a stream');
}

function isStream(output: OutputStream): output is WholeStream {
  return typeof (output as Partial<NodeJS.WritableStream>).on === 'function';
}

/**
 * stderr that wraps each message between words at the terminal's width, so a
 * warning never breaks a word in two; anything but a terminal gets it as is.
 * Whether it is a terminal is asked at the first write, not before.
 */
export function wrappingStderr(stream: OutputStream): OutputStream {
  const wrapped: OutputStream = {
    write: (chunk, callback) =>
      stream.write(
        typeof chunk === 'string' && stream.isTTY === true
          ? wrapLines(chunk, Math.max(20, screenColumns(stream.columns)))
          : chunk,
        callback,
      ),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
  };
  RAW.set(wrapped, stream);
  return wrapped;
}

/** Text width to wrap at: the terminal's width, kept readable on very wide screens. */
export function outputWidth(term: Terminal): number {
  const width = screenColumns(term.stdout.isTTY ? term.stdout.columns : undefined, term.env);
  return Math.max(40, Math.min(width, 100));
}

/** Escapes the text, then colours it from backcare's own marks (never from the text). */
export function writeOut(term: Terminal, text: string): void {
  const safe = paintMarks(safeText(text), term.color);
  term.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** A message of sentences on stdout, wrapped between words at the output's width, like writeOut otherwise. */
export function writeMessage(term: Terminal, text: string): void {
  writeOut(term, wrapLines(text, outputWidth(term)));
}

/** A message on stderr, made safe like everything printed (it may quote text from a file). */
export function writeErr(term: Terminal, text: string): void {
  term.stderr.write(paintMarks(safeText(text), false));
}
