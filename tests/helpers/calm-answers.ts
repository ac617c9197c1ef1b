// A calm, complete set of answers for `backcare check`, built from what the
// binary itself lists (`check --questions --json`), so new questions are covered.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

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
  const calm: Record<string, string | number> = Object.fromEntries(
    questions
      .filter((q) => q.askedOnlyIf === null)
      .map((q) => [q.id, q.type === 'yes-no' ? 'no' : q.type === 'many' ? 'none' : q.type === 'when' ? '30h' : 'x']),
  );
  return Object.assign(calm, { age: 35, 'pain-now': 4, trigger: 'lifting', 'pain-location': 'low-back', trend: 'same' });
}

/** The calm answers of the built binary's questions, as a JSON file in a new temporary folder. */
export function calmAnswersFile(leaveOut: readonly string[] = []): string {
  const path = join(mkdtempSync(join(tmpdir(), 'backcare-calm-')), 'calm.json');
  const calm = calmAnswers(questionsOf(runCli(['check', '--questions', '--json']).stdout));
  for (const id of leaveOut) delete calm[id];
  writeFileSync(path, JSON.stringify(calm));
  return path;
}
