// Triage: the highest level that any rule fires, with the reasons. Pure: the
// answers and the current time come in, a result goes out.
import type { KnowledgeBase, Rule } from '../../kb/types.js';
import { CARE_LEVELS, type CareLevel } from '../vocabulary.js';
import type { Answers, AnswerValue } from './answers.js';
import { answersTested } from './condition-tree.js';
import { evaluate } from './conditions.js';
import { answerWithRole, derivedFacts, resolveUnsure, type PendingFollowUps } from './questionnaire.js';

export interface TriageResult {
  level: CareLevel;
  /** The rules that fired, most urgent first. */
  fired: Rule[];
  /** Conditions that change advice: ticked by the person or implied by answers. */
  conditions: string[];
  /** Questions answered "not sure" that counted as yes for safety. */
  countedAsYes: string[];
  hoursSinceOnset: number | undefined;
  /** The answer to the question with `role: pain-score`, if any. */
  painScore: AnswerValue | undefined;
  /** The answers with "not sure" resolved, and the derived facts, for conditions outside the rules. */
  facts: ReadonlyMap<string, AnswerValue>;
}

const RANK: Record<CareLevel, number> = Object.fromEntries(CARE_LEVELS.map((level, i) => [level, i])) as Record<
  CareLevel,
  number
>;

export function triage(
  kb: KnowledgeBase,
  answers: Answers,
  now: Date,
  pending: PendingFollowUps = 'count-as-yes',
): TriageResult {
  const { answers: resolved, countedAsYes } = resolveUnsure(kb, answers, pending);
  const derived = derivedFacts(kb, resolved, now);
  const facts = new Map<string, AnswerValue>([...Object.entries(resolved), ...Object.entries(derived)]);
  const fired = kb.rules.rules
    .filter((rule) => evaluate(rule.when, facts) === true)
    .sort((a, b) => RANK[a.level] - RANK[b.level]);
  return {
    level: fired[0]?.level ?? 'self_care',
    fired,
    conditions: conditionsOf(kb, facts),
    countedAsYes: countedOnlyIfRead(kb, countedAsYes),
    hoursSinceOnset: derived['hours-since-onset'],
    painScore: answerWithRole(kb, facts, 'pain-score'),
    facts,
  };
}

/**
 * The answers the rules, the condition rules and the follow-up dates read. A "not sure" to
 * any other question (a gate before a list) changed only what was asked next, not the result.
 */
/** The answers counted as yes that some rule, condition rule or follow-up reads. */
function countedOnlyIfRead(kb: KnowledgeBase, countedAsYes: string[]): string[] {
  if (countedAsYes.length === 0) return countedAsYes;
  const read = readByRules(kb);
  return countedAsYes.filter((id) => read.has(id));
}

function readByRules(kb: KnowledgeBase): Set<string> {
  const conditions = [
    ...kb.rules.rules.map((r) => r.when),
    ...kb.rules.conditionRules.map((r) => r.when),
    ...kb.timelines.followUp.map((f) => f.appliesIf),
  ];
  return new Set(conditions.flatMap(answersTested));
}

function conditionsOf(kb: KnowledgeBase, facts: ReadonlyMap<string, AnswerValue>): string[] {
  const ticked = kb.questions.questions
    .filter((q) => q.choicesFrom === 'conditions')
    .flatMap((q) => {
      const value = facts.get(q.id);
      return Array.isArray(value) ? value : [];
    });
  const implied = kb.rules.conditionRules.filter((r) => evaluate(r.when, facts) === true).map((r) => r.condition);
  return [...new Set([...ticked, ...implied])];
}

export function isAtLeast(level: CareLevel, threshold: CareLevel): boolean {
  return RANK[level] <= RANK[threshold];
}
