// Answers for triage scenarios, as a script would give them: a calm baseline
// (no warning sign, 35 years old, a lifting strain 30 hours ago) changed only
// where a case says so, parsed and checked like --answer.
import { expect } from 'vitest';
import { parseAnswer, type AnswerValue } from '../../src/core/check/answers.js';
import { missingQuestions } from '../../src/core/check/questionnaire.js';
import { triage, type TriageResult } from '../../src/core/check/triage.js';
import type { KnowledgeBase } from '../../src/core/kb/types.js';
import type { CareLevel } from '../../src/core/kb/vocabulary.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { ROOT } from '../helpers/run-cli.js';

export const kb: KnowledgeBase = loadKnowledgeBase(`${ROOT}/data`);
export const NOW = new Date('2026-11-21T12:00:00Z');

export const CALM: Readonly<Record<string, string>> = {
  age: '35',
  onset: '30h',
  'first-episode': 'no',
  trigger: 'lifting',
  'pain-location': 'low-back',
  'pain-now': '5',
  trend: 'same',
  conditions: 'none',
};

export function answersFor(changes: Record<string, string>): Record<string, AnswerValue> {
  const raw: Record<string, string> = { ...CALM, ...changes };
  for (const q of kb.questions.questions) if (q.type === 'yes-no' && !q.askIf && raw[q.id] === undefined) raw[q.id] = 'no';
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(raw)) {
    const question = kb.questions.questions.find((q) => q.id === id);
    if (!question) throw new Error(`scenario uses unknown question "${id}"`);
    const parsed = parseAnswer(question, value, kb, NOW);
    if (!parsed.ok) throw new Error(`scenario answer ${id}=${value}: ${parsed.message}`);
    answers[id] = parsed.value;
  }
  // Questions that only apply after an answer (pregnancy, follow-ups): "no" unless the case says otherwise.
  for (let q = missingQuestions(kb, answers).find((m) => m.type === 'yes-no'); q; q = missingQuestions(kb, answers).find((m) => m.type === 'yes-no')) {
    answers[q.id] = 'no';
  }
  return answers;
}

export function check(changes: Record<string, string>): TriageResult {
  return triage(kb, answersFor(changes), NOW);
}

/** A scenario: its name, what differs from the calm baseline, and the levels the guideline accepts. */
export type Case = [name: string, changes: Record<string, string>, acceptable: CareLevel[]];

export function expectAcceptable(changes: Record<string, string>, acceptable: readonly CareLevel[]): void {
  const result = check(changes);
  expect(acceptable, `fired: ${result.fired.map((r) => r.id).join(', ') || 'none'}`).toContain(result.level);
  if (result.level !== 'self_care') expect(result.fired.length).toBeGreaterThan(0);
}
