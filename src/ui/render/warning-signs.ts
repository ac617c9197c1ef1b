// Warning signs as text: the emergency number first, then each level's signs.
import type { KnowledgeBase } from '../../kb/types.js';
import type { ResolvedRegion } from '../../core/region.js';
import type { UrgencyGroup } from '../../core/warning-signs.js';
import type { Urgency } from '../../core/vocabulary.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { entryKey } from '../../core/review/entries.js';
import { disclaimerLines } from './common.js';
import { emergencyCallLine, regionNote } from './emergency.js';

export const URGENCY_LABEL: Record<Urgency, string> = {
  emergency: 'EMERGENCY',
  urgent: 'URGENT',
  doctor_soon: 'SEE A DOCTOR SOON',
};

export function renderWarningSigns(
  kb: KnowledgeBase,
  groups: UrgencyGroup[],
  region: ResolvedRegion,
  style: Style,
  width: number,
): string {
  const out: string[] = wrap(emergencyCallLine(region), width).map((line) => style.urgency.emergency(line));
  out.push('');
  for (const group of groups) {
    out.push(
      ...wrap(`${URGENCY_LABEL[group.urgency]}: ${group.action}`, width).map((line) =>
        style.urgency[group.urgency](line),
      ),
    );
    for (const sign of group.signs) {
      out.push(...wrap(sign.sign, width, '  • ', '    '));
      out.push(...wrap(sign.concern, width, '    ').map((line) => style.dim(line)));
    }
    out.push('');
  }
  out.push(...wrap(regionNote(region), width).map((line) => style.dim(line)));
  const shown = [
    ...groups.flatMap((g) => [entryKey('level', g.urgency), ...g.signs.map((s) => entryKey('warning-sign', s.id))]),
    regionKey(region),
  ];
  out.push(...disclaimerLines(kb, width, style, shown));
  return out.join('\n');
}

function regionKey(region: ResolvedRegion): string {
  return entryKey('emergency-number', region.kind === 'known' ? region.region.code.toLowerCase() : 'fallback');
}
