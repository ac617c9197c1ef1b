// Every entry of a knowledge base that a person can be shown, or that decides
// what they are shown, as one flat list a clinician can review and sign.
// An entry's content is its object as loaded, whole, so a field added to a
// part later (a short form of a question, a stance for a group) is covered
// by its hash without any change here.
import type { KnowledgeBase, LearnSection } from '../../kb/types.js';
import type { CareLevel, EntryKind } from '../vocabulary.js';

export interface ReviewEntry {
  kind: EntryKind;
  id: string;
  content: unknown;
  /** The care level it leads to or belongs to, where it has one. */
  level?: CareLevel;
  /** How the remedy is regarded (recommended, option, …), for remedies and medicines. */
  stance?: string;
  sources: string[];
}

export const entryKey = (kind: string, id: string): string => `${kind}:${id}`;

export const remedyKey = (r: { id: string; category: string }): string =>
  entryKey(r.category === 'medicine' ? 'medicine' : 'remedy', r.id);

/** A learn topic and each of its sections, as entry keys. */
export function learnKeys(topic: { id: string; sections: readonly { heading: string }[] }): string[] {
  const ids = uniqueSlugs(topic.sections.map((s) => slug(s.heading)));
  return [entryKey('learn-topic', topic.id), ...ids.map((id) => entryKey('learn-section', `${topic.id}/${id}`))];
}

export function reviewEntries(kb: KnowledgeBase): ReviewEntry[] {
  return [
    ...levelEntries(kb),
    ...kb.rules.rules.map(
      (r): ReviewEntry => ({ kind: 'rule', id: r.id, content: r, level: r.level, sources: r.sources }),
    ),
    ...kb.warningSigns.warningSigns.map(
      (w): ReviewEntry => ({ kind: 'warning-sign', id: w.id, content: w, level: w.urgency, sources: w.sources }),
    ),
    ...kb.questions.questions.map((q): ReviewEntry => ({ kind: 'question', id: q.id, content: q, sources: q.sources })),
    ...emergencyEntries(kb),
    ...kb.remedies.remedies.map(
      (r): ReviewEntry => ({
        kind: r.category === 'medicine' ? 'medicine' : 'remedy',
        id: r.id,
        content: r,
        stance: r.stance,
        sources: r.sources,
      }),
    ),
    ...withUniqueIds(
      kb.rules.conditionRules.map((c) => ({
        kind: 'condition-rule' as const,
        id: c.condition,
        content: c,
        sources: c.sources,
      })),
    ),
    ...thermalEntries(kb),
    ...kb.timelines.followUp.map(
      (f): ReviewEntry => ({ kind: 'follow-up', id: f.id, content: f, level: f.urgency, sources: f.sources }),
    ),
    ...kb.timelines.recovery.map(
      (f): ReviewEntry => ({ kind: 'recovery-fact', id: f.id, content: f, sources: f.sources }),
    ),
    ...kb.phases.phases.map((p): ReviewEntry => ({ kind: 'phase', id: p.id, content: p, sources: p.sources })),
    ...kb.routines.routines.map((r): ReviewEntry => ({ kind: 'routine', id: r.id, content: r, sources: r.sources })),
    ...kb.conditions.conditions.map(
      (c): ReviewEntry => ({ kind: 'condition', id: c.id, content: c, sources: c.sources }),
    ),
    ...learnEntries(kb),
    ...kb.omitted.omitted.map(
      (o): ReviewEntry => ({ kind: 'omitted-claim', id: o.id, content: o, sources: o.sources }),
    ),
    { kind: 'meta', id: 'disclaimer', content: { disclaimer: kb.meta.disclaimer, scope: kb.meta.scope }, sources: [] },
  ];
}

function levelEntries(kb: KnowledgeBase): ReviewEntry[] {
  return (Object.keys(kb.rules.levels) as CareLevel[]).map((level) => ({
    kind: 'level',
    id: level,
    level,
    content: {
      check: kb.rules.levels[level],
      warningSigns: level === 'self_care' ? null : kb.warningSigns.levels[level],
    },
    sources: [],
  }));
}

function emergencyEntries(kb: KnowledgeBase): ReviewEntry[] {
  const regions = kb.emergency.regions.map(
    (r): ReviewEntry => ({
      kind: 'emergency-number',
      id: r.code.toLowerCase(),
      content: r,
      level: 'emergency',
      sources: r.sources,
    }),
  );
  return [
    ...regions,
    { kind: 'emergency-number', id: 'fallback', content: kb.emergency.fallback, level: 'emergency', sources: [] },
  ];
}

function thermalEntries(kb: KnowledgeBase): ReviewEntry[] {
  const { protocols, switchToHeatAfter, checklist } = kb.thermal;
  return [
    ...protocols.map((p): ReviewEntry => ({ kind: 'thermal', id: p.id, content: p, sources: p.sources })),
    { kind: 'thermal', id: 'switch-to-heat', content: switchToHeatAfter, sources: switchToHeatAfter.sources },
    {
      kind: 'thermal',
      id: 'checklist',
      content: checklist,
      sources: [...new Set(checklist.flatMap((c) => c.sources))],
    },
  ];
}

function learnEntries(kb: KnowledgeBase): ReviewEntry[] {
  return kb.learn.topics.flatMap((topic) => {
    const { sections, ...about } = topic;
    const ids = uniqueSlugs(sections.map((s) => slug(s.heading)));
    return [
      { kind: 'learn-topic' as const, id: topic.id, content: about, sources: [] },
      ...sections.map(
        (s: LearnSection, i): ReviewEntry => ({
          kind: 'learn-section',
          id: `${topic.id}/${ids[i] as string}`,
          content: s,
          sources: s.sources ?? [],
        }),
      ),
    ];
  });
}

/** Ids from headings: lowercase words joined by hyphens, at most six words. */
function slug(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? ['section'];
  return words.slice(0, 6).join('-');
}

function uniqueSlugs(slugs: string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((s) => {
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    return n === 1 ? s : `${s}-${n}`;
  });
}

function withUniqueIds(entries: ReviewEntry[]): ReviewEntry[] {
  const ids = uniqueSlugs(entries.map((e) => e.id));
  return entries.map((e, i) => ({ ...e, id: ids[i] as string }));
}
