// A stretch routine in words: each step's how-to from its remedy, what to
// hold and for how long, and the routine's stop rule on every screen.
import type { KnowledgeBase, Remedy, Routine } from '../../kb/types.js';
import { toSeconds } from '../../core/vocabulary.js';
import { routinePhases, type StretchPhase } from '../../core/timer/routine.js';
import { groupsNotFor } from '../../core/populations.js';
import { formatDuration } from '../../core/time/duration.js';
import type { CountdownSession, ShownPhase } from './session.js';

export function stretchSession(kb: KnowledgeBase, routine: Routine): CountdownSession {
  const remedies = new Map(kb.remedies.remedies.map((r) => [r.id, r]));
  const remedyOf = (id: string) => remedies.get(id) as Remedy;
  const phases = routinePhases(routine);
  const shown = phases.map((phase, i) => describe(phase, remedyOf(phase.remedy), routine, phases[i + 1]));
  const stepRemedies = [...new Set(routine.steps.map((s) => s.remedy))].map(remedyOf);
  const skipIf = [
    ...stepRemedies.flatMap((r) =>
      r.cautions.filter((c) => c.when && c.action === 'avoid').map((c) => `${r.name}: ${c.text}`),
    ),
    ...notForLines(kb, stepRemedies),
  ];
  return {
    command: 'stretch',
    title: routine.name,
    phases: shown,
    intro: [
      { title: routine.name, items: [routine.summary] },
      { title: 'Steps', items: routine.steps.map((s) => `${remedyOf(s.remedy).name}: ${stepDose(s)}`) },
      ...(skipIf.length > 0 ? [{ title: 'Skip a stretch if this applies to you', items: [...new Set(skipIf)] }] : []),
      { title: 'Stop rule', items: [routine.stopRule.text], inPlan: true },
    ],
    footer: routine.stopRule.text,
    json: { routine: routine.id },
  };
}

/** The groups of people the population matrix rules a step out for, one line per reason naming its stretches. */
function notForLines(kb: KnowledgeBase, remedies: Remedy[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const remedy of remedies) {
    for (const g of groupsNotFor(kb, remedy).filter((x) => x.stance === 'avoid')) {
      const who = `${g.name}${g.fromWeek === null ? '' : `, from week ${g.fromWeek}`}`;
      const key = `${who}|${g.reason}`;
      byReason.set(key, [...(byReason.get(key) ?? []), remedy.name]);
    }
  }
  return [...byReason].map(([key, names]) => {
    const [who, reason] = key.split('|');
    return `${names.join(', ')} (${who?.toLowerCase()}): ${reason}`;
  });
}

function describe(phase: StretchPhase, remedy: Remedy, routine: Routine, next: StretchPhase | undefined): ShownPhase {
  const step = routine.steps[phase.step - 1];
  const json = {
    remedy: phase.remedy,
    step: phase.step,
    steps: phase.steps,
    ...(phase.hold !== undefined ? { hold: phase.hold, holds: phase.holds } : {}),
    ...(phase.side ? { side: phase.side } : {}),
    ...(phase.repetitions !== undefined ? { repetitions: phase.repetitions } : {}),
    ...(phase.breaths !== undefined ? { breaths: phase.breaths } : {}),
  };
  const stepOf = `step ${phase.step} of ${phase.steps}`;
  const breaths = phase.breaths ? `, about ${phase.breaths} slow breaths` : '';
  switch (phase.kind) {
    case 'ready':
      return {
        seconds: phase.seconds,
        kind: 'ready',
        title: `Get ready: ${remedy.name}`,
        detail: stepOf,
        tone: 'calm',
        startText: `Next: ${remedy.name}. ${remedy.steps[0] ?? ''}`.trim(),
        instructions: remedy.steps,
        json,
      };
    case 'move':
      return {
        seconds: phase.seconds,
        kind: 'move',
        title: remedy.name,
        detail: `${phase.repetitions} slow repetitions${breaths} · ${stepOf}`,
        tone: 'active',
        startText: `Start: ${phase.repetitions} slow repetitions of ${remedy.name.toLowerCase()}.`,
        instructions: remedy.steps,
        json,
      };
    case 'relax':
      return {
        seconds: phase.seconds,
        kind: 'relax',
        title: 'Relax',
        detail: next?.side
          ? `then the ${next.side} side`
          : `then hold ${next?.hold ?? ''} of ${next?.holds ?? ''}`.trim(),
        tone: 'calm',
        startText: 'Relax and come back to the start slowly.',
        instructions: [step?.note ?? 'Come back to the start slowly and breathe.'],
        json,
      };
    case 'hold': {
      return {
        seconds: phase.seconds,
        kind: 'hold',
        title: remedy.name,
        detail: `${holdCount(phase, step?.sides === 'each')}${breaths} · ${stepOf}`,
        ...(phase.side ? { nextLabel: `${remedy.name}, ${phase.side} side` } : {}),
        tone: 'active',
        startText: `Hold${phase.side ? ` (${phase.side} side)` : ''} for ${formatDuration(phase.seconds)}${breaths}.`,
        instructions: remedy.steps,
        json,
      };
    }
  }
}

/** "left side · hold 1 of 2": on each side, holds are counted per side, as the dose says "2 times on each side". */
function holdCount(
  phase: { side?: string | undefined; hold?: number | undefined; holds?: number | undefined },
  eachSide: boolean,
): string {
  if (!phase.side) return `hold ${phase.hold} of ${phase.holds}`;
  if (!eachSide) return `${phase.side} side · hold ${phase.hold} of ${phase.holds}`;
  return `${phase.side} side · hold ${Math.ceil((phase.hold ?? 1) / 2)} of ${Math.ceil((phase.holds ?? 1) / 2)}`;
}

function stepDose(step: Routine['steps'][number]): string {
  const sides = step.sides === 'each' ? ' on each side' : step.sides === 'alternate' ? ', alternating sides' : '';
  if (step.pace) return `${step.repetitions} slow repetitions`;
  const hold = step.hold ? formatDuration(toSeconds(step.hold.value, step.hold.unit)) : '';
  const breaths = step.breaths ? ` (about ${step.breaths} slow breaths)` : '';
  return `hold ${hold}${breaths}, ${step.repetitions} time${step.repetitions === 1 ? '' : 's'}${sides}`;
}
