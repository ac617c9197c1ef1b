// Cross-reference checks for the learn topics: every source, remedy, warning
// sign, timeline entry and related topic they name must exist, and a word
// typed after `backcare learn` must lead to one topic only.
import type { KnowledgeBase } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { closestId } from '../core/suggest.js';

export function findLearnProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (path: PathSegment[], message: string): void => {
    problems.push({ part: 'learn', path, message });
  };
  const known = {
    source: new Set(kb.sources.sources.map((s) => s.id)),
    remedy: new Set(kb.remedies.remedies.map((r) => r.id)),
    'warning sign': new Set(kb.warningSigns.warningSigns.map((w) => w.id)),
    'recovery fact': new Set(kb.timelines.recovery.map((r) => r.id)),
    'follow-up': new Set(kb.timelines.followUp.map((f) => f.id)),
    topic: new Set(kb.learn.topics.map((t) => t.id)),
  };
  const refs = (path: PathSegment[], kind: keyof typeof known, ids: readonly string[]): void =>
    ids.forEach((id, i) => {
      if (known[kind].has(id)) return;
      const close = closestId(id, [...known[kind]]);
      add([...path, i], `unknown ${kind} id "${id}"${close ? ` (did you mean "${close}"?)` : ''}`);
    });

  const owner = new Map<string, string>();
  kb.learn.topics.forEach((topic, i) => {
    const at: PathSegment[] = ['topics', i];
    if (owner.has(topic.id)) add([...at, 'id'], `"${topic.id}" is already used by topic "${owner.get(topic.id)}"`);
    owner.set(topic.id, topic.id);
    refs([...at, 'related'], 'topic', topic.related);
    topic.sections.forEach((section, j) => {
      const s: PathSegment[] = [...at, 'sections', j];
      refs([...s, 'sources'], 'source', section.sources ?? []);
      refs([...s, 'remedies'], 'remedy', section.remedies);
      refs([...s, 'warningSigns'], 'warning sign', section.warningSigns);
      refs([...s, 'recovery'], 'recovery fact', section.recovery);
      refs([...s, 'followUps'], 'follow-up', section.followUps);
    });
  });
  kb.learn.topics.forEach((topic, i) =>
    topic.keywords.forEach((word, j) => {
      const taken = owner.get(word);
      if (taken !== undefined) add(['topics', i, 'keywords', j], `"${word}" already leads to topic "${taken}"; a word can lead to one topic only`);
      else owner.set(word, topic.id);
    }),
  );
  const offered = new Map<string, string>();
  kb.learn.topics.forEach((topic, i) =>
    topic.offeredFrom.forEach((place, j) => {
      const taken = offered.get(place);
      if (taken !== undefined) add(['topics', i, 'offeredFrom', j], `${place} already offers topic "${taken}"; one topic per place`);
      else offered.set(place, topic.id);
    }),
  );
  return problems;
}
