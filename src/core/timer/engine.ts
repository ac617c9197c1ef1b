// The countdown as a pure state machine. Every function takes the state and a
// clock reading and returns the next state plus what happened, so the whole
// timer runs in tests on a fake clock.
//
// Timing rules (docs/usage.md, "Timing"):
// - Remaining time is always deadline - now on the wall clock, never a count
//   of ticks, so a late or missed tick cannot make the timer drift.
// - Pausing moves the deadline by the time spent paused. A phase with
//   `maxPauseSeconds` (an ice or heat session: the pack is off while paused)
//   ends if the pause lasts longer; resuming then starts it afresh (`restarted`).
// - The wall clock is the truth: an ice pack keeps cooling while the laptop
//   sleeps. A wall-clock step more than SLEEP_THRESHOLD_MS beyond the
//   monotonic clock (which stops during suspend) is reported as `slept`, with
//   the time the phase really ended if it ended meanwhile. A step backwards
//   (the clock was set back) shifts the deadline, so the phase keeps its length.
// - A phase that ends on time hands over at its deadline (no drift across
//   phases); one that ended long ago (asleep, or the process was stopped)
//   starts the next phase now, because the person is only told now.

export interface Reading {
  /** Wall clock, ms since the epoch (Date.now()). */
  wall: number;
  /** Monotonic clock, ms (performance.now()); only differences matter. */
  mono: number;
}

export interface TimedPhase {
  seconds: number;
  /** A pause longer than this ends the phase; resuming starts it again from the beginning. */
  maxPauseSeconds?: number;
}

export type TimerStatus = 'running' | 'paused' | 'done';

export interface TimerState<P extends TimedPhase = TimedPhase> {
  readonly phases: readonly P[];
  /** Index of the current phase; phases.length once done. */
  readonly index: number;
  readonly status: TimerStatus;
  /** Wall-clock ms when the current phase started (moved by pauses). */
  readonly startedAt: number;
  /** Wall-clock ms when the current phase ends (moved by pauses). */
  readonly deadline: number;
  /** Wall-clock ms when the pause began, while paused. */
  readonly pausedAt: number | undefined;
  /** The last reading seen, to notice sleep and clock changes. */
  readonly last: Reading;
}

export type TimerEvent =
  | { type: 'phase_start'; at: number; index: number; endsAt: number }
  | { type: 'phase_end'; at: number; index: number; endedAt: number }
  | { type: 'paused'; at: number; index: number; remainingMs: number }
  | { type: 'resumed'; at: number; index: number; endsAt: number }
  /**
   * Resumed after a pause longer than the phase allows: it ended at `endedAt` with `remainingMs` left, and starts again
   * now.
   */
  | { type: 'restarted'; at: number; index: number; endedAt: number; remainingMs: number; endsAt: number }
  | { type: 'skipped'; at: number; index: number; remainingMs: number }
  | { type: 'slept'; at: number; index: number; since: number; sleptMs: number; phaseEndedAt: number | undefined }
  | { type: 'done'; at: number };

export interface Step<P extends TimedPhase = TimedPhase> {
  state: TimerState<P>;
  events: TimerEvent[];
}

/** A wall-clock step this far beyond the monotonic clock means the computer slept. */
const SLEEP_THRESHOLD_MS = 2000;
/** A phase end noticed later than this starts the next phase now rather than at the old deadline. */
const LATE_HANDOVER_MS = 2000;

export function start<P extends TimedPhase>(phases: readonly P[], now: Reading): Step<P> {
  const initial: TimerState<P> = {
    phases,
    index: -1,
    status: 'running',
    startedAt: now.wall,
    deadline: now.wall,
    pausedAt: undefined,
    last: now,
  };
  return enter(initial, 0, now.wall, now, []);
}

/** Advances the timer to `now`: notices sleep, ends the phase when its deadline has passed. */
export function tick<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  const observed = observe(state, now);
  let current = observed.state;
  const events = observed.events;
  if (current.status !== 'running' || now.wall < current.deadline) return { state: current, events };

  const endedAt = current.deadline;
  const slept = events.find((e) => e.type === 'slept');
  if (slept && slept.type === 'slept' && endedAt > slept.since)
    events[events.indexOf(slept)] = { ...slept, phaseEndedAt: endedAt };
  events.push({ type: 'phase_end', at: now.wall, index: current.index, endedAt });
  const handover = now.wall - endedAt > LATE_HANDOVER_MS ? now.wall : endedAt;
  current = { ...current, last: now };
  return enter(current, current.index + 1, handover, now, events);
}

export function pause<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  const { state: s, events } = tick(state, now);
  if (s.status !== 'running') return { state: s, events };
  events.push({ type: 'paused', at: now.wall, index: s.index, remainingMs: s.deadline - now.wall });
  return { state: { ...s, status: 'paused', pausedAt: now.wall }, events };
}

export function resume<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  const { state: s, events } = observe(state, now);
  if (s.status !== 'paused' || s.pausedAt === undefined) return { state: s, events };
  const shift = now.wall - s.pausedAt;
  const phase = currentPhase(s);
  if (phase?.maxPauseSeconds !== undefined && shift > phase.maxPauseSeconds * 1000) {
    const endsAt = now.wall + phase.seconds * 1000;
    events.push({
      type: 'restarted',
      at: now.wall,
      index: s.index,
      endedAt: s.pausedAt,
      remainingMs: s.deadline - s.pausedAt,
      endsAt,
    });
    return { state: { ...s, status: 'running', pausedAt: undefined, startedAt: now.wall, deadline: endsAt }, events };
  }
  const deadline = s.deadline + shift;
  events.push({ type: 'resumed', at: now.wall, index: s.index, endsAt: deadline });
  return { state: { ...s, status: 'running', pausedAt: undefined, startedAt: s.startedAt + shift, deadline }, events };
}

export function togglePause<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  return state.status === 'paused' ? resume(state, now) : pause(state, now);
}

/** Ends the current phase now and starts the next one (running, even if paused). */
export function skip<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  const { state: s, events } = state.status === 'paused' ? observe(state, now) : tick(state, now);
  if (s.status === 'done') return { state: s, events };
  events.push({ type: 'skipped', at: now.wall, index: s.index, remainingMs: remainingMs(s, now.wall) });
  return enter({ ...s, status: 'running', pausedAt: undefined }, s.index + 1, now.wall, now, events);
}

/** Milliseconds left in the current phase (frozen while paused, 0 when done). */
export function remainingMs(state: TimerState, wall: number): number {
  if (state.status === 'done') return 0;
  const at = state.status === 'paused' && state.pausedAt !== undefined ? state.pausedAt : wall;
  return Math.max(0, state.deadline - at);
}

/** The whole seconds a countdown shows: 60 for a fresh one-minute phase, 1 in its last second. */
export function displaySeconds(state: TimerState, wall: number): number {
  return Math.ceil(remainingMs(state, wall) / 1000);
}

/**
 * How long to wait before the next tick: until the displayed second changes
 * (so redraws land on whole-second boundaries, and the last one on the
 * deadline), never longer than a second (so sleep is noticed promptly).
 */
export function nextTickDelay(state: TimerState, wall: number): number {
  if (state.status !== 'running') return 1000;
  const left = state.deadline - wall;
  if (left <= 0) return 0;
  return left % 1000 || 1000;
}

export function currentPhase<P extends TimedPhase>(state: TimerState<P>): P | undefined {
  return state.phases[state.index];
}

function enter<P extends TimedPhase>(
  state: TimerState<P>,
  index: number,
  at: number,
  now: Reading,
  events: TimerEvent[],
): Step<P> {
  const phase = state.phases[index];
  if (!phase) {
    events.push({ type: 'done', at: now.wall });
    return { state: { ...state, index: state.phases.length, status: 'done', pausedAt: undefined, last: now }, events };
  }
  const deadline = at + phase.seconds * 1000;
  events.push({ type: 'phase_start', at: now.wall, index, endsAt: deadline });
  return {
    state: { ...state, index, status: 'running', startedAt: at, deadline, pausedAt: undefined, last: now },
    events,
  };
}

/** Compares the wall clock's step with the monotonic clock's since the last reading. */
function observe<P extends TimedPhase>(state: TimerState<P>, now: Reading): Step<P> {
  const drift = now.wall - state.last.wall - (now.mono - state.last.mono);
  const events: TimerEvent[] = [];
  let next: TimerState<P> = { ...state, last: now };
  if (state.status === 'done') return { state: next, events };
  if (drift > SLEEP_THRESHOLD_MS && state.status === 'running') {
    events.push({
      type: 'slept',
      at: now.wall,
      index: state.index,
      since: state.last.wall,
      sleptMs: drift,
      phaseEndedAt: undefined,
    });
  } else if (drift < -SLEEP_THRESHOLD_MS) {
    // The clock was set back: keep the phase's remaining time as it was.
    next = {
      ...next,
      startedAt: state.startedAt + drift,
      deadline: state.deadline + drift,
      pausedAt: state.pausedAt === undefined ? undefined : state.pausedAt + drift,
    };
  }
  return { state: next, events };
}
