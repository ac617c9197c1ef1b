// Ctrl-Z (SIGTSTP) and fg (SIGCONT) for every command. Stopped, backcare
// leaves the terminal as the shell expects it: line mode with echo, the
// cursor shown, and (through the hooks of whoever changed more, such as the
// timer's full screen) everything else put back; then it stops for real, by
// raising SIGTSTP again with the default action. On continue it takes the
// terminal back as it was and lets the hooks redraw.

import { processStdout } from './process-output.js';

const SHOW_CURSOR = '\x1b[?25h';

export interface SuspendHooks {
  /** Put back what you changed in the terminal, before the process stops. */
  stop(): void;
  /** Take it again and redraw, after the process continues. */
  resume(): void;
}

interface SuspendState {
  installed: boolean;
  /** Between Ctrl-Z and the handling of fg: nothing may be drawn, the screen is the shell's. */
  stopped: boolean;
  hooks: Set<SuspendHooks>;
  wasRaw: boolean;
  wasReading: boolean;
}

const current: SuspendState = {
  installed: false,
  stopped: false,
  hooks: new Set(),
  wasRaw: false,
  wasReading: false,
};

function state(): SuspendState {
  return current;
}

/** Installs the SIGTSTP and SIGCONT handlers once per process (main() does it). */
export function handleSuspend(): void {
  const s = state();
  if (s.installed || process.platform === 'win32') return;
  s.installed = true;
  process.on('SIGTSTP', onStop);
  process.on('SIGCONT', onContinue);
}

/**
 * True from Ctrl-Z until fg has been handled. After fg, a timer that fell due while the process was
 * stopped can run before the SIGCONT handler takes the screen back; a drawing asks this first.
 */
export function isStopped(): boolean {
  return state().stopped;
}

/** While registered, `hooks` run at each stop and continue; call the result to unregister. */
export function onSuspend(hooks: SuspendHooks): () => void {
  state().hooks.add(hooks);
  return () => void state().hooks.delete(hooks);
}

function onStop(): void {
  const s = state();
  s.stopped = true;
  for (const hooks of s.hooks) quietly(() => hooks.stop());
  s.wasRaw = process.stdin.isTTY === true && process.stdin.isRaw === true;
  s.wasReading = process.stdin.readableFlowing === true;
  quietly(() => {
    if (s.wasRaw) process.stdin.setRawMode(false);
  });
  quietly(() => {
    if (processStdout.isTTY) processStdout.write(SHOW_CURSOR);
  });
  // Without a listener, SIGTSTP has its default action again: stop.
  process.off('SIGTSTP', onStop);
  process.kill(process.pid, 'SIGTSTP');
}

function onContinue(): void {
  const s = state();
  if (process.listeners('SIGTSTP').includes(onStop)) return; // a SIGCONT without a stop
  process.on('SIGTSTP', onStop);
  s.stopped = false;
  quietly(() => {
    if (s.wasRaw && process.stdin.isTTY) process.stdin.setRawMode(true);
  });
  for (const hooks of s.hooks) quietly(() => hooks.resume());
  // Ctrl-Z typed at a prompt reaches readline as a key: it stops the process
  // itself and, on continue, pauses its input for a 'SIGCONT' listener that
  // the prompt library does not have. Reading again keeps the question alive
  // (with nothing to read, the process would end as if the prompt were quit).
  setImmediate(() => {
    if (s.wasReading && process.stdin.readableFlowing === false) quietly(() => process.stdin.resume());
  });
}

/** The terminal may be gone (a hang-up while stopped): nothing to restore then. */
function quietly(action: () => void): void {
  try {
    action();
  } catch {
    // As above.
  }
}
