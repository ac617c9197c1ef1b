// What a person sees: the pty's output rendered by a real terminal emulator
// (@xterm/headless), so a test can assert on the visible screen at a given
// size instead of on raw bytes that may have scrolled away.
import xterm from '@xterm/headless';
import { runInPty, type PtySession, type PtySize } from './pty.js';

export interface ScreenSession extends PtySession {
  size: PtySize;
  /** The rows visible right now, trailing spaces trimmed. */
  screen(): Promise<string[]>;
  /** Every row the terminal has, scrollback included. */
  allLines(): Promise<string[]>;
}

export function runOnScreen(
  args: string[],
  size: PtySize,
  env: Record<string, string | undefined> = {},
): ScreenSession {
  return onScreen(runInPty(args, env, size), size);
}

/** Any pty session, read through a terminal emulator of `size`. */
export function onScreen<S extends PtySession>(session: S, size: PtySize): S & ScreenSession {
  const term = new xterm.Terminal({ cols: size.cols, rows: size.rows, scrollback: 10_000, allowProposedApi: true });
  let fed = 0;
  const render = async (): Promise<void> => {
    const out = session.output();
    const chunk = out.slice(fed);
    fed = out.length;
    await new Promise<void>((resolve) => term.write(chunk, resolve));
  };
  const rows = (from: number, to: number): string[] => {
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let y = from; y < to; y++) lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
    return lines;
  };
  return {
    ...session,
    size,
    async screen() {
      await render();
      const top = term.buffer.active.viewportY;
      return rows(top, top + size.rows);
    },
    async allLines() {
      await render();
      return rows(0, term.buffer.active.length);
    },
  };
}

/** The screen as one string, for readable failure messages. */
export function show(lines: readonly string[]): string {
  return lines.map((l) => `|${l}`).join('\n');
}
