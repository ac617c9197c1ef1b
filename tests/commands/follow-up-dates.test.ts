// The follow-up dates are computed once (followUpSchedule): check and episode
// status list the same dates in the same words.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswers } from '../helpers/calm-answers.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const calm = calmAnswers(await listedQuestions());
const flags = (answers: Record<string, string | number>): string[] =>
  Object.entries(answers).flatMap(([id, v]) => ['--answer', `${id}=${v}`]);
const schedule = (text: string): string =>
  /See a doctor if, from the day shown\n(?: {2}• .*\n| {4}.*\n)+/.exec(text)?.[0] ?? '';

describe('follow-up dates', () => {
  it.each([
    ['no leg symptoms', {}],
    ['numbness in one leg (its own follow-up)', { 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' }],
  ])('are the same in check and episode status (%s)', async (_name, change) => {
    const env = { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-dates-')), COLUMNS: '80' };
    expect((await runInProcess(['episode', 'start', '--at', '3d'], { env })).code).toBe(0);
    // No onset answer: the check takes the episode's start, as a person in an episode would.
    const answers: Record<string, string | number> = { ...calm, ...change };
    delete answers.onset;
    const check = await runInProcess(['check', ...flags(answers)], { env });
    expect(check.code).toBe(0);
    const status = await runInProcess(['episode', 'status'], { env });
    const fromCheck = schedule(check.stdout);
    expect(fromCheck.split('\n').length).toBeGreaterThan(4);
    expect(schedule(status.stdout)).toBe(fromCheck);
  });
});
