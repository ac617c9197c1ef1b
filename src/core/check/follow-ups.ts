// Follow-up questions (those with askIf) answered yes while their parent does
// not ask them. One policy for the whole class, driven by askIf alone:
// - parent missing: the yes counts, and the parent is taken to be the answer
//   that asks the follow-up (saddle-wipe-check=yes implies saddle-numbness is
//   unsure, so it resolves to yes);
// - parent given and contradicting it: a conflict, refused like two different
//   answers to one question, and the emergency check before the refusal counts
//   the yes the same way, so a warning sign is never silently ignored.
// A list (a `many` question) asked only after a gate is such a follow-up: answered
// at all (even "none"), it implies its gate; with something ticked, a gate of
// "no" is a conflict, as a ticked condition changes the advice.
import type { KnowledgeBase, Question, RuleCondition } from '../../kb/types.js';
import type { Answers, AnswerValue } from './answers.js';
import { applicability } from './questionnaire.js';
import { answersTested, foldCondition } from './condition-tree.js';
import { OPERATORS, operatorsOf, testWords } from './operators.js';

export interface FollowUpConflict {
  followUp: string;
  value: AnswerValue;
  /** The parent answers askIf looks at, as given. */
  parents: { id: string; value: AnswerValue | undefined }[];
  /** askIf in words: "saddle-numbness is unsure". */
  askedWhen: string;
}

/**
 * An answer that must never be dropped: a yes, or a "not sure" that the question counts
 * as yes (a warning sign), or anything ticked on a list (a condition or a medicine).
 */
function countsAsYes(question: Question, value: AnswerValue | undefined): boolean {
  if (question.type === 'many') return Array.isArray(value) && value.length > 0;
  return question.type === 'yes-no' && (value === 'yes' || (value === 'unsure' && question.unsure !== undefined));
}

function followUpsAnsweredYes(kb: KnowledgeBase, answers: Answers): Question[] {
  return kb.questions.questions.filter((q) => q.askIf !== undefined && countsAsYes(q, answers[q.id]));
}

/**
 * Follow-ups whose answer implies their parent: a yes as above, or a list answered at all ("none" too, as the list was
 * shown).
 */
function followUpsImplyingParents(kb: KnowledgeBase, answers: Answers): Question[] {
  return kb.questions.questions.filter(
    (q) =>
      q.askIf !== undefined && (countsAsYes(q, answers[q.id]) || (q.type === 'many' && answers[q.id] !== undefined)),
  );
}

/** Follow-ups answered yes whose parent, as given, says they do not apply. */
export function followUpConflicts(kb: KnowledgeBase, answers: Answers): FollowUpConflict[] {
  return followUpsAnsweredYes(kb, answers)
    .filter((q) => applicability(q, answers) === 'skipped')
    .map((q) => ({
      followUp: q.id,
      value: answers[q.id] ?? 'yes',
      parents: answersTested(q.askIf).map((id) => ({ id, value: answers[id] })),
      askedWhen: describeCondition(q.askIf),
    }));
}

/**
 * The answers with each yes follow-up's parent set to what asks it: where the
 * parent is missing, or (with `overrideGiven`, for the emergency check before
 * a conflict is refused) where it contradicts the follow-up.
 */
export function withImpliedParents(
  kb: KnowledgeBase,
  answers: Answers,
  overrideGiven = false,
): Record<string, AnswerValue> {
  const result: Record<string, AnswerValue> = { ...answers };
  for (const question of followUpsImplyingParents(kb, answers)) {
    const state = applicability(question, result);
    // A list answered is the answer to its gate even where another branch of askIf asks it too.
    if ((state === 'applies' && question.type !== 'many') || (state === 'skipped' && !overrideGiven)) continue;
    for (const [id, value] of impliedAnswers(question.askIf)) {
      if (result[id] === undefined || (overrideGiven && state !== 'applies')) result[id] = value;
    }
  }
  return result;
}

/**
 * Which answers make a simple askIf hold ("yes" preferred when it is one of them); under `any`, its first branch that
 * can.
 */
function impliedAnswers(condition: RuleCondition | undefined): [string, AnswerValue][] {
  if (condition === undefined) return [];
  return foldCondition<[string, AnswerValue][]>(condition, {
    all: (children) => children.flat(),
    any: (children) => children.find((implied) => implied.length > 0) ?? [],
    not: () => [],
    test: (t) => {
      if (t.is !== undefined) return [[t.answer, t.is]];
      if (t.in !== undefined && t.in.length > 0) return [[t.answer, t.in.includes('yes') ? 'yes' : (t.in[0] ?? 'yes')]];
      return [];
    },
  });
}

function describeCondition(condition: RuleCondition | undefined): string {
  if (condition === undefined) return 'always';
  return foldCondition(condition, {
    all: (children) => children.join(' and '),
    any: (children) => children.join(' or '),
    not: (child) => `not (${child})`,
    test: (t) => {
      if (t.is !== undefined) return `${t.answer} is ${String(t.is)}`;
      if (t.in !== undefined) return `${t.answer} is ${t.in.join(' or ')}`;
      return operatorsOf(OPERATORS, t).length > 0 ? testWords(OPERATORS, t) : `${t.answer} is answered`;
    },
  });
}
