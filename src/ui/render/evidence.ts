// How a remedy's evidence is labelled wherever it is offered: weak evidence,
// or advice that trials have not tested ("untested"), is said beside the name;
// moderate or high evidence needs no label.
import type { EvidenceLevel } from '../../core/vocabulary.js';

const LABELS: Partial<Record<EvidenceLevel, string>> = {
  low: 'weak evidence',
  'very-low': 'weak evidence',
  insufficient: 'weak evidence',
  convention: 'untested',
};

export function evidenceLabel(level: EvidenceLevel): string | undefined {
  return LABELS[level];
}
