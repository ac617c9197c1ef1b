// An ice/heat schedule in words: titles, what to do at each change, the
// skin check after each session, and the checklist before the first one.
// All the safety text comes from thermal.yaml.
import type { KnowledgeBase, ThermalProtocol } from '../../kb/types.js';
import type { ThermalKind, ThermalSchedule } from '../../core/timer/schedule.js';
import { toSeconds } from '../../core/vocabulary.js';
import { formatDuration } from '../../core/time/duration.js';
import type { CountdownSession, ShownPhase } from './session.js';

const NAME: Record<ThermalKind, string> = { ice: 'Ice', heat: 'Heat' };
const PACK: Record<ThermalKind, string> = { ice: 'ice pack', heat: 'heat pack' };

/** While paused the pack comes off; once the skin has had its minimum rest, the session is over. */
function pauseRules(
  protocol: ThermalProtocol,
  pack: string,
): Pick<ShownPhase, 'pauseText' | 'maxPauseSeconds' | 'restartText'> {
  const rest = toSeconds(protocol.restBetween.min, protocol.restBetween.unit);
  return {
    pauseText:
      `Take the ${pack} off while paused. A pause longer than ${formatDuration(rest)} ends this session; ` +
      `resuming then starts a new one.`,
    maxPauseSeconds: rest,
    restartText: `Look at your skin before you put the ${pack} back on. ${protocol.afterSession}`,
  };
}

export function thermalSession(kb: KnowledgeBase, schedule: ThermalSchedule): CountdownSession {
  const protocols = new Map(kb.thermal.protocols.map((p) => [p.id, p]));
  const protocolOf = (kind: ThermalKind) => protocols.get(kind) as ThermalProtocol;
  const sessionsOf = (kind: ThermalKind) => schedule.phases.filter((p) => p.kind === kind).length;
  const count: Record<ThermalKind, number> = { ice: 0, heat: 0 };
  const phases = schedule.phases.map((phase, i): ShownPhase => {
    const protocol = protocolOf(phase.protocol);
    const json = { protocol: phase.protocol, cycle: phase.cycle, cycles: schedule.cycles };
    if (phase.kind === 'rest') {
      const next = schedule.phases[i + 1];
      return {
        seconds: phase.seconds,
        kind: 'rest',
        title: 'Rest',
        detail: `nothing on the skin${next ? `, then ${next.kind}` : ''}`,
        tone: 'calm',
        startText: `Rest for ${formatDuration(phase.seconds)} with nothing on your skin.`,
        instructions: [protocol.afterSession],
        json,
      };
    }
    const session = ++count[phase.kind];
    return {
      seconds: phase.seconds,
      kind: phase.kind,
      title: NAME[phase.kind],
      detail: `session ${session} of ${sessionsOf(phase.kind)}`,
      tone: phase.kind === 'ice' ? 'cold' : 'warm',
      startText: `Put the ${PACK[phase.kind]} on, wrapped, for ${formatDuration(phase.seconds)}.`,
      instructions: protocol.beforeStart,
      endText: protocol.afterSession,
      stopText: protocol.afterSession,
      ...pauseRules(protocol, PACK[phase.kind]),
      json: { ...json, session },
    };
  });
  const kinds = schedule.kinds;
  return {
    command: 'ice-heat-timer',
    title: kinds.length === 2 ? 'Ice and heat timer' : `${NAME[kinds[0] ?? 'ice']} timer`,
    phases,
    intro: [
      {
        title: 'Before you start, check',
        items: kb.thermal.checklist
          .filter((c) => !c.kinds || c.kinds.some((k) => kinds.includes(k)))
          .map((c) => c.text),
      },
      ...kinds.map((kind) => ({ title: `Setting up the ${PACK[kind]}`, items: protocolOf(kind).beforeStart })),
      ...(schedule.notes.length > 0 ? [{ title: 'Notes', items: schedule.notes, inPlan: true }] : []),
    ],
    json: { mode: schedule.mode, kinds, cycles: schedule.cycles, notes: schedule.notes },
  };
}
