// Warning signs grouped by how urgently they need care, most urgent first.
import type { KnowledgeBase, WarningSign } from '../kb/types.js';
import { URGENCIES, type Urgency } from './vocabulary.js';

export interface UrgencyGroup {
  urgency: Urgency;
  action: string;
  signs: WarningSign[];
}

export function groupWarningSigns(kb: KnowledgeBase): UrgencyGroup[] {
  return URGENCIES.map((urgency) => ({
    urgency,
    action: kb.warningSigns.levels[urgency],
    signs: kb.warningSigns.warningSigns.filter((s) => s.urgency === urgency),
  }));
}
