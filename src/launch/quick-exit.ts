// Ending the process as soon as a command is done. Left to itself, Node turns
// its event loop once more before it exits; V8 spends that turn on a
// young-generation collection it scheduled while the command ran (every check
// traced on Node 24 ended this way, some on Node 20), and Node then tears the
// heap down: a few per cent of a start, for nothing. process.exit() skips
// both, but it would also cut short anything still under way, so it is used
// only when nothing is. 'exit' listeners (the terminal's restore) run either
// way.
//
// Output written straight to its descriptor (src/runtime/process-output.ts) is
// out by the time the command returns, and a failed write is reported on a
// tick queued before the one that checks here. Node's own stdout and stderr
// streams may still hold output, or report a failure some ticks later, so a
// command that made one (a prompt, the countdown) ends as Node ends it.

/** Handles a finished command leaves open without anything waiting on them: the terminal and piped standard streams. */
const STANDARD_STREAM_HANDLES: ReadonlySet<string> = new Set(['TTYWrap', 'PipeWrap']);

export interface FinishingProcess {
  /** Node's list of the handles and requests that keep its event loop alive. */
  getActiveResourcesInfo(): string[];
  nextTick(callback: () => void): void;
  /** Ends the process with its exit code as set. */
  exit(): void;
}

/**
 * Ends the process once the callbacks already queued have run, if no output stream was made and nothing but the
 * standard streams is open then; otherwise leaves Node to end it as usual.
 */
export function exitWhenIdle(proc: FinishingProcess, outputStreamsMade: () => boolean): void {
  proc.nextTick(() => {
    const open = proc.getActiveResourcesInfo();
    if (!outputStreamsMade() && open.every((resource) => STANDARD_STREAM_HANDLES.has(resource))) proc.exit();
  });
}
