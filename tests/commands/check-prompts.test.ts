// backcare check asking, in this process: the test io's person types the answers (tests/helpers/test-io.ts), the
// plain-text prompter asks on stdout, and the typed answers reach the triage and the diary offer.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calmAnswers, questionsOf } from '../helpers/calm-answers.js';
import { runInProcess } from '../helpers/test-io.js';

const NOW = new Date('2026-11-20T12:00:00');
const PAIN_NOW = 'How bad is the pain now';
const SADDLE = 'New numbness or tingling around your genitals, bottom or inner thighs?';
const DIARY_OFFER = 'Start a pain diary for this episode';

/** Calm answers in a file, but for the two questions the person is asked: a warning sign and the pain now. */
let answersFile = '';
beforeAll(async () => {
  const questions = questionsOf((await runInProcess(['check', '--questions', '--json'])).stdout);
  const calm = calmAnswers(questions);
  delete calm['saddle-numbness'];
  delete calm['pain-now'];
  answersFile = join(mkdtempSync(join(tmpdir(), 'backcare-check-prompts-')), 'calm.json');
  writeFileSync(answersFile, JSON.stringify(calm));
});

/** `check --answers FILE ...args` with a new diary folder; `typed` are the lines typed at the questions. */
async function check(typed: string[], args: string[] = []) {
  const home = mkdtempSync(join(tmpdir(), 'backcare-check-prompts-home-'));
  const r = await runInProcess(['check', '--answers', answersFile, ...args], {
    answers: typed,
    env: { BACKCARE_HOME: home },
    now: NOW,
  });
  return { ...r, episodeStarted: existsSync(join(home, 'episodes.jsonl')) };
}

describe('backcare check, answered through the io prompter', () => {
  it('asks only what the answers file leaves out, and the typed answers give the level', async () => {
    const r = await check(['n', '4', 'n']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(SADDLE);
    expect(r.stdout).toContain(PAIN_NOW);
    expect(r.stdout).not.toContain('[1/');
    expect(r.stdout).toContain('HOME CARE');
    expect(r.stdout).toContain(DIARY_OFFER);
    expect(r.episodeStarted).toBe(false);
  });

  it('quotes a typed control character back as a visible escape, never as the raw character', async () => {
    const r = await check(['\u001b]0;PWN\u0007', 'n', '\u001b[31m4', '4', 'n']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"\\u001b]0;PWN\\u0007" is not one of the answers');
    expect(r.stdout).toContain('"\\u001b[31m4" is not a whole number from 0 to 10');
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('a yes typed at a warning sign is an emergency at once: nothing more asked, no diary offered', async () => {
    const r = await check(['y']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('EMERGENCY');
    expect(r.stdout).not.toContain(PAIN_NOW);
    expect(r.stdout).not.toContain(DIARY_OFFER);
  });

  it('a yes to the diary offer starts the episode', async () => {
    const r = await check(['n', '4', 'y']);
    expect(r.code).toBe(0);
    // From the onset answered (30 hours before the io's clock), not from now.
    expect(r.stderr).toMatch(/^backcare: episode started Thu 19 Nov 2026, 06:00; this check and its pain score/);
    expect(r.episodeStarted).toBe(true);
  });

  it('an answer that does not fit is asked again, with what to type', async () => {
    const r = await check(['n', '11', '5.5', '4', 'n']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"11" is not a whole number from 0 to 10');
    expect(r.stdout).toContain('"5.5" is not a whole number from 0 to 10');
    expect(r.stdout).toContain('HOME CARE');
  });

  it('leaving the questions (stdin closed) gives no result and exit code 130', async () => {
    const r = await check(['n']);
    expect(r.code).toBe(130);
    expect(r.stdout).not.toContain('HOME CARE');
  });

  it('--no-input asks nothing, even with a person there: the missing answers are a usage error', async () => {
    const r = await check(['n', '4'], ['--no-input']);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain(SADDLE);
    expect(r.stderr).toMatch(/^backcare: missing 2 answers \(.*saddle-numbness/);
  });
});
