// What every command receives: the global options, the terminal, a style,
// and the knowledge base, opened lazily.
import type { KnowledgeBase } from '../kb/types.js';
import { openKnowledgeBase } from '../kb/source.js';
import { styleFor, type Style } from '../ui/style.js';
import { processTerminal, type Terminal } from '../runtime/term.js';
import type { GlobalOptions } from './global-options.js';

export type { GlobalOptions } from './global-options.js';

export interface Context {
  globals: GlobalOptions;
  term: Terminal;
  style: Style;
  kb: KnowledgeBase;
}

export async function createContext(globals: GlobalOptions, { json = false } = {}): Promise<Context> {
  const term = processTerminal(globals.color);
  const [kb, style] = await Promise.all([openKnowledgeBase(globals.kb), styleFor(term.color && !json)]);
  return { globals, term, style, kb };
}
