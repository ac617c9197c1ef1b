// The program's entry: the process-wide handlers, the program built from the
// command specs (src/cli/registry.ts), and the exit-code policy.
import type { Command, CommanderError } from 'commander';
import type { Loaders } from './cli/build-program.js';
import { buildProgram as build, type ProgramSettings } from './cli/program.js';
import { handleOutputErrors } from './runtime/output-errors.js';
import { safeText } from './runtime/safe-text.js';
import { handleSuspend } from './runtime/suspend.js';
import { echoed } from './core/echo.js';
import { helpWidth, wrapLines } from './ui/wrap.js';
import { restoreTerminalOnSignals } from './runtime/terminal-signals.js';
import { withSuggestion } from './cli/suggest-usage.js';
// The light listing commands and `log` (which must start fast) ship inside this bundle:
// loading another file costs more than parsing them.
import * as log from './commands/log/run.js';
import * as remedies from './commands/remedies/run.js';
import * as sources from './commands/sources/run.js';
import * as warningSigns from './commands/warning-signs/run.js';

const IN_THIS_BUNDLE: Loaders = {
  log: async () => log,
  remedies: async () => remedies,
  sources: async () => sources,
  'warning-signs': async () => warningSigns,
};

/** Help wraps at the terminal's width, at most 80 columns. */
const outWidth = (): number => helpWidth(process.stdout.isTTY ? process.stdout.columns : undefined, process.env);

/** The program main runs: every command, the light ones from this bundle. */
export function buildProgram(settings: ProgramSettings = {}): Command {
  return build({ width: outWidth, loaded: IN_THIS_BUNDLE, ...settings });
}

export async function main(argv: string[]): Promise<number> {
  handleOutputErrors();
  restoreTerminalOnSignals();
  handleSuspend();
  let returned: number | undefined;
  const program = buildProgram({ exit: (code) => (returned = code) });
  configureErrors(program);
  try {
    if (argv.length <= 2) {
      const { run } = await import('./cli/home.js');
      await run(program);
      return 0;
    }
    await program.parseAsync(argv);
    return returned ?? (typeof process.exitCode === 'number' ? process.exitCode : 0);
  } catch (error) {
    if (isCommanderExit(error)) return error.exitCode === 0 ? 0 : 2;
    const { reportError } = await import('./runtime/report-error.js');
    return reportError(error, process.stderr, process.env);
  }
}

/** Help, version and usage errors, which commander has already printed. */
function isCommanderExit(error: unknown): error is CommanderError {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** Commander exits by throwing; usage errors become exit code 2 and stay on one line. */
function configureErrors(program: Command): void {
  const apply = (cmd: Command): void => {
    cmd.exitOverride((err: CommanderError) => {
      throw err;
    });
    // Help and usage messages wrap between words at the terminal's width (help at most 80 columns).
    const errWidth = (): number =>
      process.stderr.isTTY ? helpWidth(process.stderr.columns, process.env) : Number.POSITIVE_INFINITY;
    cmd.configureOutput({
      getOutHelpWidth: outWidth,
      getErrHelpWidth: outWidth,
      writeOut: (text) => process.stdout.write(wrapLines(text, outWidth())),
      writeErr: (text) => process.stderr.write(wrapLines(text, errWidth())),
      outputError: (message, write) =>
        write(
          safeText(
            `backcare: ${echoed(withSuggestion(oneLine(message.replace(/^error: /, '')), cmd), 300)} ` +
              `(see: ${helpHint(cmd)})\n`,
          ),
        ),
    });
    cmd.commands.forEach(apply);
  };
  apply(program);
}

function helpHint(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return `${names.join(' ')} --help`;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
