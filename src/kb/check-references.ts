// Cross-reference checks for the questionnaire and the rules: every answer a
// rule tests must exist, and every value it compares with must be possible.
import type { AnswerTest, KnowledgeBase, Question, RuleCondition } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { DERIVED_FACTS, YES_NO_VALUES } from '../core/vocabulary.js';
import { closestId } from '../core/suggest.js';

export function findCheckProblems(kb: KnowledgeBase, sourceIds: Set<string>, conditionIds: Set<string>): KbProblem[] {
  const problems: KbProblem[] = [];
  const questions = new Map<string, Question>();
  const sections = new Set(kb.questions.sections.map((s) => s.id));
  const add = (part: string, path: PathSegment[], message: string): void => {
    problems.push({ part, path, message });
  };
  const sourcesOk = (part: string, path: PathSegment[], ids: readonly string[]): void =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) add(part, [...path, i], `unknown source id "${id}"${hint(id, sourceIds)}`);
    });

  kb.questions.questions.forEach((q, i) => {
    if (questions.has(q.id)) add('questions', ['questions', i, 'id'], `duplicate id "${q.id}"`);
    questions.set(q.id, q);
    if (!sections.has(q.section)) add('questions', ['questions', i, 'section'], `section "${q.section}" is not listed under sections`);
    sourcesOk('questions', ['questions', i, 'sources'], q.sources);
  });

  const checkCondition = (part: string, path: PathSegment[], condition: RuleCondition): void => {
    if ('all' in condition) condition.all.forEach((c, i) => checkCondition(part, [...path, 'all', i], c));
    else if ('any' in condition) condition.any.forEach((c, i) => checkCondition(part, [...path, 'any', i], c));
    else if ('not' in condition) checkCondition(part, [...path, 'not'], condition.not);
    else checkTest(part, path, condition);
  };
  const checkTest = (part: string, path: PathSegment[], test: AnswerTest): void => {
    const message = testProblem(test, questions.get(test.answer), kb, conditionIds, questions);
    if (message) add(part, path, message);
  };

  kb.questions.questions.forEach((q, i) => {
    if (q.askIf) checkCondition('questions', ['questions', i, 'askIf'], q.askIf);
    if (q.unsure && 'followUp' in q.unsure) {
      const follow = questions.get(q.unsure.followUp);
      if (follow?.type !== 'yes-no') add('questions', ['questions', i, 'unsure', 'followUp'], `follow-up "${q.unsure.followUp}" must be a yes-no question`);
    }
  });
  if (kb.questions.childWording) checkCondition('questions', ['childWording'], kb.questions.childWording);
  const ruleIds = new Set<string>();
  kb.rules.rules.forEach((r, i) => {
    if (ruleIds.has(r.id)) add('rules', ['rules', i, 'id'], `duplicate id "${r.id}"`);
    ruleIds.add(r.id);
    checkCondition('rules', ['rules', i, 'when'], r.when);
    sourcesOk('rules', ['rules', i, 'sources'], r.sources);
  });
  kb.timelines.followUp.forEach((f, i) => {
    if (f.appliesIf) checkCondition('timelines', ['followUp', i, 'appliesIf'], f.appliesIf);
  });
  kb.rules.conditionRules.forEach((r, i) => {
    if (!conditionIds.has(r.condition)) add('rules', ['conditionRules', i, 'condition'], `unknown condition id "${r.condition}"${hint(r.condition, conditionIds)}`);
    checkCondition('rules', ['conditionRules', i, 'when'], r.when);
    sourcesOk('rules', ['conditionRules', i, 'sources'], r.sources);
  });
  return problems;
}

function testProblem(test: AnswerTest, question: Question | undefined, kb: KnowledgeBase, conditionIds: Set<string>, questions: Map<string, Question>): string | undefined {
  const numeric = [test.gt, test.gte, test.lt, test.lte].some((n) => n !== undefined);
  if ((DERIVED_FACTS as readonly string[]).includes(test.answer)) {
    return numeric && test.is === undefined && test.in === undefined && test.includes === undefined
      ? undefined
      : `"${test.answer}" is a number of hours or days; compare it with gt, gte, lt or lte`;
  }
  if (!question) return `unknown question id "${test.answer}"${hint(test.answer, new Set([...questions.keys(), ...DERIVED_FACTS]))}`;
  if (numeric && question.type !== 'number') return `"${test.answer}" is not a number question; gt, gte, lt and lte need one`;
  const allowed = allowedValues(question, kb, conditionIds);
  for (const value of [test.is, ...(test.in ?? []), test.includes].filter((v): v is string => v !== undefined)) {
    if (!allowed.has(value)) return `"${value}" is not a possible answer to "${question.id}" (possible: ${[...allowed].join(', ')})`;
  }
  if (test.includes !== undefined && question.type !== 'many') return `includes only works on questions with several answers`;
  return undefined;
}

function allowedValues(question: Question, kb: KnowledgeBase, conditionIds: Set<string> = new Set(kb.conditions.conditions.map((c) => c.id))): Set<string> {
  if (question.type === 'yes-no') return new Set(YES_NO_VALUES);
  if (question.choicesFrom === 'conditions') return conditionIds;
  return new Set((question.choices ?? []).map((c) => c.value));
}

function hint(id: string, known: Set<string>): string {
  const close = closestId(id, [...known]);
  return close ? ` (did you mean "${close}"?)` : '';
}
