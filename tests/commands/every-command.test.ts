// Every command, run in this process through the real program and option
// tables with a test io: the fast layer under the spawn and pty tests. Each
// test reads what the command printed and the exit code it returned.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calmAnswers } from '../helpers/calm-answers.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';
import { listedQuestions, runInProcess, type TestIoOptions } from '../helpers/test-io.js';

const NOW = new Date('2026-11-20T12:00:00');
const home = mkdtempSync(join(tmpdir(), 'backcare-in-process-'));
const withHome: TestIoOptions = { env: { BACKCARE_HOME: home, BACKCARE_REGION: 'GB' }, now: NOW };
const run = (args: string[]) => runInProcess(args, withHome);

async function json<T>(args: string[]): Promise<T> {
  const r = await run(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('the diary commands, in order', () => {
  it('episode start, at a time in the past', async () => {
    const out = await json<{ started: { start: string } }>(['episode', 'start', '--at', '2d', '--json']);
    expect(new Date(out.started.start).getTime()).toBe(NOW.getTime() - 2 * 86_400_000);
  });

  it('log, at the io clock, with what helped', async () => {
    const r = await run(['log', '6', '--helped', 'ice', '--note', 'after lifting']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('Logged pain 6/10 at 2026-11-20 12:00; helped: Ice pack (cold).\n');
    expect(readFileSync(join(home, 'diary.jsonl'), 'utf8')).toContain('"note":"after lifting"');
  });

  it('log refuses a score out of range with exit code 2', async () => {
    const r = await run(['log', '11']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backcare: the pain score must be a whole number from 0 .* to 10 /);
  });

  it('episode status, on day 3', async () => {
    const out = await json<{ day: number }>(['episode', 'status', '--json']);
    expect(out.day).toBe(3);
  });

  it('history, with the score logged', async () => {
    const out = await json<{ days: { max: number | null }[] }>(['history', '--days', '3', '--json']);
    expect(out.days.map((d) => d.max)).toContain(6);
  });

  it('report, as CSV on stdout', async () => {
    const r = await run(['report', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toMatch(/^date,time,utc_offset,type,pain_score/);
  });

  it('plan, before any check, says how to get one', async () => {
    const r = await run(['plan']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/backcare check/);
  });

  it('episode end', async () => {
    const r = await run(['episode', 'end']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ended/i);
  });
});

describe('check', () => {
  let answers = '';
  beforeAll(async () => {
    const questions = await listedQuestions();
    answers = join(mkdtempSync(join(tmpdir(), 'backcare-in-process-check-')), 'calm.json');
    writeFileSync(answers, JSON.stringify(calmAnswers(questions)));
  });

  it('answers calm answers with self care, as JSON', async () => {
    const out = await json<{ level: string }>(['check', '--answers', answers, '--json']);
    expect(out.level).toBe('self_care');
  });

  it('reads the answers from the io stdin with --answers -', async () => {
    const r = await runInProcess(['check', '--answers', '-', '--json'], {
      ...withHome,
      input: readFileSync(answers, 'utf8'),
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(r.stdout) as { level: string }).level).toBe('self_care');
  });

  it('heads the short and the full plan with the same day and phase of the episode', async () => {
    const short = await run(['check', '--answers', answers]);
    const full = await run(['check', '--answers', answers, '--full']);
    expect(short.stdout).toContain("\nTODAY'S PLAN (day 2 of this episode: first 3 days)\n");
    expect(full.stdout).toContain('\nYOUR HOME-CARE PLAN (day 2 of this episode: first 3 days)\n');
  });

  it('returns exit code 3 with --fail-on at or below the level', async () => {
    expect((await run(['check', '--answers', answers, '--json', '--fail-on', 'self_care'])).code).toBe(3);
    expect((await run(['check', '--answers', answers, '--json', '--fail-on', 'urgent'])).code).toBe(0);
  });

  it('refuses a missing answer without prompting: no terminal, exit code 2', async () => {
    const r = await run(['check', '--answer', 'fever=no']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^backcare: /);
  });
});

describe('the other commands', () => {
  it('sources lists the sources', async () => {
    const out = await json<{ sources: { id: string }[] }>(['sources', '--json']);
    expect(out.sources.length).toBeGreaterThan(3);
  });

  it('ice-heat-timer --plan prints the schedule', async () => {
    const out = await json<{ phases: unknown[] }>(['ice-heat-timer', '--mode', 'ice', '--plan', '--json']);
    expect(out.phases.length).toBeGreaterThan(0);
  });

  it('ice-heat-timer, with nothing said of what to time, asks through the io prompter', async () => {
    const asked = await runInProcess(['ice-heat-timer', '--plan'], { ...withHome, answers: ['2'] });
    expect(asked).toMatchObject({ code: 0, stderr: '' });
    expect(asked.stdout).toMatch(/^What would you like to time\?\n {2}1\. Ice: /);
    expect(asked.stdout).toContain('12:00–12:20  Heat  20 min'); // at the io's clock
    // Nobody there to ask: a usage error, as before.
    expect((await run(['ice-heat-timer', '--plan'])).code).toBe(2);
  });

  it('stretch --plan prints the routine', async () => {
    const r = await run(['stretch', '--plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stretch/i);
  });

  it('kb validate, valid and as JSON', async () => {
    const out = await json<{ valid: boolean }>(['kb', 'validate', MINIMAL_KB, '--json']);
    expect(out.valid).toBe(true);
  });

  it('kb questionnaire prints a FHIR Questionnaire', async () => {
    const out = await json<{ resourceType: string }>(['kb', 'questionnaire', MINIMAL_KB]);
    expect(out.resourceType).toBe('Questionnaire');
  });

  it('kb sign needs a folder, with exit code 2', async () => {
    const r = await runInProcess(['kb', 'sign', '--reviewer', 'A', '--role', 'GP', '--all'], {
      env: { BACKCARE_KB: undefined },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/say which knowledge base to sign/);
  });

  it('completion writes a bash script', async () => {
    const r = await run(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('complete -F _backcare_complete backcare');
  });

  it('an unknown option is a usage error, exit code 2', async () => {
    expect((await run(['remedies', '--bogus'])).code).toBe(2);
  });
});
