// backcare stretch, run in this process (tests/helpers/test-io.ts): the plan of the built-in
// routines and a bad routine. The routine itself runs in tests/e2e/stretch.test.ts.
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/test-io.js';

describe('backcare stretch', () => {
  it('plans the built-in routines', async () => {
    const r = await runInProcess(['stretch', '--plan']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Gentle stretches for a sore back, if you start now:/);
    expect(r.stdout).toContain('Knee-to-chest stretch');
    const lying = JSON.parse(
      (await runInProcess(['stretch', '--routine', 'lying-down', '--plan', '--json'])).stdout,
    ) as {
      routine: string;
      phases: { remedy: string }[];
    };
    expect(lying.routine).toBe('lying-down');
    expect(new Set(lying.phases.map((p) => p.remedy))).toEqual(new Set(['knee-to-chest', 'knee-rolls', 'pelvic-tilt']));
  });

  it('refuses an unknown routine with the nearest id and the list', async () => {
    const r = await runInProcess(['stretch', '--routine', 'gentel']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'backcare: unknown routine "gentel"; did you mean "gentle"? use one of: gentle, lying-down\n',
    );
  });
});
