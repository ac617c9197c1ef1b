// The links the knowledge base proves itself, each broken in a
// copy of the shipped base and reported as a located problem.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';
import { ROOT } from '../helpers/run-cli.js';

const shipped = (): ReturnType<typeof copyKb> => copyKb(`${ROOT}/data`);
const located = (file: string, rest: string): RegExp => new RegExp(`^kb/${file}:\\d+:\\d+ ${rest}`);

describe('warning signs and their rules', () => {
  it('reports a rule that names an unknown warning sign', () => {
    const kb = shipped();
    kb.edit('rules.yaml', (t) => t.replace('warningSign: chest-pain', 'warningSign: chest-pains'));
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        located('rules.yaml', String.raw`rules\[\d+\]\.warningSign: unknown warning sign id "chest-pains"`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        located(
          'warning-signs.yaml',
          String.raw`warningSigns\[\d+\]\.rules\[0\]: rule "chest-pain" names warning sign "chest-pains", not ` +
            '"chest-pain"',
        ),
      ),
    );
  });

  it('reports a rule its warning sign does not list, and a listed rule that does not exist', () => {
    const kb = shipped();
    kb.edit('warning-signs.yaml', (t) => t.replace('rules: [leg-pain-below-knee]', 'rules: [leg-pain-below-the-knee]'));
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        located(
          'rules.yaml',
          String.raw`rules\[\d+\]\.warningSign: warning sign "leg-pain-below-knee" does not list rule ` +
            '"leg-pain-below-knee"',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        located(
          'warning-signs.yaml',
          String.raw`warningSigns\[\d+\]\.rules\[0\]: unknown rule id "leg-pain-below-the-knee"`,
        ),
      ),
    );
  });

  it('reports a warning sign whose rules cannot reach its urgency', () => {
    const kb = shipped();
    kb.edit('rules.yaml', (t) =>
      t.replace('  - id: chest-pain\n    level: emergency', '  - id: chest-pain\n    level: urgent'),
    );
    const problems = problemsOf(kb.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        located(
          'rules.yaml',
          String.raw`rules\[\d+\]\.level: rule "chest-pain" gives urgent, but its warning sign "chest-pain" is ` +
            'emergency',
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        located(
          'warning-signs.yaml',
          String.raw`warningSigns\[\d+\]\.urgency: warning sign "chest-pain" is emergency, but none of its rules ` +
            'reaches emergency',
        ),
      ),
    );
  });

  it('requires every rule to name its warning sign', () => {
    const kb = shipped();
    kb.edit('rules.yaml', (t) => t.replace('    warningSign: chest-pain\n', ''));
    expect(problemsOf(kb.dir)).toContainEqual(
      expect.stringMatching(located('rules.yaml', String.raw`rules\[\d+\]\.warningSign: missing`)),
    );
  });
});

describe('follow-up thresholds live in timelines.yaml only', () => {
  it('reports a rule whose time since onset differs from its follow-up', () => {
    const kb = shipped();
    kb.edit('rules.yaml', (t) =>
      t.replace(
        "        - { answer: spreads-below-knee, is: 'yes' }\n        - { answer: days-since-onset, gte: 14 }",
        "        - { answer: spreads-below-knee, is: 'yes' }\n        - { answer: days-since-onset, gte: 28 }",
      ),
    );
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(
        located(
          'rules.yaml',
          String.raw`rules\[\d+\]\.when: rule "sciatica-not-improving" starts at 28 days, but follow-up ` +
            '"sciatica-not-improving" starts after 2 weeks',
        ),
      ),
    ]);
  });

  it('reports a rule with a threshold of its own that no follow-up lists', () => {
    const kb = shipped();
    kb.edit('timelines.yaml', (t) => t.replace('    rules: [sciatica-not-improving]\n', ''));
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(
        located(
          'rules.yaml',
          String.raw`rules\[\d+\]\.when: rule "sciatica-not-improving" has its own time-since-onset threshold`,
        ),
      ),
    ]);
  });

  it('reports a text that names no follow-up, with the nearest id', () => {
    const kb = shipped();
    kb.edit('warning-signs.yaml', (t) => t.replace('{after:not-improving}', '{after:not-improvng}'));
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(
        located(
          'warning-signs.yaml',
          String.raw`warningSigns\[\d+\]\.sign: \{after:not-improvng\} names no follow-up in timelines.yaml ` +
            String.raw`\(did you ` +
            String.raw`mean "not-improving"\?\)`,
        ),
      ),
    ]);
  });

  it('fills every text from the follow-up, so changing one number changes them all', () => {
    const kb = shipped();
    kb.edit('timelines.yaml', (t) =>
      t.replace(
        '    after: { min: 2, max: 3, unit: weeks }\n    when: Your back pain is not getting better',
        '    after: { min: 3, max: 4, unit: weeks }\n    when: Your back pain is not getting better',
      ),
    );
    kb.edit('rules.yaml', (t) =>
      t.replace(
        '        - { answer: days-since-onset, gte: 14 }\n        - { answer: trend, in: [same, worse] }\n    ' +
          'reason: >-\n      Your pain',
        '        - { answer: days-since-onset, gte: 21 }\n        - { answer: trend, in: [same, worse] }\n    ' +
          'reason: >-\n      Your pain',
      ),
    );
    const base = loadKnowledgeBase(kb.dir, 'kb');
    const texts = JSON.stringify(base);
    expect(texts).not.toContain('{after');
    expect(base.warningSigns.warningSigns.find((w) => w.id === 'not-improving-after-weeks')?.sign).toContain(
      '3 to 4 weeks',
    );
    expect(base.rules.levels.self_care.action).toContain('3 to 4 weeks');
    expect(base.rules.rules.find((r) => r.id === 'not-improving-2-weeks')?.reason).toContain('3 weeks or more ago');
  });
});
