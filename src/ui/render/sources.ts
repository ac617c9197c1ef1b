// The source registry as text, each source with what cites it.
import type { Citation } from '../../core/citations.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { disclaimerLines, sourceLine } from './common.js';
import { reviewCounts } from '../../core/review/review-line.js';

const KIND_LABEL: Record<Citation['kind'], string> = {
  remedy: 'remedies',
  'warning-sign': 'warning signs',
  condition: 'conditions',
  phase: 'phases',
  thermal: 'ice and heat',
  timeline: 'timelines',
  region: 'emergency numbers',
  omitted: 'claims left out',
  learn: 'learn topics',
};

export function renderSources(
  kb: KnowledgeBase,
  citations: Map<string, Citation[]>,
  style: Style,
  width: number,
): string {
  const c = reviewCounts(kb.review);
  const out: string[] = [
    style.strong(
      `Sources (${kb.sources.sources.length}), accessed as listed; knowledge base last checked ${kb.meta.lastReviewed}`,
    ),
    ...wrap(
      `Clinical review: ${c.signed} of ${c.entries} entries signed, ${c.unreviewed} not yet ` +
        `reviewed, ${c.changed} changed since signed, ${c.rejected} rejected (backcare kb review shows them).`,
      width,
    ),
    '',
  ];
  for (const source of kb.sources.sources) {
    out.push(...sourceLine(source, width, style));
    const details = [`${source.kind}, accessed ${source.accessed}`, source.note].filter(Boolean).join('. ');
    out.push(...wrap(details, width, '    ').map((line) => style.dim(line)));
    out.push(...wrap(`Cited by ${describeCitations(citations.get(source.id) ?? [])}`, width, '    '));
  }
  out.push(...disclaimerLines(kb, width, style));
  return out.join('\n');
}

function describeCitations(citations: Citation[]): string {
  if (citations.length === 0) return 'nothing yet';
  const byKind = new Map<Citation['kind'], string[]>();
  for (const c of citations) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.id]);
  return [...byKind].map(([kind, ids]) => `${KIND_LABEL[kind]}: ${ids.join(', ')}`).join('; ');
}
