// Cross-reference checks for the questionnaire and the rules: every answer a
// rule tests must exist, and every value it compares with must be possible.
import type { AnswerTest, KnowledgeBase, Question, RuleCondition } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { DERIVED_FACTS, YES_NO_VALUES } from '../core/vocabulary.js';
import { closestId } from '../core/suggest.js';
import { answerTests } from '../core/check/condition-tree.js';
import { OPERATORS, operatorsFor, operatorsOf } from '../core/check/operators.js';
import type { AnswerTestOf, OperatorTable } from '../core/check/operators.js';

export function findCheckProblems(kb: KnowledgeBase, conditionIds: Set<string>): KbProblem[] {
  const problems: KbProblem[] = [];
  const questions = new Map<string, Question>();
  const sections = new Set(kb.questions.sections.map((s) => s.id));
  const add = (part: string, path: PathSegment[], message: string): void => {
    problems.push({ part, path, message });
  };

  kb.questions.questions.forEach((q, i) => {
    if (!questions.has(q.id)) questions.set(q.id, q);
    if (!sections.has(q.section))
      add('questions', ['questions', i, 'section'], `section "${q.section}" is not listed under sections`);
  });

  const checkCondition = (part: string, path: PathSegment[], condition: RuleCondition): void => {
    for (const { test, path: at } of answerTests(condition)) {
      const message = testProblem(test, questions.get(test.answer), kb, conditionIds, questions);
      if (message) add(part, [...path, ...at], message);
    }
  };

  problems.push(...roleProblems(kb));
  kb.questions.questions.forEach((q, i) => {
    if (q.askIf) checkCondition('questions', ['questions', i, 'askIf'], q.askIf);
    if (q.unsure && 'followUp' in q.unsure) {
      const follow = questions.get(q.unsure.followUp);
      if (follow && follow.type !== 'yes-no')
        add(
          'questions',
          ['questions', i, 'unsure', 'followUp'],
          `follow-up "${q.unsure.followUp}" must be a yes-no question`,
        );
    }
  });
  if (kb.questions.childWording) checkCondition('questions', ['childWording'], kb.questions.childWording);
  kb.rules.rules.forEach((r, i) => checkCondition('rules', ['rules', i, 'when'], r.when));
  kb.timelines.followUp.forEach((f, i) => {
    if (f.appliesIf) checkCondition('timelines', ['followUp', i, 'appliesIf'], f.appliesIf);
  });
  kb.rules.conditionRules.forEach((r, i) => checkCondition('rules', ['conditionRules', i, 'when'], r.when));
  return problems;
}

function testProblem(
  test: AnswerTest,
  question: Question | undefined,
  kb: KnowledgeBase,
  conditionIds: Set<string>,
  questions: Map<string, Question>,
): string | undefined {
  const derived = (DERIVED_FACTS as readonly string[]).includes(test.answer);
  if (!question && !derived) {
    return `unknown question id "${test.answer}"${hint(test.answer, new Set([...questions.keys(), ...DERIVED_FACTS]))}`;
  }
  if (derived && !kb.questions.questions.some((q) => q.role === 'onset')) {
    return `"${test.answer}" is counted from the onset: give the when question that asks it role: onset`;
  }
  const asked = derived ? undefined : question;
  return operatorProblem(OPERATORS, test, asked, () => (asked ? allowedValues(asked, kb, conditionIds) : new Set()));
}

/**
 * Whether each operator of a test fits what it tests: a derived fact (a number,
 * when `question` is undefined) or the question's type, with a possible value.
 */
export function operatorProblem<T extends OperatorTable>(
  table: T,
  test: AnswerTestOf<T>,
  question: Question | undefined,
  allowed: () => Set<string>,
): string | undefined {
  const used = operatorsOf(table, test);
  if (!question) {
    return used.every(({ operator }) => operator.accepts.includes('number'))
      ? undefined
      : `"${test.answer}" is a number of hours or days; compare it with ${listed(operatorsFor(table, 'number'), 'or')}`;
  }
  for (const { name, operator, value } of used) {
    if (!operator.accepts.includes(question.type)) {
      const accepted = listed(operator.accepts, 'or');
      return `"${question.id}" is a ${question.type} question; ${name} only tests ${accepted} questions`;
    }
    if (operator.value === 'number') continue;
    const possible = allowed();
    const wrong = (Array.isArray(value) ? value : [value]).find((v) => !possible.has(String(v)));
    if (wrong === undefined) continue;
    return `"${wrong}" is not a possible answer to "${question.id}" (possible: ${[...possible].join(', ')})`;
  }
  return undefined;
}

/** At most one question holds each role: the code reads that one answer for it. */
function roleProblems(kb: KnowledgeBase): KbProblem[] {
  const holder = new Map<string, string>();
  return kb.questions.questions.flatMap((q, i): KbProblem[] => {
    if (q.role === undefined) return [];
    const first = holder.get(q.role);
    holder.set(q.role, first ?? q.id);
    if (first === undefined) return [];
    const message = `role ${q.role} is already held by question "${first}"; a role names one question`;
    return [{ part: 'questions', path: ['questions', i, 'role'], message }];
  });
}

/** "a, b or c". */
function listed(words: readonly string[], last: 'and' | 'or'): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

function allowedValues(
  question: Question,
  kb: KnowledgeBase,
  conditionIds: Set<string> = new Set(kb.conditions.conditions.map((c) => c.id)),
): Set<string> {
  if (question.type === 'yes-no') return new Set(YES_NO_VALUES);
  if (question.choicesFrom === 'conditions') return conditionIds;
  return new Set((question.choices ?? []).map((c) => c.value));
}

function hint(id: string, known: Set<string>): string {
  const close = closestId(id, [...known]);
  return close ? ` (did you mean "${close}"?)` : '';
}
