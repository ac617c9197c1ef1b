// Answers given more than once (--answer twice, --answers twice, a file and a
// flag) and follow-ups answered yes while their parent says otherwise: no
// answer is dropped silently, a conflict is an error naming both sources, and
// an emergency among the answers is always shown before that error.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { HANG_MS, tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';

let calm = '';
beforeAll(() => {
  calm = calmAnswersFile();
});

const check = (args: string[]) => runCli(['check', '--no-input', '--region', 'GB', ...args], { timeoutMs: HANG_MS });

function answersFile(text: string, name = 'answers.yaml'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

function levelOf(stdout: string): string | undefined {
  const first = stdout.split('\n{').length > 1 ? `{${stdout.split('\n{').pop() ?? ''}` : stdout;
  try {
    return (JSON.parse(stdout.trim().startsWith('{') ? stdout : first) as { level: string }).level;
  } catch {
    return undefined;
  }
}

describe('the same question answered in more than one place', () => {
  it('refuses --answer saddle-numbness=yes then =no, naming both, after showing the emergency', () => {
    const r = check(['--answers', calm, '--answer', 'saddle-numbness=yes', '--answer', 'saddle-numbness=no', '--json']);
    expect(r.code).toBe(2);
    expect(levelOf(r.stdout)).toBe('emergency');
    expect(r.stderr).toMatch(
      /saddle-numbness is answered .*"yes".* and .*"no"|saddle-numbness is answered .*"no".* and .*"yes"/,
    );
    expect(r.stderr).toMatch(/--answer saddle-numbness=yes/);
    expect(r.stderr).toMatch(/--answer saddle-numbness=no/);
  });

  it('shows the emergency number on stderr before the conflict error when not in JSON', () => {
    const r = check(['--answers', calm, '--answer', 'saddle-numbness=no', '--answer', 'saddle-numbness=yes']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/999/);
    const number = r.stderr.indexOf('999');
    const error = r.stderr.indexOf('backcare: ');
    expect(number).toBeGreaterThanOrEqual(0);
    expect(number).toBeLessThan(error);
  });

  it('accepts the same value given twice', () => {
    const r = check(['--answers', calm, '--answer', 'fever=no', '--answer', 'fever=n', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(levelOf(r.stdout)).toBe('self_care');
  });

  it('merges two --answers files: an emergency in the first is not dropped', () => {
    const r = check(['--answers', answersFile('saddle-numbness: yes\n'), '--answers', calm, '--json']);
    expect(levelOf(r.stdout)).toBe('emergency');
  });

  it('refuses two files that disagree, naming both files and values', () => {
    const first = answersFile('fever: yes\n', 'first.yaml');
    const r = check(['--answers', first, '--answers', calm, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('first.yaml');
    expect(r.stderr).toContain('calm.json');
    expect(r.stderr).toMatch(/fever/);
  });

  it('refuses a file and a flag that disagree', () => {
    const r = check(['--answers', calm, '--answer', 'both-legs=yes', '--json']);
    expect(r.code).toBe(2);
    expect(levelOf(r.stdout)).toBe('emergency');
    expect(r.stderr).toMatch(/both-legs/);
    expect(r.stderr).toContain('calm.json');
  });
});

describe('a follow-up answered yes while its parent says no or is missing', () => {
  const cases: [string, string, string][] = [
    ['saddle-wipe-check', 'saddle-numbness', 'emergency'],
    ['peeing-feeling-check', 'difficulty-peeing', 'emergency'],
    ['pregnancy-heavy-bleeding', 'pregnant', 'emergency'],
    ['spine-procedure-wound', 'recent-spine-procedure', 'urgent'],
    ['cancer-spine-tender-or-neck', 'cancer-history', 'urgent'],
    ['leg-numbness-over-a-week', 'leg-numbness', 'doctor_soon'],
  ];
  for (const [followUp, parent, level] of cases) {
    it(`${followUp}=yes with ${parent}=no stops with exit 2 naming both, after any emergency`, () => {
      const r = check(['--answers', calm, '--answer', `${followUp}=yes`, '--json']);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(followUp);
      expect(r.stderr).toContain(parent);
      if (level === 'emergency') expect(levelOf(r.stdout)).toBe('emergency');
      else expect(r.stdout).toBe('');
    });
  }

  it('counts saddle-wipe-check=yes with saddle-numbness missing as an emergency', () => {
    const r = check(['--answer', 'saddle-wipe-check=yes', '--json']);
    expect(levelOf(r.stdout)).toBe('emergency');
  });

  it('over-triage guard: a follow-up answered no while its parent says no changes nothing', () => {
    const r = check([
      '--answers',
      calm,
      '--answer',
      'saddle-wipe-check=no',
      '--answer',
      'spine-procedure-wound=no',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(levelOf(r.stdout)).toBe('self_care');
  });
});
