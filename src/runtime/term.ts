// The terminal as the rest of the program sees it: streams, TTY-ness,
// colour policy and width. Everything that asks process.* about the
// terminal lives here, so commands can be handed a fake one in tests.
import { paintMarks } from './colour-marks.js';
import { safeText } from './safe-text.js';
import { wrapLines } from '../ui/wrap.js';

export interface Terminal {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdinIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  color: boolean;
}

export function processTerminal(colorFlag: boolean | undefined): Terminal {
  const stdoutIsTTY = process.stdout.isTTY === true;
  return {
    stdout: process.stdout,
    stderr: wrappingStderr(process.stderr),
    get stdinIsTTY() {
      return stdinIsTerminal();
    },
    env: process.env,
    color: wantsColor(process.env, colorFlag, stdoutIsTTY),
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

/**
 * Asked of the descriptor, not of process.stdin: making that stream loads Node's stream modules, a cost
 * for every command that never reads stdin. node:tty is loaded only when asked (Node 20.16 and later).
 */
function stdinIsTerminal(): boolean {
  const tty = process.getBuiltinModule?.('node:tty');
  return tty ? tty.isatty(0) : process.stdin.isTTY === true;
}

/**
 * no-color.org and clig.dev: NO_COLOR (non-empty), --no-color and TERM=dumb turn
 * colour off; FORCE_COLOR turns it on; otherwise colour only on a terminal.
 * chalk 5 ignores NO_COLOR on purpose, so the decision is made here.
 */
export function wantsColor(env: NodeJS.ProcessEnv, colorFlag: boolean | undefined, isTTY: boolean): boolean {
  if (colorFlag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

const RAW = new WeakMap<object, NodeJS.WritableStream>();

/** The stream under a wrapping stderr, for drawing a screen (escape sequences must not be wrapped). */
export function rawStream<S extends NodeJS.WritableStream>(stream: S): S {
  return (RAW.get(stream) as S | undefined) ?? stream;
}

/**
 * stderr that wraps each message between words at the terminal's width, so a
 * warning never breaks a word in two; anything but a terminal gets it as is.
 */
export function wrappingStderr<S extends NodeJS.WritableStream & { isTTY?: boolean; columns?: number }>(stream: S): S {
  if (stream.isTTY !== true) return stream;
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const wrapped = Object.create(stream) as S;
  RAW.set(wrapped, stream);
  wrapped.write = ((chunk: unknown, ...rest: unknown[]) =>
    write(
      typeof chunk === 'string' ? wrapLines(chunk, Math.max(20, stream.columns ?? 80)) : chunk,
      ...rest,
    )) as S['write'];
  return wrapped;
}

/** Text width to wrap at: the terminal's width, kept readable on very wide screens. */
export function outputWidth(term: Terminal): number {
  const columns = term.stdout.isTTY ? term.stdout.columns : undefined;
  const fromEnv = Number.parseInt(term.env.COLUMNS ?? '', 10);
  const width = columns ?? (Number.isFinite(fromEnv) ? fromEnv : 80);
  return Math.max(40, Math.min(width, 100));
}

/** Escapes the text, then colours it from backcare's own marks (never from the text). */
export function writeOut(term: Terminal, text: string): void {
  const safe = paintMarks(safeText(text), term.color);
  term.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}

/** A message on stderr, made safe like everything printed (it may quote text from a file). */
export function writeErr(term: Terminal, text: string): void {
  term.stderr.write(paintMarks(safeText(text), false));
}
