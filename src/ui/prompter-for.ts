// Which prompter a command asks with: numbered plain text for screen readers
// (--accessible, BACKCARE_ACCESSIBLE, TERM=dumb), else the prompt library's.
// Both load only when a question is about to be asked.
import { accessibleWanted } from './accessible.js';
import type { Prompter } from './prompter.js';
import type { Terminal } from '../runtime/term.js';

export async function prompterFor(term: Terminal, flags: { accessible?: boolean }): Promise<Prompter> {
  if (accessibleWanted(flags, term.env) || term.env.TERM === 'dumb') {
    const { accessiblePrompter } = await import('./accessible-prompter.js');
    return accessiblePrompter(process.stdin, term.stdout);
  }
  const { inquirerPrompter } = await import('./prompter.js');
  return inquirerPrompter();
}
