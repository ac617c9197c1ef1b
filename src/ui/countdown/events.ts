// Countdown events as plain lines (one per event, with its clock time) and
// as NDJSON objects. Pure. The JSON shape is documented in docs/usage.md
// ("ice-heat-timer --json"); EVENT_SCHEMA_VERSION changes only when a field is
// removed or changes meaning.
import type { TimerEvent } from '../../core/timer/engine.js';
import { formatClockDuration, formatDuration } from '../../core/time/duration.js';
import { localClock } from '../../core/time/when.js';
import type { CountdownSession, ShownPhase } from './session.js';

export const EVENT_SCHEMA_VERSION = 1;

export type StopReason = 'quit' | 'interrupted' | 'terminated';

export type RunEvent =
  | TimerEvent
  | { type: 'start'; at: number; endsAt: number }
  | { type: 'stopped'; at: number; reason: StopReason; index: number | undefined; remainingMs: number };

const clock = (ms: number) => localClock(new Date(ms), true);
const iso = (ms: number) => new Date(ms).toISOString();
const secondsLeft = (ms: number) => Math.ceil(ms / 1000);

/** The phase as it appears inside JSON events and the plan. */
export function phaseJson(phase: ShownPhase, index: number): Record<string, unknown> {
  return { index, kind: phase.kind, title: phase.title, detail: phase.detail, seconds: phase.seconds, ...phase.json };
}

export function eventJson(session: CountdownSession, event: RunEvent): Record<string, unknown> {
  const base = { schemaVersion: EVENT_SCHEMA_VERSION, event: event.type, at: iso(event.at) };
  const phase = (index: number | undefined) => {
    const p = index === undefined ? undefined : session.phases[index];
    return p && index !== undefined ? { phase: phaseJson(p, index) } : {};
  };
  switch (event.type) {
    case 'start':
      return {
        ...base,
        command: session.command,
        title: session.title,
        endsAt: iso(event.endsAt),
        ...session.json,
        phases: session.phases.map(phaseJson),
      };
    case 'phase_start':
      return { ...base, ...phase(event.index), endsAt: iso(event.endsAt) };
    case 'phase_end':
      return {
        ...base,
        ...phase(event.index),
        endedAt: iso(event.endedAt),
        ...reminder(session.phases[event.index]?.endText),
      };
    case 'paused':
      return { ...base, ...phase(event.index), remainingSeconds: secondsLeft(event.remainingMs) };
    case 'resumed':
      return { ...base, ...phase(event.index), endsAt: iso(event.endsAt) };
    case 'restarted':
      return {
        ...base,
        ...phase(event.index),
        endedAt: iso(event.endedAt),
        remainingSeconds: secondsLeft(event.remainingMs),
        endsAt: iso(event.endsAt),
        ...reminder(session.phases[event.index]?.restartText),
      };
    case 'skipped':
      return {
        ...base,
        ...phase(event.index),
        remainingSeconds: secondsLeft(event.remainingMs),
        ...reminder(session.phases[event.index]?.endText),
      };
    case 'slept':
      return {
        ...base,
        ...phase(event.index),
        since: iso(event.since),
        sleptSeconds: Math.round(event.sleptMs / 1000),
        phaseEndedAt: event.phaseEndedAt === undefined ? null : iso(event.phaseEndedAt),
      };
    case 'done':
      return base;
    case 'stopped':
      return {
        ...base,
        reason: event.reason,
        ...phase(event.index),
        remainingSeconds: secondsLeft(event.remainingMs),
        ...reminder(event.index === undefined ? undefined : session.phases[event.index]?.stopText),
      };
  }
}

function reminder(text: string | undefined): { reminder?: string } {
  return text ? { reminder: text } : {};
}

const STOPPED: Record<StopReason, string> = {
  quit: 'Stopped',
  interrupted: 'Interrupted',
  terminated: 'Stopped by a signal',
};

/** One line per event, starting with the local clock time. */
export function eventLine(session: CountdownSession, event: RunEvent): string {
  const p = 'index' in event && event.index !== undefined ? session.phases[event.index] : undefined;
  const name = p ? p.title : 'the timer';
  const text = ((): string => {
    switch (event.type) {
      case 'start': {
        const total = session.phases.reduce((sum, ph) => sum + ph.seconds, 0);
        return (
          `${session.title} started: ${phaseCount(session.phases.length)}, ${formatDuration(total)}, until ` +
          `about ${clock(event.endsAt)}.`
        );
      }
      case 'phase_start':
        return (
          `${name} (${p?.detail}): ${formatDuration(p?.seconds ?? 0)}, ` +
          `until ${clock(event.endsAt)}. ${p?.startText ?? ''}`
        );
      case 'phase_end': {
        const late = event.at - event.endedAt > 2000 ? ` at ${clock(event.endedAt)}` : '';
        return `${name} ended${late}.${p?.endText ? ` ${p.endText}` : ''}`;
      }
      case 'paused':
        return (
          `Paused with ${formatClockDuration(event.remainingMs / 1000)} of ${name.toLowerCase()} ` +
          `left.${p?.pauseText ? ` ${p.pauseText}` : ''}`
        );
      case 'restarted':
        return (
          `${name} ended at ${clock(event.endedAt)}: the pause was longer than the rest the skin needs. A new ` +
          `session starts now, until ${clock(event.endsAt)}.${p?.restartText ? ` ${p.restartText}` : ''}`
        );
      case 'resumed':
        return `Resumed: ${name.toLowerCase()} until ${clock(event.endsAt)}.`;
      case 'skipped':
        return (
          `${name} skipped with ${formatClockDuration(event.remainingMs / 1000)} ` +
          `left.${p?.endText ? ` ${p.endText}` : ''}`
        );
      case 'slept': {
        const asleep =
          `The computer was asleep for ${formatDuration(event.sleptMs / 1000)}, ` + `since ${clock(event.since)}`;
        return event.phaseEndedAt === undefined
          ? `${asleep}; the countdown kept time by the clock.`
          : `${asleep}. ${name} ended at ${clock(event.phaseEndedAt)}, while it was asleep.`;
      }
      case 'done':
        return 'Done.';
      case 'stopped': {
        const left = p ? ` with ${formatClockDuration(event.remainingMs / 1000)} of ${name.toLowerCase()} left` : '';
        return `${STOPPED[event.reason]}${left}.${p?.stopText ? ` ${p.stopText}` : ''}`;
      }
    }
  })();
  return `${clock(event.at)}  ${text.trim()}`;
}

function phaseCount(n: number): string {
  return `${n} phase${n === 1 ? '' : 's'}`;
}
