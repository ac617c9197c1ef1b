// A stretch routine from the knowledge base as timed phases for the engine:
// time to get ready before each step, then each hold (per side and
// repetition, with a relax between) or one block of slow repetitions. Pure.
import type { Routine } from '../../kb/types.js';
import { toSeconds } from '../vocabulary.js';

export type StretchPhaseKind = 'ready' | 'hold' | 'relax' | 'move';
export type Side = 'left' | 'right';

export interface StretchPhase {
  kind: StretchPhaseKind;
  seconds: number;
  remedy: string;
  /** 1-based step of the routine, and how many steps it has. */
  step: number;
  steps: number;
  /** For holds: which hold of the step this is (1-based) and how many there are. */
  hold?: number;
  holds?: number;
  side?: Side;
  /** For moves: how many slow repetitions fit in the phase. */
  repetitions?: number;
  breaths?: number;
}

export function routinePhases(routine: Routine): StretchPhase[] {
  const phases: StretchPhase[] = [];
  const steps = routine.steps.length;
  const getReady = toSeconds(routine.getReady.value, routine.getReady.unit);
  routine.steps.forEach((s, i) => {
    const base = { remedy: s.remedy, step: i + 1, steps };
    phases.push({ kind: 'ready', seconds: getReady, ...base });
    if (s.pace) {
      const seconds = toSeconds(s.pace.value, s.pace.unit) * s.repetitions;
      phases.push({
        kind: 'move',
        seconds,
        ...base,
        repetitions: s.repetitions,
        ...(s.breaths ? { breaths: s.breaths } : {}),
      });
      return;
    }
    if (!s.hold) return;
    const hold = toSeconds(s.hold.value, s.hold.unit);
    const sides = holdSides(s.sides, s.repetitions);
    sides.forEach((side, h) => {
      if (h > 0 && s.relax) phases.push({ kind: 'relax', seconds: toSeconds(s.relax.value, s.relax.unit), ...base });
      phases.push({
        kind: 'hold',
        seconds: hold,
        ...base,
        hold: h + 1,
        holds: sides.length,
        ...(side ? { side } : {}),
        ...(s.breaths ? { breaths: s.breaths } : {}),
      });
    });
  });
  return phases;
}

/** The side of each hold: `each` does every repetition left then right; `alternate` switches each time. */
function holdSides(sides: Routine['steps'][number]['sides'], repetitions: number): (Side | undefined)[] {
  const out: (Side | undefined)[] = [];
  for (let r = 0; r < repetitions; r++) {
    if (sides === 'each') out.push('left', 'right');
    else if (sides === 'alternate') out.push(r % 2 === 0 ? 'left' : 'right');
    else out.push(undefined);
  }
  return out;
}
