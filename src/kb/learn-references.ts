// Checks for the learn topics beyond their references (declared in the
// schema): a word typed after `backcare learn` must lead to one topic only,
// and a place offers one topic.
import type { KnowledgeBase } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';

export function findLearnProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (path: PathSegment[], message: string): void => {
    problems.push({ part: 'learn', path, message });
  };
  // Topic ids and keywords share one namespace: a word typed after `backcare learn` leads to one topic.
  const owner = new Map<string, string>(kb.learn.topics.map((topic) => [topic.id, topic.id]));
  kb.learn.topics.forEach((topic, i) =>
    topic.keywords.forEach((word, j) => {
      const taken = owner.get(word);
      if (taken !== undefined)
        add(
          ['topics', i, 'keywords', j],
          `"${word}" already leads to topic "${taken}"; a word can lead to one topic only`,
        );
      else owner.set(word, topic.id);
    }),
  );
  const offered = new Map<string, string>();
  kb.learn.topics.forEach((topic, i) =>
    topic.offeredFrom.forEach((place, j) => {
      const taken = offered.get(place);
      if (taken !== undefined)
        add(['topics', i, 'offeredFrom', j], `${place} already offers topic "${taken}"; one topic per place`);
      else offered.set(place, topic.id);
    }),
  );
  return problems;
}
