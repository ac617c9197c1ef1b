// The command line as commander reads it: help, --version, the menu with no
// command, every usage error and its message, and any line the direct reading
// (direct-parse.ts) declines. Loaded only then, so commander stays off the
// start-up of the everyday commands.
import type { Command, CommanderError } from 'commander';
import { buildProgram } from './program.js';
import type { LineSettings } from './run-line.js';
import type { CommandSpec } from './spec.js';
import { exitCodeSoFar } from './run-command.js';
import { safeText } from '../runtime/safe-text.js';
import { echoed } from '../core/echo.js';
import { helpWidth, wrapLines } from '../ui/wrap.js';
import { withSuggestion } from './suggest-usage.js';
import { beforeRefusal } from './refused-line.js';
import { globalOptionsOnly } from './salvage-line.js';

/** Commander over every command, reporting usage errors on one line; resolves to the exit code. */
export async function runProgram(tokens: readonly string[], settings: LineSettings): Promise<number> {
  let returned: number | undefined;
  const program = buildProgram(settings.program, { ...settings, exit: (code) => (returned = code) });
  // Written after the command has had its say (check: an emergency among the answers comes first).
  const refusal: (() => void)[] = [];
  configureOutput(program, settings, refusal);
  try {
    // `backcare` alone, or with only the program's own options (`backcare --no-color`): the menu.
    const globals = globalOptionsOnly(tokens, settings.program);
    if (globals !== undefined) {
      const { run } = await import('./home.js');
      await run(program, tokens, globals.color === false ? false : undefined);
      return 0;
    }
    await program.parseAsync(helpForUnknownAsItsName(tokens, settings.program), { from: 'user' });
    return returned ?? exitCodeSoFar();
  } catch (error) {
    if (!isCommanderExit(error)) throw error;
    await beforeRefusal(tokens, settings);
    for (const write of refusal) write();
    return error.exitCode === 0 ? 0 : 2;
  }
}

/**
 * `help NAME...` naming a command that does not exist reads as the names alone, so the answer is the one-line
 * "unknown command" with its suggestion, not the whole help as an error.
 */
function helpForUnknownAsItsName(tokens: readonly string[], program: CommandSpec): readonly string[] {
  if (tokens[0] !== 'help' || tokens.length < 2) return tokens;
  let command = program;
  for (const name of tokens.slice(1)) {
    const sub = command.subcommands?.find((c) => c.name === name);
    if (!sub) return tokens.slice(1);
    command = sub;
  }
  return tokens;
}

/** Help, version and usage errors, which commander has already printed. */
function isCommanderExit(error: unknown): error is CommanderError {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** Commander exits by throwing; usage errors become exit code 2 and stay on one line. */
function configureOutput(program: Command, settings: LineSettings, refusal: (() => void)[]): void {
  const { stdout, stderr, width, env } = settings;
  const apply = (cmd: Command): void => {
    cmd.exitOverride((err: CommanderError) => {
      throw err;
    });
    // Help and usage messages wrap between words at the terminal's width (help at most 80 columns).
    const errWidth = (): number => (stderr.isTTY ? helpWidth(stderr.columns, env) : Number.POSITIVE_INFINITY);
    cmd.configureOutput({
      getOutHelpWidth: width,
      getErrHelpWidth: width,
      writeOut: (text) => stdout.write(wrapLines(text, width())),
      writeErr: (text) => stderr.write(wrapLines(text, errWidth())),
      outputError: (message, write) =>
        refusal.push(() =>
          write(
            safeText(
              `backcare: ${echoed(withSuggestion(oneLine(message.replace(/^error: /, '')), cmd), 300)} ` +
                `(see: ${helpHint(cmd)})\n`,
            ),
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
