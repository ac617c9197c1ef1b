// Runs the built binary in a real pseudo-terminal, for the few tests that need
// a person's terminal: prompts, raw keys, Ctrl-C and the cursor.
import { spawn, type IPty } from '@lydell/node-pty';
import { BIN, cleanEnv, NODE, ROOT } from './run-cli.js';

export interface PtySession {
  /** Everything the program has written so far, escape codes included. */
  output(): string;
  write(data: string): void;
  /** The process the pty runs (backcare itself with runInPty), for sending it signals. */
  processId: number;
  /** Resolves once the output matches, or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp | string, timeoutMs?: number): Promise<void>;
  exit: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
}

export interface PtySize {
  cols: number;
  rows: number;
}

export function runInPty(
  args: string[],
  env: Record<string, string | undefined> = {},
  size: PtySize = { cols: 100, rows: 30 },
): PtySession {
  return runInPtyCommand(NODE, [BIN, ...args], env, size);
}

function runInPtyCommand(
  file: string,
  args: string[],
  env: Record<string, string | undefined>,
  size: PtySize = { cols: 100, rows: 30 },
): PtySession {
  const clean = cleanEnv({ CI: undefined, TERM: 'xterm-256color', ...env });
  const child: IPty = spawn(file, args, {
    // node-pty sets TERM from `name`, so a test's TERM (e.g. dumb) must go here too.
    name: clean.TERM ?? 'xterm-256color',
    cols: size.cols,
    rows: size.rows,
    cwd: ROOT,
    env: Object.fromEntries(Object.entries(clean).filter((e): e is [string, string] => e[1] !== undefined)),
  });
  let out = '';
  const listeners = new Set<() => void>();
  child.onData((data) => {
    out += data;
    for (const l of listeners) l();
  });
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(resolve));
  return {
    output: () => out,
    write: (data) => child.write(data),
    kill: () => child.kill(),
    processId: child.pid,
    exit,
    waitFor(pattern, timeoutMs = 8000) {
      const matches = (): boolean => (typeof pattern === 'string' ? out.includes(pattern) : pattern.test(out));
      return new Promise((resolve, reject) => {
        if (matches()) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${out.slice(-2000)}`));
        }, timeoutMs);
        const check = (): void => {
          if (!matches()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
      });
    },
  };
}

/**
 * Runs backcare inside `sh` in a real pseudo-terminal, so a test can signal
 * the backcare process itself (`pid()`) and read the terminal's state after it
 * ended: the shell prints `exit=N` and then `stty -a`, and stays until killed.
 */
/** An interactive bash with job control (Ctrl-Z, fg), as a person's terminal has; `command` is typed into it. */
export function runInteractiveShell(
  env: Record<string, string | undefined> = {},
  size: PtySize = { cols: 100, rows: 30 },
): PtySession & { type(command: string): void } {
  const session = runInPtyCommand('bash', ['--norc', '--noprofile', '-i'], { PS1: '$ ', ...env }, size);
  const bin = (args: string) => `'${NODE}' '${BIN}' ${args}`;
  return { ...session, type: (command) => session.write(`${command.replace(/^backcare /, `${bin('')}`)}\r`) };
}

export function runInPtyShell(
  args: string[],
  env: Record<string, string | undefined> = {},
): PtySession & { pid(): Promise<number> } {
  const quoted = [NODE, BIN, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const session = runInPtyCommand(
    '/bin/sh',
    // The shell then waits for a line rather than exit: when the last process holding the terminal
    // ends, what it wrote last may never reach the reader (stty's output went missing that way).
    ['-c', `${quoted} </dev/tty & echo "pid=$!"; wait $!; echo "exit=$?"; stty -a; read -r _`],
    env,
  );
  return {
    ...session,
    async pid() {
      await session.waitFor(/pid=\d+/);
      return Number(/pid=(\d+)/.exec(session.output())?.[1]);
    },
  };
}

/** Escape sequences the tests look for in what backcare writes to the terminal. */
export const CURSOR_SHOW = '\u001b[?25h';
export const CURSOR_HIDE = '\u001b[?25l';
export const ALT_SCREEN_ON = '\u001b[?1049h';
export const ALT_SCREEN_OFF = '\u001b[?1049l';
