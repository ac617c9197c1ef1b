import { describe, expect, it } from 'vitest';
import { routinePhases } from '../../../src/core/timer/routine.js';
import type { Routine } from '../../../src/kb/types.js';

const routine = (steps: Routine['steps']): Routine => ({
  id: 'test',
  name: 'Test',
  summary: 'Test routine.',
  getReady: { value: 10, unit: 'seconds' },
  steps,
  stopRule: { text: 'Stop if it hurts.', sources: ['s'] },
  sources: ['s'],
});

const shape = (r: Routine) =>
  routinePhases(r).map((p) => [p.kind, p.seconds, p.side ?? '', p.hold ?? p.repetitions ?? ''].join(':'));

describe('routinePhases', () => {
  it('holds each repetition on the left then the right, relaxing between holds', () => {
    const r = routine([
      {
        remedy: 'knee-hug',
        hold: { value: 20, unit: 'seconds' },
        repetitions: 2,
        sides: 'each',
        relax: { value: 5, unit: 'seconds' },
      },
    ]);
    expect(shape(r)).toEqual([
      'ready:10::',
      'hold:20:left:1',
      'relax:5::',
      'hold:20:right:2',
      'relax:5::',
      'hold:20:left:3',
      'relax:5::',
      'hold:20:right:4',
    ]);
  });

  it('alternates sides for each repetition, and holds without sides or relax back to back', () => {
    const alternate = routine([
      { remedy: 'rolls', hold: { value: 5, unit: 'seconds' }, repetitions: 3, sides: 'alternate' },
    ]);
    expect(shape(alternate)).toEqual(['ready:10::', 'hold:5:left:1', 'hold:5:right:2', 'hold:5:left:3']);
    const plain = routine([{ remedy: 'pose', hold: { value: 30, unit: 'seconds' }, repetitions: 1, breaths: 5 }]);
    expect(routinePhases(plain)[1]).toEqual({
      kind: 'hold',
      seconds: 30,
      remedy: 'pose',
      step: 1,
      steps: 1,
      hold: 1,
      holds: 1,
      breaths: 5,
    });
  });

  it('times a movement step as its repetitions at the given pace, with a get-ready before every step', () => {
    const r = routine([
      { remedy: 'arch', pace: { value: 6, unit: 'seconds' }, repetitions: 8 },
      { remedy: 'pose', hold: { value: 1, unit: 'minutes' }, repetitions: 1 },
    ]);
    expect(routinePhases(r).map((p) => `${p.kind}:${p.seconds}:${p.step}/${p.steps}`)).toEqual([
      'ready:10:1/2',
      'move:48:1/2',
      'ready:10:2/2',
      'hold:60:2/2',
    ]);
  });
});
