// Which entries of the base cite each source, for `backcare sources`.
import type { KnowledgeBase, Remedy } from '../kb/types.js';

/**
 * Every source a remedy cites: its own, its evidence grade's, its cautions', its disagreement's and its population
 * stances' reasons'.
 */
export function remedySourceIds(r: Remedy, kb: KnowledgeBase): string[] {
  const reasons = new Set(Object.values(r.populations).map((cell) => cell.why));
  const stanceSources = kb.remedies.populationReasons
    .filter((reason) => reasons.has(reason.id))
    .flatMap((reason) => reason.sources);
  return [
    ...new Set([
      ...r.sources,
      r.evidence.gradedBy,
      ...(r.disagreement?.sources ?? []),
      ...r.cautions.flatMap((c) => c.sources),
      ...stanceSources,
    ]),
  ];
}

export interface Citation {
  kind: 'remedy' | 'warning-sign' | 'condition' | 'phase' | 'thermal' | 'timeline' | 'region' | 'omitted' | 'learn';
  id: string;
}

export function citationsBySource(kb: KnowledgeBase): Map<string, Citation[]> {
  const bySource = new Map<string, Citation[]>(kb.sources.sources.map((s) => [s.id, []]));
  const cite = (kind: Citation['kind'], id: string, sourceIds: readonly string[]): void => {
    for (const sourceId of new Set(sourceIds)) bySource.get(sourceId)?.push({ kind, id });
  };
  for (const r of kb.remedies.remedies) {
    cite('remedy', r.id, remedySourceIds(r, kb));
  }
  for (const w of kb.warningSigns.warningSigns) cite('warning-sign', w.id, w.sources);
  for (const c of kb.conditions.conditions) cite('condition', c.id, c.sources);
  for (const p of kb.phases.phases) cite('phase', p.id, p.sources);
  for (const p of kb.thermal.protocols) cite('thermal', p.id, p.sources);
  cite('thermal', 'switch-to-heat', kb.thermal.switchToHeatAfter.sources);
  cite(
    'thermal',
    'checklist',
    kb.thermal.checklist.flatMap((c) => c.sources),
  );
  for (const t of [...kb.timelines.recovery, ...kb.timelines.followUp]) cite('timeline', t.id, t.sources);
  for (const r of kb.emergency.regions) cite('region', r.code, r.sources);
  for (const o of kb.omitted.omitted) cite('omitted', o.id, o.sources);
  for (const t of kb.learn.topics)
    cite(
      'learn',
      t.id,
      t.sections.flatMap((s) => s.sources ?? []),
    );
  return bySource;
}
