// The learn topics: finding one from what was typed, and resolving what its
// sections point to (remedies, warning signs, timeline entries) for display.
import type { FollowUp, KnowledgeBase, LearnSection, LearnTopic, RecoveryFact, WarningSign } from '../kb/types.js';
import { echoed } from './echo.js';
import { URGENCIES, type EvidenceLevel, type LearnPlace } from './vocabulary.js';
import type { Lookup } from './remedies.js';
import { closestId } from './suggest.js';
import { kbView } from './kb-views.js';

/** Shortest typed prefix that may stand for a whole id or keyword (`prev` for prevention). */
const MIN_PREFIX = 3;

/** The topic that `words` (as typed after `backcare learn`) names: its id, a keyword, or a unique prefix of one. */
export function findTopic(topics: readonly LearnTopic[], words: readonly string[]): Lookup<LearnTopic> {
  const query = normalise(words);
  const names = topicNames(topics);
  const exact = names.get(query);
  if (exact) return { ok: true, value: exact };
  const byPrefix = new Set(
    [...names].filter(([name]) => query.length >= MIN_PREFIX && name.startsWith(query)).map(([, topic]) => topic),
  );
  const [only] = byPrefix;
  if (byPrefix.size === 1 && only) return { ok: true, value: only };
  const close = closestId(query, [...names.keys()]);
  const several = [...byPrefix].map((t) => `"${t.id}"`).join(' or ');
  const hint = byPrefix.size > 1 ? `did you mean ${several}? ` : close ? `did you mean "${close}"? ` : '';
  return {
    ok: false,
    message: `unknown topic "${echoed(words.join(' '))}"; ${hint}run "backcare learn" to list the topics`,
  };
}

/** Every word that leads to a topic: ids first, then keywords. */
function topicNames(topics: readonly LearnTopic[]): Map<string, LearnTopic> {
  const names = new Map<string, LearnTopic>();
  for (const topic of topics) names.set(topic.id, topic);
  for (const topic of topics) for (const word of topic.keywords) if (!names.has(word)) names.set(word, topic);
  return names;
}

/** The topic that `place` (the end of an episode, a care-plan section) points to, if the base names one. */
export function topicOfferedAt(topics: readonly LearnTopic[], place: LearnPlace): LearnTopic | undefined {
  return topics.find((t) => t.offeredFrom.includes(place));
}

/** "How Long", "how long?" and "how-long" all become "how-long". */
function normalise(words: readonly string[]): string {
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface SectionView {
  heading: string;
  text: string | undefined;
  evidence: EvidenceLevel | undefined;
  sources: string[];
  remedies: { id: string; name: string }[];
  warningSigns: Pick<WarningSign, 'id' | 'urgency' | 'sign'>[];
  recovery: Pick<RecoveryFact, 'id' | 'statement' | 'evidence' | 'sources'>[];
  followUps: Pick<FollowUp, 'id' | 'after' | 'when' | 'advice' | 'urgency' | 'sources'>[];
}

export interface TopicView {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  sections: SectionView[];
  related: { id: string; title: string }[];
  /** Every source the topic cites, its sections and the timeline entries it shows. */
  sources: string[];
  /** True when a section names a sign that needs an ambulance: the emergency number must show. */
  hasEmergencySign: boolean;
}

export function topicView(kb: KnowledgeBase, topic: LearnTopic): TopicView {
  const sections = topic.sections.map((s) => sectionView(kb, s));
  const sources = new Set(
    sections.flatMap((s) => [
      ...s.sources,
      ...s.recovery.flatMap((r) => r.sources),
      ...s.followUps.flatMap((f) => f.sources),
    ]),
  );
  return {
    id: topic.id,
    title: topic.title,
    summary: topic.summary,
    keywords: topic.keywords,
    sections,
    related: pick(kb.learn.topics, topic.related).map((t) => ({ id: t.id, title: t.title })),
    sources: kbView(kb, 'sourcesInBrief')
      .filter((s) => sources.has(s.id))
      .map((s) => s.id),
    hasEmergencySign: sections.some((s) => s.warningSigns.some((w) => w.urgency === 'emergency')),
  };
}

function sectionView(kb: KnowledgeBase, section: LearnSection): SectionView {
  return {
    heading: section.heading,
    text: section.text,
    evidence: section.evidence,
    sources: section.sources ?? [],
    remedies: pick(kbView(kb, 'remedyNames'), section.remedies),
    warningSigns: pick(kbView(kb, 'warningSignsInBrief'), section.warningSigns)
      .sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency))
      .map((w) => ({ id: w.id, urgency: w.urgency, sign: w.sign })),
    recovery: pick(kb.timelines.recovery, section.recovery).map((r) => ({
      id: r.id,
      statement: r.statement,
      evidence: r.evidence,
      sources: r.sources,
    })),
    followUps: pick(kb.timelines.followUp, section.followUps).map((f) => ({
      id: f.id,
      after: f.after,
      when: f.when,
      advice: f.advice,
      urgency: f.urgency,
      sources: f.sources,
    })),
  };
}

/** The entries named by `ids`, in that order (the loader has checked that they exist). */
function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.flatMap((id) => items.filter((item) => item.id === id));
}
