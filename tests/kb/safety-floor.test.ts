// The safety floor held by the program, not the data: a base that downgrades
// a core emergency sign, or lengthens an ice or heat session past its ceiling,
// is refused by loading and by `kb validate`, with a message naming the entry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const SHIPPED = join(ROOT, 'data');
/** Loading a whole copied base is slow on a loaded machine: room for that, still far from a hang. */
const SLOW = { timeoutMs: 60_000 };

function downgradedChestPain(): string {
  const kb = copyKb(SHIPPED);
  kb.edit('rules.yaml', (t) => t.replace(/(- id: chest-pain\n\s+level: )emergency/, '$1doctor_soon'));
  kb.edit('warning-signs.yaml', (t) =>
    t.replace(/(- id: chest-pain\n(?:\s+\w+:.*\n)*?\s+urgency: )emergency/, '$1doctor_soon'),
  );
  return kb.dir;
}

function longIce(): string {
  const kb = copyKb(SHIPPED);
  kb.edit('thermal.yaml', (t) =>
    t.replace(
      'session: { min: 15, max: 20, unit: minutes }\n    limit: { value: 20, unit: minutes }',
      'session: { min: 15, max: 600, unit: minutes }\n    limit: { value: 600, unit: minutes }',
    ),
  );
  return kb.dir;
}

describe('the safety floor', () => {
  it('refuses a base that downgrades the chest-pain rule and its warning sign, naming both', () => {
    const problems = problemsOf(downgradedChestPain()).join('\n');
    expect(problems).toMatch(
      /rules\.yaml:\d+.*rule chest-pain is a core emergency sign .* must stay at level emergency, not doctor_soon/,
    );
    expect(problems).toMatch(
      /warning-signs\.yaml:\d+.*warning sign chest-pain .* must stay at urgency emergency, not doctor_soon/,
    );
    expect(problems).toMatch(/chest-pain=yes must give emergency .* but this base gives doctor_soon/);
  }, 120_000);

  it('refuses a base with a 600-minute ice session, naming the entry', () => {
    const problems = problemsOf(longIce()).join('\n');
    expect(problems).toMatch(
      /thermal\.yaml:\d+.*ice: a session must be at most 20 minutes \(the safety floor\), not 600/,
    );
    expect(problems).toMatch(/ice: the hard limit must be at most 20 minutes/);
  }, 120_000);

  it('refuses a base that deletes an emergency rule while still asking its question', () => {
    const kb = copyKb(SHIPPED);
    kb.edit('rules.yaml', (t) =>
      t.replace(/(- id: aaa-collapse\n\s+level: emergency\n\s+when: \{ answer: collapse, is: )'yes'/, "$1'no'"),
    );
    expect(problemsOf(kb.dir).join('\n')).toMatch(/collapse=yes must give emergency/);
  }, 120_000);

  it('kb validate exits 2 and names the entry; --kb refuses to load it', () => {
    const dir = downgradedChestPain();
    const validate = runCli(['kb', 'validate', dir], SLOW);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toMatch(/rule chest-pain is a core emergency sign/);
    const check = runCli(['--kb', longIce(), 'ice-heat-timer', '--ice', '10h', '--plan'], SLOW);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/ice: a session must be at most 20 minutes/);
  }, 120_000);

  it('over-triage guard: the shipped base and the minimal test base both pass the floor', () => {
    expect(runCli(['kb', 'validate'], SLOW).code).toBe(0);
    expect(runCli(['kb', 'validate', join(ROOT, 'tests', 'fixtures', 'kb-minimal')], SLOW).code).toBe(0);
  }, 120_000);
});
