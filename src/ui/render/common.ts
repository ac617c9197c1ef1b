// Pieces every human-readable output shares.
import type { KnowledgeBase, Source } from '../../core/kb/types.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';

/** The plain statement of what backcare is, shown once at the end of every output. */
export function disclaimerLines(kb: KnowledgeBase, width: number, style: Style): string[] {
  return [
    '',
    ...wrap(kb.meta.disclaimer, width).map((line) => style.dim(line)),
    ...wrap(`Knowledge base reviewed ${kb.meta.lastReviewed} by ${kb.meta.reviewedBy}.`, width).map((line) => style.dim(line)),
  ];
}

export function sourceLine(source: Source, width: number, style: Style): string[] {
  const [first = '', ...rest] = wrap(`[${source.id}] ${source.publisher}: ${source.title}. ${source.url}`, width, '  ', '    ');
  return [first.replace(`[${source.id}]`, style.id(`[${source.id}]`)), ...rest];
}
