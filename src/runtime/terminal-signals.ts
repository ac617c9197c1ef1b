// SIGTERM and SIGHUP for every command: put the terminal back (cooked mode,
// cursor shown; the alternate screen and title are left by the 'exit'
// handlers of ui/countdown/terminal.ts) and exit with 128 + the signal's
// number, as a shell reports a death by signal. Without this, a signal at a
// prompt, the menu or the timer's start key left the terminal raw with the
// cursor hidden.
//
// A command that must finish its own way first (the countdown records the
// session) claims the signals while it runs.

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGTERM: 15 } as const;
type HandledSignal = keyof typeof SIGNAL_NUMBERS;

import { processStdout } from './process-output.js';

const SHOW_CURSOR = '\x1b[?25h';

interface SignalState {
  installed: boolean;
  claims: number;
}

const current: SignalState = { installed: false, claims: 0 };

function state(): SignalState {
  return current;
}

/** The exit code for a death by this signal: 143 for SIGTERM, 129 for SIGHUP. */
function signalExitCode(signal: HandledSignal): number {
  return 128 + SIGNAL_NUMBERS[signal];
}

/** Installs the handlers once per process (main() does it). */
export function restoreTerminalOnSignals(): void {
  const s = state();
  if (s.installed) return;
  s.installed = true;
  for (const signal of Object.keys(SIGNAL_NUMBERS) as HandledSignal[]) {
    process.on(signal, () => {
      if (state().claims > 0) return;
      resetTerminal();
      process.exit(signalExitCode(signal));
    });
  }
}

/** While claimed, SIGTERM and SIGHUP are the caller's to handle (it must restore and exit itself). */
export function claimTerminatingSignals(): () => void {
  const s = state();
  s.claims += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    s.claims -= 1;
  };
}

/** Raw mode off and the cursor shown, on whichever ends are terminals; never throws (the terminal may be gone). */
function resetTerminal(): void {
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // A hung-up terminal cannot be reset; there is nothing left to restore.
  }
  try {
    if (processStdout.isTTY) processStdout.write(SHOW_CURSOR);
  } catch {
    // As above.
  }
}
