// The one place that turns a thrown error into a message and an exit code.
// Users never see a stack trace unless they ask for one with DEBUG=backcare.
import { CommanderError } from 'commander';
import { EXIT, UsageError } from './errors.js';
import { KnowledgeBaseError } from './kb/located-problem.js';
import { InstallationError } from './kb/source.js';

const QUIET_COMMANDER_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

export function reportError(error: unknown, stderr: NodeJS.WritableStream, env: NodeJS.ProcessEnv): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (through configureOutput).
    return QUIET_COMMANDER_CODES.has(error.code) ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError) {
    stderr.write(`backcare: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof KnowledgeBaseError) {
    stderr.write(`${error.message}\nbackcare: the knowledge base has ${plural(error.problems.length, 'problem')}; fix them and try again (backcare kb validate lists them)\n`);
    return EXIT.usage;
  }
  if (error instanceof InstallationError) {
    stderr.write(`backcare: ${error.message}\n`);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`backcare: unexpected error: ${message.split('\n')[0]} (please report it; DEBUG=backcare shows details)\n`);
  if (env.DEBUG?.includes('backcare') && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
