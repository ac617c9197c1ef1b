// One command line, read and run: the direct reading of the option tables for
// the everyday lines, commander (loaded only then) for help on errors, the menu,
// usage errors and anything the direct reading declines. main() and the
// in-process tests both come through here.
import { parseDirect, type DirectLine } from './direct-parse.js';
import { runCommand } from './run-command.js';
import { VERSION_OPTION, type GlobalOptions } from './global-options.js';
import { helpPage } from './help-page.js';
import type { Io } from './io.js';
import type { OutputStream } from '../runtime/process-output.js';
import type { CommandSpec } from './spec.js';
import { versionText } from './version.js';
import { wrapLines } from '../ui/wrap.js';
import { beforeRefusal } from './refused-line.js';

export interface LineSettings {
  /** The registry's PROGRAM (a test may add a command or an option). */
  readonly program: CommandSpec;
  /** Where options' environment variables (BACKCARE_KB, BACKCARE_REGION) are read. */
  readonly env: NodeJS.ProcessEnv;
  /** What a command runs with, for the global options given. */
  readonly io: (globals: GlobalOptions) => Io;
  /** Columns for help, asked each time help is printed. */
  readonly width: () => number;
  /** Help and the version go to stdout; usage errors to stderr (a terminal's width, if it is one). */
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** Runs `tokens` (the words after `backcare`); resolves to the exit code. */
export async function runLine(tokens: readonly string[], settings: LineSettings): Promise<number> {
  const direct = parseDirect(tokens, settings.program, settings.env);
  if (direct) return runDirect(direct, tokens, settings);
  const { runProgram } = await import('./run-program.js');
  return runProgram(tokens, settings);
}

async function runDirect(line: DirectLine, tokens: readonly string[], settings: LineSettings): Promise<number> {
  if (line.kind === 'run') {
    const load = line.spec.load ?? (() => Promise.reject(new Error(`no code for "${line.path}"`)));
    return runCommand(load, line.input, settings.io(line.globals as GlobalOptions));
  }
  if (line.kind === 'version') settings.stdout.write(versionText());
  else {
    const width = settings.width();
    const leading = line.path.length === 1 ? [VERSION_OPTION] : [];
    settings.stdout.write(wrapLines(helpPage(line.path, width, leading), width));
    await beforeRefusal(tokens, settings);
  }
  return 0;
}
