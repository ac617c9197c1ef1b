// The warning signs worth listing for one person: a sign is left out only when
// every rule that reaches it needs the answer to a question these answers
// skip (no pregnancy signs for someone not pregnant, no after-birth signs
// without a recent birth). A sign with any rule that could still fire stays.
import type { KnowledgeBase, RuleCondition, WarningSign } from '../../kb/types.js';
import type { Answers } from './answers.js';
import { applicability } from './questionnaire.js';
import { foldCondition } from './condition-tree.js';

/**
 * Answers a condition cannot hold without: all of them under `all`, those every branch shares under `any`, none under
 * `not`.
 */
function requiredAnswers(condition: RuleCondition): Set<string> {
  return foldCondition<Set<string>>(condition, {
    all: (children) => new Set(children.flatMap((set) => [...set])),
    any: ([first, ...rest]) => new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id)))),
    not: () => new Set(),
    test: (t) => new Set([t.answer]),
  });
}

export function signsThatCanApply<S extends Pick<WarningSign, 'id'>>(
  kb: KnowledgeBase,
  signs: readonly S[],
  answers: Answers,
): S[] {
  const skipped = new Set(
    kb.questions.questions.filter((q) => applicability(q, answers) === 'skipped').map((q) => q.id),
  );
  const possible = (condition: RuleCondition): boolean =>
    ![...requiredAnswers(condition)].some((id) => skipped.has(id));
  return signs.filter((sign) => {
    const rules = kb.rules.rules.filter((r) => r.warningSign === sign.id);
    return rules.length === 0 || rules.some((r) => possible(r.when));
  });
}
