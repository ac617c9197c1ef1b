// What most commands need beside their options: the global options, the
// terminal, a style, and the knowledge base.
import type { KnowledgeBase } from '../kb/types.js';
import { openKnowledgeBase } from '../kb/source.js';
import { styleFor, type Style } from '../ui/style.js';
import type { Terminal } from '../runtime/term.js';
import type { GlobalOptions } from './global-options.js';

export type { GlobalOptions } from './global-options.js';

export interface Context {
  globals: GlobalOptions;
  term: Terminal;
  style: Style;
  kb: KnowledgeBase;
}

export async function openContext(globals: GlobalOptions, term: Terminal, { json = false } = {}): Promise<Context> {
  const [kb, style] = await Promise.all([openKnowledgeBase(globals.kb, term), styleFor(term.color && !json)]);
  return { globals, term, style, kb };
}
