// The program's entry: the process-wide handlers, then the command line
// (cli/run-line.ts) with the real process's streams, environment and io.
import { processIo } from './cli/io.js';
import { PROGRAM } from './cli/registry.js';
import { runLine } from './cli/run-line.js';
import { handleOutputErrors } from './runtime/output-errors.js';
import { processStderr, processStdout } from './runtime/process-output.js';
import { handleSuspend } from './runtime/suspend.js';
import { restoreTerminalOnSignals } from './runtime/terminal-signals.js';
import { stopReadingStdin } from './runtime/term.js';
import { helpWidth } from './ui/wrap.js';

/** Help wraps at the terminal's width, at most 80 columns. */
const outWidth = (): number => helpWidth(processStdout.columns, process.env);

/** Whether stdout's or stderr's Node stream was made, which may still hold output (see src/launch/quick-exit.ts). */
export function outputStreamsMade(): boolean {
  return processStdout.streamMade || processStderr.streamMade;
}

export async function main(argv: string[]): Promise<number> {
  handleOutputErrors();
  restoreTerminalOnSignals();
  handleSuspend();
  try {
    return await runLine(argv.slice(2), {
      program: PROGRAM,
      env: process.env,
      io: processIo,
      width: outWidth,
      stdout: processStdout,
      stderr: processStderr,
    });
  } catch (error) {
    const { reportError } = await import('./runtime/report-error.js');
    return reportError(error, processStderr, process.env);
  } finally {
    stopReadingStdin();
  }
}
