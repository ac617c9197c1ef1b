// Follow-up questions (those with askIf) answered yes while their parent does
// not ask them. One policy for the whole class, driven by askIf alone:
// - parent missing: the yes counts, and the parent is taken to be the answer
//   that asks the follow-up (saddle-wipe-check=yes implies saddle-numbness is
//   unsure, so it resolves to yes);
// - parent given and contradicting it: a conflict, refused like two different
//   answers to one question, and the emergency check before the refusal counts
//   the yes the same way, so a warning sign is never silently ignored.
import type { KnowledgeBase, Question, RuleCondition } from '../../kb/types.js';
import type { Answers, AnswerValue } from './answers.js';
import { applicability } from './questionnaire.js';
import { answersTested, foldCondition } from './condition-tree.js';

export interface FollowUpConflict {
  followUp: string;
  value: AnswerValue;
  /** The parent answers askIf looks at, as given. */
  parents: { id: string; value: AnswerValue | undefined }[];
  /** askIf in words: "saddle-numbness is unsure". */
  askedWhen: string;
}

/** A yes, or a "not sure" that the question counts as yes: an answer that is a warning sign. */
function countsAsYes(question: Question, value: AnswerValue | undefined): boolean {
  return question.type === 'yes-no' && (value === 'yes' || (value === 'unsure' && question.unsure !== undefined));
}

function followUpsAnsweredYes(kb: KnowledgeBase, answers: Answers): Question[] {
  return kb.questions.questions.filter((q) => q.askIf !== undefined && countsAsYes(q, answers[q.id]));
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
export function withImpliedParents(kb: KnowledgeBase, answers: Answers, overrideGiven = false): Record<string, AnswerValue> {
  const result: Record<string, AnswerValue> = { ...answers };
  for (const question of followUpsAnsweredYes(kb, answers)) {
    const state = applicability(question, result);
    if (state === 'applies' || (state === 'skipped' && !overrideGiven)) continue;
    for (const [id, value] of impliedAnswers(question.askIf)) {
      if (result[id] === undefined || overrideGiven) result[id] = value;
    }
  }
  return result;
}

/**
 * Which answers make a simple askIf hold (one under any or not makes none);
 * "yes" preferred when it is one of them.
 */
function impliedAnswers(condition: RuleCondition | undefined): [string, AnswerValue][] {
  if (condition === undefined) return [];
  return foldCondition<[string, AnswerValue][]>(condition, {
    all: (children) => children.flat(),
    any: () => [],
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
      return `${t.answer} is answered`;
    },
  });
}
