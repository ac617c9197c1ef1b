// Answers that disagree with each other: a question answered twice with
// different values, or a follow-up answered yes while its parent says it does
// not apply. Both are refused (exit 2), and the emergency check shown before
// the refusal uses the most cautious reading of what was given.
import type { Answers, AnswerValue } from '../../core/check/answers.js';
import { followUpConflicts, withImpliedParents } from '../../core/check/follow-ups.js';
import { isAtLeast, triage } from '../../core/check/triage.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { echoed } from '../../core/echo.js';
import type { CollectedAnswers } from './answers.js';

export function followUpProblems(kb: KnowledgeBase, collected: CollectedAnswers): string[] {
  return followUpConflicts(kb, collected.answers).map((c) => {
    const parents = c.parents
      .map((p) => {
        const source = echoed(collected.sources[p.id] ?? '');
        return `${p.id} is ${p.value === undefined ? 'not answered' : `"${echoed(String(p.value))}" (${source})`}`;
      })
      .join(' and ');
    const source = echoed(collected.sources[c.followUp] ?? '');
    const list = kb.questions.questions.find((q) => q.id === c.followUp)?.type === 'many';
    const why = list ? 'what is ticked on it changes the advice' : 'a yes to it is a warning sign';
    return (
      `${c.followUp} is answered "${echoed(String(c.value))}" (${source}), but it is a follow-up asked only ` +
      `when ${c.askedWhen}, and ${parents}; ${why}, so give answers that agree`
    );
  });
}

/**
 * The answers read the most cautious way: for each question answered
 * differently, the value that gives the highest level; each yes follow-up
 * counted, with its parent taken as the answer that asks it.
 */
export function mostCautious(kb: KnowledgeBase, collected: CollectedAnswers, now: Date): Answers {
  const answers: Record<string, AnswerValue> = { ...collected.answers };
  for (const conflict of collected.conflicts) {
    let best = answers[conflict.id];
    for (const { value } of conflict.given) {
      const level = (v: AnswerValue | undefined) =>
        triage(kb, withImpliedParents(kb, { ...answers, [conflict.id]: v ?? value }, true), now).level;
      if (best === undefined || (isAtLeast(level(value), level(best)) && level(value) !== level(best))) best = value;
    }
    if (best !== undefined) answers[conflict.id] = best;
  }
  return withImpliedParents(kb, answers, true);
}
