// The one place that turns a thrown error into a message and an exit code.
// Users never see a stack trace unless they ask for one with DEBUG=backcare.
import { EXIT, InstallationError, KnowledgeBaseError, StoreError, UsageError } from './errors.js';
import type { OutputStream } from './process-output.js';
import { safeText } from './safe-text.js';
import { helpWidth, wrapLines } from '../ui/wrap.js';

export function reportError(error: unknown, rawStderr: OutputStream, env: NodeJS.ProcessEnv): number {
  // Messages quote ids and values from files: print them safely.
  // On a terminal, wrapped between words at its width (the terminal would cut words in two).
  const width = rawStderr.isTTY ? helpWidth(rawStderr.columns, env) : Number.POSITIVE_INFINITY;
  const stderr = { write: (text: string) => rawStderr.write(wrapLines(safeText(text), width)) };
  // The prompt library's errors, from its own bundle, are known by name.
  const name = error instanceof Error ? error.name : '';
  if (name === 'ExitPromptError' || name === 'AbortPromptError') {
    // Ctrl-C at a prompt: the prompt library has already restored the terminal.
    // Say so, rather than leave the question on screen with a bare prompt under it.
    stderr.write('\nbackcare: stopped; nothing was saved\n');
    return EXIT.interrupted;
  }
  if (error instanceof UsageError) {
    stderr.write(`backcare: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof KnowledgeBaseError) {
    stderr.write(
      `${error.message}\nbackcare: the knowledge base has ${plural(error.total, 'problem')}; fix them and try ` +
        `again (backcare kb validate lists them)\n`,
    );
    return EXIT.usage;
  }
  if (error instanceof InstallationError || error instanceof StoreError) {
    stderr.write(`backcare: ${error.message}\n`);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(
    `backcare: unexpected error: ${message.split('\n')[0]} (please report it; DEBUG=backcare shows details)\n`,
  );
  if (env.DEBUG?.includes('backcare') && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
