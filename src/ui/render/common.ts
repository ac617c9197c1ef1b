// Pieces every human-readable output shares.
import type { KnowledgeBase } from '../../kb/types.js';
import type { SourceInBrief } from '../../core/kb-views.js';
import { reviewLine } from '../../core/review/review-line.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';

/**
 * The plain statement of what backcare is, shown once at the end of every
 * output, and whether a clinician has reviewed the entries it shows (`shown`,
 * as kind:id keys; the whole base when not given).
 */
export function disclaimerLines(kb: KnowledgeBase, width: number, style: Style, shown?: readonly string[]): string[] {
  return [
    '',
    ...wrap(kb.meta.disclaimer, width).map((line) => style.dim(line)),
    ...wrap(
      `Knowledge base last checked ${kb.meta.lastReviewed} by ${kb.meta.reviewedBy}. ${reviewLine(kb.review, shown)}`,
      width,
    ).map((line) => style.dim(line)),
  ];
}

export function sourceLine(source: SourceInBrief, width: number, style: Style): string[] {
  const [first = '', ...rest] = wrap(
    `[${source.id}] ${source.publisher}: ${source.title}. ${source.url}`,
    width,
    '  ',
    '    ',
  );
  return [first.replace(`[${source.id}]`, style.id(`[${source.id}]`)), ...rest];
}
