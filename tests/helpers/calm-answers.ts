// A calm, complete set of answers for `backcare check`, built from what the
// binary itself lists (`check --questions --json`), so new questions are covered.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';
import { evaluate } from '../../src/core/check/conditions.js';
import type { RuleCondition } from '../../src/kb/types.js';

export interface QuestionJson {
  id: string;
  type: string;
  allowed: string;
  askedOnlyIf: unknown;
}

export function questionsOf(questionsJson: string): QuestionJson[] {
  return (JSON.parse(questionsJson) as { questions: QuestionJson[] }).questions;
}

/** No warning sign, a lifting strain 30 hours ago. */
export function calmAnswers(questions: QuestionJson[]): Record<string, string | number> {
  const calm: Record<string, string | number> = {
    age: 35,
    'pain-now': 4,
    trigger: 'lifting',
    'pain-location': 'low-back',
    trend: 'same',
  };
  const calmValue = (q: QuestionJson): string =>
    q.type === 'yes-no' ? 'no' : q.type === 'many' ? 'none' : q.type === 'when' ? '30h' : 'x';
  // Each list is answered "none", as answers files always did: the list answers its gate, which is left out.
  const lists = questions.filter((q) => q.type === 'many');
  for (const list of lists) calm[list.id] = 'none';
  const gates = new Set(
    lists.flatMap((q) => (q.askedOnlyIf === null ? [] : answersTested(q.askedOnlyIf as RuleCondition))),
  );
  // Questions asked only after another answer (an adult's age, "no" to pregnancy) join as those answers make them
  // apply.
  for (let added = true; added; ) {
    added = false;
    for (const q of questions) {
      if (q.id in calm || gates.has(q.id)) continue;
      if (q.askedOnlyIf !== null && evaluate(q.askedOnlyIf as RuleCondition, new Map(Object.entries(calm))) !== true)
        continue;
      calm[q.id] = calmValue(q);
      added = true;
    }
  }
  return calm;
}

/** The yes-no answers a list's askIf tests (its gate); the answers only some cases ask it for are left alone. */
function answersTested(condition: RuleCondition): string[] {
  if ('all' in condition) return [];
  if ('any' in condition) return answersTested(condition.any[0] ?? { all: [] });
  if ('not' in condition) return [];
  return [condition.answer];
}

/**
 * The calm answers of the built binary's questions, as a JSON file in a new
 * temporary folder; `leaveOut` names questions a test answers with --answer
 * instead (answering one question in two places with different values is refused).
 */
export function calmAnswersFile(leaveOut: readonly string[] = []): string {
  return calmAnswersFileOf(questionsOf(runCli(['check', '--questions', '--json']).stdout), leaveOut);
}

/** The same for the questions given, as a test in this process lists them. */
export function calmAnswersFileOf(questions: QuestionJson[], leaveOut: readonly string[] = []): string {
  const path = join(mkdtempSync(join(tmpdir(), 'backcare-calm-')), 'calm.json');
  const calm = calmAnswers(questions);
  for (const id of leaveOut) delete calm[id];
  writeFileSync(path, JSON.stringify(calm));
  return path;
}

/** The ids that --answer flags in `args` answer. */
export function answeredByFlags(args: readonly string[]): string[] {
  return args.flatMap((arg, i) => (args[i - 1] === '--answer' ? [arg.slice(0, arg.indexOf('='))] : []));
}
