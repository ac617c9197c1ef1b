// What happens when stdout or stderr cannot be written: the one place that
// handles it, for every command. A closed pipe (`backcare remedies | head -1`)
// ends quietly with exit 0, like a finished reader; a full disk or an I/O
// error is one line on stderr and exit 1. A failing stderr is never fatal.

import { processStderr, processStdout, type OutputStream } from './process-output.js';

const EXIT_OUTPUT_FAILED = 1;

/** A command that must not stop when its output goes (the timer: the pack is still on the skin). */
export interface OutputKeeper {
  /** Told once that stdout is gone; returns a note for the stderr line, e.g. what it does now. */
  outputGone(exitCode: number): string | undefined;
}

interface OutputState {
  installed: boolean;
  stdoutFailure: number | undefined;
  keepers: Set<OutputKeeper>;
}

const current: OutputState = { installed: false, stdoutFailure: undefined, keepers: new Set() };

function state(): OutputState {
  return current;
}

interface FailingOutput {
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

interface Streams {
  stdout: FailingOutput;
  stderr: OutputStream & FailingOutput;
  exit(code: number): void;
}

const processStreams = (): Streams => ({
  stdout: processStdout,
  stderr: processStderr,
  exit: (code) => process.exit(code),
});

/** Installs the handlers on the process's stdout and stderr; once per process. */
export function handleOutputErrors(streams: Streams = processStreams()): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  streams.stderr.on('error', () => {
    // Nowhere left to say anything; the exit code still tells.
  });
  streams.stdout.on('error', (error: NodeJS.ErrnoException) => stdoutFailed(error, streams));
}

function stdoutFailed(error: NodeJS.ErrnoException, streams: Streams): void {
  const s = state();
  if (s.stdoutFailure !== undefined) return;
  const closedPipe = error.code === 'EPIPE';
  const code = closedPipe ? 0 : EXIT_OUTPUT_FAILED;
  s.stdoutFailure = code;
  const notes = [...s.keepers].map((k) => k.outputGone(code)).filter((n): n is string => n !== undefined);
  const what = closedPipe ? 'the output was closed' : `cannot write the output: ${describeWriteError(error)}`;
  if (!closedPipe || notes.length > 0) safeWrite(streams.stderr, `backcare: ${[what, ...notes].join('; ')}\n`);
  if (s.keepers.size === 0) streams.exit(code);
}

/** While registered, a failing stdout does not end the process; the keeper decides. */
export function keepRunningWithoutOutput(keeper: OutputKeeper): () => void {
  state().keepers.add(keeper);
  return () => state().keepers.delete(keeper);
}

/** The exit code stdout's failure calls for, if it failed (0 for a closed pipe). */
export function outputFailureCode(): number | undefined {
  return state().stdoutFailure;
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') return 'no space left on the device (ENOSPC)';
  if (error.code === 'EIO') return 'input/output error (EIO)';
  return error.code ? `${error.code}` : (error.message.split('\n')[0] ?? 'unknown error');
}

function safeWrite(stream: OutputStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
}
