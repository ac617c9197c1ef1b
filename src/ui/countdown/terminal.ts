// The terminal side of the countdown: escape sequences, raw-mode keys, and
// the guard that puts the terminal back on every way out (finish, q, Ctrl-C,
// SIGTERM, an exception, or process exit as a last resort), and on Ctrl-Z.
import { onSuspend } from '../../runtime/suspend.js';

export const ESC = {
  hideCursor: '\x1b[?25l',
  showCursor: '\x1b[?25h',
  altScreenOn: '\x1b[?1049h',
  altScreenOff: '\x1b[?1049l',
  home: '\x1b[H',
  clearLine: '\x1b[K',
  clearBelow: '\x1b[J',
  clearScreen: '\x1b[2J',
  /** xterm's title stack: save the current title, and put it back. */
  pushTitle: '\x1b[22;0t',
  popTitle: '\x1b[23;0t',
  bell: '\x07',
} as const;

/** OSC 2: the window (and tmux pane) title. Control characters are removed. */
export function titleSequence(text: string): string {
  return `\x1b]2;${clean(text)}\x07`;
}

/** OSC 9 (iTerm2, WezTerm, Windows Terminal) and OSC 777 (VTE, foot, rxvt) desktop notifications. */
export function notificationSequences(title: string, body: string, env: NodeJS.ProcessEnv): string {
  const osc777 = `\x1b]777;notify;${clean(title).replace(/;/g, ',')};${clean(body).replace(/;/g, ',')}\x07`;
  const sequences = `\x1b]9;${clean(`${title}: ${body}`)}\x07${osc777}`;
  // Inside tmux these only reach the outer terminal through passthrough (tmux's allow-passthrough).
  return env.TMUX ? `\x1bPtmux;${sequences.replace(/\x1b/g, '\x1b\x1b')}\x1b\\` : sequences;
}

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f]/g, ' ');
}

export type Key = 'toggle' | 'skip' | 'quit' | 'help' | 'interrupt' | 'suspend' | 'start';

/** Keys in raw mode, one action per recognised byte; escape sequences (arrows, F-keys, paste) are ignored. */
export function decodeKeys(chunk: string): Key[] {
  if (chunk.startsWith('\x1b')) return [];
  const keys: Key[] = [];
  for (const ch of chunk) {
    if (ch === '\x03') keys.push('interrupt');
    else if (ch === '\x1a') keys.push('suspend');
    else if (ch === ' ' || ch === 'p' || ch === 'P') keys.push('toggle');
    else if (ch === 's' || ch === 'S') keys.push('skip');
    else if (ch === 'q' || ch === 'Q') keys.push('quit');
    else if (ch === '?' || ch === 'h' || ch === 'H') keys.push('help');
    else if (ch === '\r' || ch === '\n') keys.push('start');
  }
  return keys;
}

export interface KeyInput {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume(): unknown;
  pause(): unknown;
}

export interface TerminalGuard {
  /** Puts the terminal back; safe to call any number of times. */
  restore(): void;
}

interface GuardOptions {
  input?: KeyInput;
  output?: NodeJS.WritableStream;
  /** Full-screen mode: alternate screen and hidden cursor. */
  screen: boolean;
  /** The countdown sets the window title: save it now and put it back after. */
  title: boolean;
}

/**
 * Takes over the terminal (raw-mode input, and for the full screen the
 * alternate screen with a hidden cursor) and registers the restore on
 * process exit as a last resort.
 */
export function guardTerminal({ input, output, screen, title }: GuardOptions): TerminalGuard {
  let restored = false;
  let raw = false;
  if (input?.isTTY && input.setRawMode) {
    input.setRawMode(true);
    raw = true;
  }
  if (output) output.write((title ? ESC.pushTitle : '') + (screen ? ESC.altScreenOn + ESC.hideCursor : ''));
  // Ctrl-Z: the shell gets its own screen back while stopped; after fg the full screen is drawn
  // again from scratch ('resize' makes the presenter redraw everything; the size may have changed too).
  const stopHooks =
    screen && output
      ? onSuspend({
          stop: () => output.write(ESC.altScreenOff + ESC.showCursor),
          resume: () => {
            output.write(ESC.altScreenOn + ESC.hideCursor);
            output.emit('resize');
          },
        })
      : undefined;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    stopHooks?.();
    process.off('exit', restore);
    if (raw && input?.setRawMode) {
      try {
        input.setRawMode(false);
      } catch {
        // The terminal is already gone (SIGHUP); nothing to restore.
      }
    }
    input?.pause();
    try {
      if (output) output.write((screen ? ESC.altScreenOff + ESC.showCursor : '') + (title ? ESC.popTitle : ''));
    } catch {
      // The output is broken (the cause of an error being reported); restoring must not hide that error.
    }
  };
  // Process-wide: however the process ends (an error, process.exit), the terminal is given back.
  process.on('exit', restore);
  return { restore };
}

/** Where the bell, title and notification sequences go: a terminal, never a pipe or file. */
export function terminalStream<S extends NodeJS.WritableStream & { isTTY?: boolean }>(
  stdout: S,
  stderr: S,
): S | undefined {
  if (stdout.isTTY) return stdout;
  if (stderr.isTTY) return stderr;
  return undefined;
}

/** Can the terminal draw block characters? Assume UTF-8 unless the locale says otherwise. */
export function unicodeTerminal(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'linux') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return locale === '' || /utf-?8/i.test(locale);
}
