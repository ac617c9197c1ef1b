// Answers files and --answer with the gates before the conditions and medicines
// lists: a file written before the gates (lists, no gates) works exactly as before,
// and a tick against a gate of "no" is refused like any other disagreement (exit 2).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswers } from '../helpers/calm-answers.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const CALM = calmAnswers(await listedQuestions());
const dir = mkdtempSync(join(tmpdir(), 'backcare-gates-'));

function fileOf(name: string, answers: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(answers));
  return path;
}

interface Out {
  level: string;
  conditions: string[];
  carePlan: { medicines: { id: string; status: string }[] };
}

const nsaidStatus = (stdout: string): string | undefined =>
  (JSON.parse(stdout) as Out).carePlan.medicines.find((m) => m.id === 'nsaid-tablets')?.status;

describe('backcare check: answers and the gates before the lists', () => {
  it('answers written before the gates work as before: the calm file has the lists and no gates', async () => {
    expect(CALM).toMatchObject({ conditions: 'none', medicines: 'none' });
    expect(CALM).not.toHaveProperty('has-conditions');
    const r = await runInProcess(['check', '--answers', fileOf('calm.json', CALM), '--json', '--region', 'GB']);
    expect(r.code, r.stderr).toBe(0);
    expect(nsaidStatus(r.stdout)).toBe('suggested');
  });

  it('a file with only conditions: [kidney-disease] (no gate) still gets the anti-inflammatory caution', async () => {
    const r = await runInProcess([
      'check',
      '--answers',
      fileOf('kidney.json', { ...CALM, conditions: ['kidney-disease'] }),
      '--json',
      '--region',
      'GB',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Out).conditions).toContain('kidney-disease');
    expect(nsaidStatus(r.stdout)).toBe('ask-first');
  });

  it('--answer medicines=anticoagulant with no gate still avoids anti-inflammatories', async () => {
    const { medicines: _left, ...rest } = CALM;
    const r = await runInProcess([
      'check',
      '--answers',
      fileOf('no-medicines.json', rest),
      '--answer',
      'medicines=anticoagulant',
      '--json',
      '--region',
      'GB',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(nsaidStatus(r.stdout)).toBe('avoid');
  });

  it('a gate of "no" with nothing to list needs no list', async () => {
    const { conditions: _c, medicines: _m, ...rest } = CALM;
    const r = await runInProcess([
      'check',
      '--answers',
      fileOf('gates-no.json', { ...rest, 'has-conditions': 'no', 'takes-medicines': 'no' }),
      '--json',
      '--region',
      'GB',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Out).level).toBe('self_care');
  });

  it('refuses a ticked condition against a gate of "no" (exit 2, one line naming both)', async () => {
    const { conditions: _c, ...rest } = CALM;
    const r = await runInProcess([
      'check',
      '--answers',
      fileOf('conflict.json', { ...rest, 'has-conditions': 'no' }),
      '--answer',
      'conditions=kidney-disease',
      '--region',
      'GB',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      new RegExp(
        String.raw`conditions is answered "kidney-disease" \(--answer conditions=kidney-disease\), but it is a ` +
          'follow-up asked only when has-conditions is yes or unsure',
      ),
    );
    expect(r.stderr).toMatch(
      /has-conditions is "no"[^;]*; what is ticked on it changes the advice, so give answers that agree/,
    );
  });

  it('refuses a ticked medicine against a gate of "no" (exit 2)', async () => {
    const { medicines: _m, ...rest } = CALM;
    const r = await runInProcess([
      'check',
      '--answers',
      fileOf('conflict-medicines.json', { ...rest, 'takes-medicines': 'no', medicines: ['lithium'] }),
      '--region',
      'GB',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/medicines is answered "lithium"[^;]*takes-medicines is "no"/);
  });

  it('without a list or its gate, names the gate as the missing answer', async () => {
    const { conditions: _c, ...rest } = CALM;
    const r = await runInProcess(['check', '--no-input', '--answers', fileOf('missing.json', rest), '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing 1 answer \(has-conditions\)/);
  });
});
