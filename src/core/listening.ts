// Listening lines (a free line to talk to someone): offered when the answers
// say the person is struggling to cope, for their region, or every known line
// when the region is not known. Pure: the facts come in, the lines go out.
import type { AnswerValue } from './check/answers.js';
import { evaluate } from './check/conditions.js';
import type { KnowledgeBase } from '../kb/types.js';
import type { ResolvedRegion } from './region.js';

export interface ListeningLine {
  name: string;
  number: string;
  /** The region's name, so a list for an unknown region says where each line is. */
  where: string;
}

export interface ListeningOffer {
  text: string;
  lines: ListeningLine[];
}

export function listeningOffer(
  emergency: KnowledgeBase['emergency'],
  region: ResolvedRegion,
  facts: ReadonlyMap<string, AnswerValue>,
): ListeningOffer | undefined {
  const listening = emergency.listening;
  if (!listening || evaluate(listening.offerWhen, facts) !== true) return undefined;
  const regions = region.kind === 'known' ? [region.region] : emergency.regions;
  const byNumber = new Map<string, ListeningLine>();
  for (const r of regions) {
    if (!r.listeningLine) continue;
    const same = byNumber.get(r.listeningLine.number);
    if (same) same.where = `${same.where} and ${r.name}`;
    else
      byNumber.set(r.listeningLine.number, {
        name: r.listeningLine.name,
        number: r.listeningLine.number,
        where: r.name,
      });
  }
  const lines = [...byNumber.values()];
  return lines.length > 0 ? { text: listening.text, lines } : undefined;
}
