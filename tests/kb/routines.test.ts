// routines.yaml: each step must name a stretch and stay inside its dose.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb, MINIMAL_KB, problemsOf } from '../helpers/kb-copy.js';

describe('routines.yaml', () => {
  it('loads the fixture routine, with one repetition by default', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) =>
      t.replace(
        '        pace: { value: 6, unit: seconds }\n        repetitions: 8',
        '        pace: { value: 6, unit: seconds }',
      ),
    );
    kb.edit('remedies.yaml', (t) => t.replace('repetitions: { min: 8, max: 10 }', 'repetitions: { min: 1, max: 10 }'));
    const routine = loadKnowledgeBase(kb.dir).routines.routines[0];
    expect(routine?.steps.map((s) => [s.remedy, s.repetitions])).toEqual([
      ['knee-hug', 2],
      ['back-arch', 1],
    ]);
    expect(loadKnowledgeBase(MINIMAL_KB).routines.routines.map((r) => r.id)).toEqual(['short']);
  });

  it('refuses a step that names an unknown remedy, with a suggestion', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) => t.replace('remedy: knee-hug', 'remedy: knee-hugs'));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/routines.yaml:7:17 routines[0].steps[0].remedy: unknown remedy id "knee-hugs" (did you mean "knee-hug"?)',
    ]);
  });

  it('refuses a step whose remedy is not a stretch', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) => t.replace('remedy: back-arch', 'remedy: ice-pack'));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/routines.yaml:12:17 routines[0].steps[1].remedy: remedy "ice-pack" is not a stretch (its category is cold)',
    ]);
  });

  it('refuses holds, repetitions and breaths outside the stretch’s dose', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) =>
      t
        .replace('hold: { value: 20, unit: seconds }', 'hold: { value: 1, unit: minutes }')
        .replace('repetitions: 8', 'repetitions: 12'),
    );
    kb.edit('remedies.yaml', (t) =>
      t.replace(
        '      repetitions: { min: 2, max: 3 }',
        '      repetitions: { min: 2, max: 3 }\n      breaths: { min: 5, max: 10 }',
      ),
    );
    kb.edit('routines.yaml', (t) => t.replace('        sides: each', '        sides: each\n        breaths: 3'));
    expect(problemsOf(kb.dir)).toEqual([
      "kb/routines.yaml:8:15 routines[0].steps[0].hold: a hold of 1 min is outside knee-hug's dose (20–30 seconds)",
      "kb/routines.yaml:11:18 routines[0].steps[0].breaths: 3 breaths is outside knee-hug's dose (5–10)",
      "kb/routines.yaml:15:22 routines[0].steps[1].repetitions: 12 repetitions is outside back-arch's dose (8–10)",
    ]);
  });

  it('needs either a hold or a pace for each step', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) =>
      t.replace(
        '        pace: { value: 6, unit: seconds }\n',
        '        pace: { value: 6, unit: seconds }\n        hold: { value: 5, unit: seconds }\n',
      ),
    );
    expect(problemsOf(kb.dir)[0]).toMatch(
      new RegExp(
        String.raw`routines\[0\]\.steps\[1\]\.hold: a step needs either hold \(a position held\) or pace \(a ` +
          String.raw`movement repeated\), not both$`,
      ),
    );
  });

  it('checks the sources of a routine and of its stop rule', () => {
    const kb = copyKb();
    kb.edit('routines.yaml', (t) =>
      t.replace(
        '      sources: [test-leaflet]\n    sources: [test-leaflet]',
        '      sources: [test-leaflt]\n    sources: [nowhere]',
      ),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/routines.yaml:17:17 routines[0].stopRule.sources[0]: unknown source id "test-leaflt" (did you mean ' +
        '"test-leaflet"?)',
      'kb/routines.yaml:18:15 routines[0].sources[0]: unknown source id "nowhere"',
    ]);
  });
});
