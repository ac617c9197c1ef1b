// Scenario answers for the shipped knowledge base: a calm baseline (no warning
// sign, 35 years old, a lifting strain 30 hours ago, no conditions or regular
// medicines) with only what a case is about changed, parsed and checked like
// --answer, then triaged and turned into a care plan.
import { expect } from 'vitest';
import { parseAnswer, type AnswerValue } from '../../src/core/check/answers.js';
import { buildCarePlan, type CarePlan } from '../../src/core/check/care-plan.js';
import { withImpliedParents } from '../../src/core/check/follow-ups.js';
import { missingQuestions } from '../../src/core/check/questionnaire.js';
import { triage, type TriageResult } from '../../src/core/check/triage.js';
import type { KnowledgeBase } from '../../src/kb/types.js';
import type { CareLevel } from '../../src/core/vocabulary.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { ROOT } from './run-cli.js';

export const kb: KnowledgeBase = loadKnowledgeBase(`${ROOT}/data`);
export const NOW = new Date('2026-11-21T12:00:00Z');

const CALM: Readonly<Record<string, string>> = {
  age: '35',
  onset: '30h',
  'first-episode': 'no',
  trigger: 'lifting',
  'pain-location': 'low-back',
  'pain-now': '5',
  trend: 'same',
  conditions: 'none',
  medicines: 'none',
};

/** Answers as a script would give them: strings, parsed and checked like --answer. */
export function answersFor(changes: Record<string, string>): Record<string, AnswerValue> {
  const raw: Record<string, string> = { ...CALM, ...changes };
  const given: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = kb.questions.questions.find((q) => q.id === id);
    if (!question) throw new Error(`scenario uses unknown question "${id}"`);
    const parsed = parseAnswer(question, value, kb, NOW);
    if (!parsed.ok) throw new Error(`scenario answer ${id}=${value}: ${parsed.message}`);
    given[id] = parsed.value;
  }
  // As `check` reads them: a list given without its gate answers the gate.
  const answers = withImpliedParents(kb, given);
  for (const q of kb.questions.questions)
    if (q.type === 'yes-no' && !q.askIf && answers[q.id] === undefined) answers[q.id] = 'no';
  // Questions that only apply after an answer (pregnancy, follow-ups): "no" unless the case says otherwise.
  for (
    let q = missingQuestions(kb, answers).find((m) => m.type === 'yes-no');
    q;
    q = missingQuestions(kb, answers).find((m) => m.type === 'yes-no')
  ) {
    answers[q.id] = 'no';
  }
  return answers;
}

export function check(changes: Record<string, string>): TriageResult {
  return triage(kb, answersFor(changes), NOW);
}

export function planFor(changes: Record<string, string>): CarePlan {
  return buildCarePlan(kb, check(changes), NOW);
}

/** A scenario: its name, what differs from the calm baseline, and the levels the guideline accepts. */
export type Case = [name: string, changes: Record<string, string>, acceptable: CareLevel[]];

export function expectAcceptable(changes: Record<string, string>, acceptable: readonly CareLevel[]): void {
  const result = check(changes);
  expect(acceptable, `fired: ${result.fired.map((r) => r.id).join(', ') || 'none'}`).toContain(result.level);
  if (result.level !== 'self_care') expect(result.fired.length).toBeGreaterThan(0);
}
