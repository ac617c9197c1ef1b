// The countdown engine on a fake clock: no timers, no waiting.
import { describe, expect, it } from 'vitest';
import {
  displaySeconds,
  nextTickDelay,
  pause,
  remainingMs,
  resume,
  skip,
  start,
  tick,
  togglePause,
  type Reading,
  type TimerEvent,
  type TimerState,
} from '../../../src/core/timer/engine.js';

interface Phase {
  kind: string;
  seconds: number;
  maxPauseSeconds?: number;
}

const T0 = Date.UTC(2026, 10, 21, 10, 0, 0);
const MIN = 60_000;

/** A fake clock whose wall and monotonic readings move together unless told otherwise. */
function fakeClock() {
  let wall = T0;
  let mono = 5_000;
  return {
    now: (): Reading => ({ wall, mono }),
    advance(ms: number) {
      wall += ms;
      mono += ms;
    },
    /** The machine sleeps: the wall clock moves, the monotonic clock does not. */
    sleep(ms: number) {
      wall += ms;
    },
    setBack(ms: number) {
      wall -= ms;
    },
  };
}

/** Runs ticks every `step` ms until `until` ms have passed, collecting events. */
function runFor(state: TimerState<Phase>, clock: ReturnType<typeof fakeClock>, until: number, step = 1000) {
  const events: TimerEvent[] = [];
  let s = state;
  for (let t = 0; t < until; t += step) {
    clock.advance(step);
    const r = tick(s, clock.now());
    s = r.state;
    events.push(...r.events);
  }
  return { state: s, events };
}

const types = (events: TimerEvent[]) => events.map((e) => e.type);

describe('timer engine', () => {
  const phases: Phase[] = [
    { kind: 'ice', seconds: 20 * 60 },
    { kind: 'rest', seconds: 20 * 60 },
    { kind: 'heat', seconds: 15 * 60 },
  ];

  it('starts the first phase with its deadline', () => {
    const clock = fakeClock();
    const { state, events } = start(phases, clock.now());
    expect(events).toEqual([{ type: 'phase_start', at: T0, index: 0, endsAt: T0 + 20 * MIN }]);
    expect(state.status).toBe('running');
    expect(remainingMs(state, T0)).toBe(20 * MIN);
    expect(displaySeconds(state, T0)).toBe(1200);
  });

  it('computes remaining time from the deadline, whatever the ticks did', () => {
    const clock = fakeClock();
    const { state } = start(phases, clock.now());
    clock.advance(7 * MIN + 300);
    // No tick for seven minutes: the remaining time is still right.
    expect(remainingMs(state, clock.now().wall)).toBe(13 * MIN - 300);
    expect(displaySeconds(state, clock.now().wall)).toBe(13 * 60);
  });

  it('ends a phase exactly at its deadline and hands over without drift', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(20 * MIN - 1);
    let r = tick(state, clock.now());
    expect(r.events).toEqual([]);
    clock.advance(1);
    r = tick(r.state, clock.now());
    expect(types(r.events)).toEqual(['phase_end', 'phase_start']);
    expect(r.events[0]).toMatchObject({ index: 0, endedAt: T0 + 20 * MIN });
    expect(r.events[1]).toMatchObject({ index: 1, endsAt: T0 + 40 * MIN });
    state = r.state;
    // A tick 900 ms late still hands over at the deadline, so phase 3 ends on schedule.
    clock.advance(20 * MIN + 900);
    r = tick(state, clock.now());
    expect(r.events[1]).toMatchObject({ type: 'phase_start', index: 2, endsAt: T0 + 55 * MIN });
  });

  it('moves the deadline by the time spent paused', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(5 * MIN);
    let r = pause(state, clock.now());
    expect(r.events).toEqual([{ type: 'paused', at: T0 + 5 * MIN, index: 0, remainingMs: 15 * MIN }]);
    state = r.state;
    clock.advance(3 * MIN);
    expect(remainingMs(state, clock.now().wall)).toBe(15 * MIN);
    // Ticks while paused end nothing, even past the old deadline.
    clock.advance(20 * MIN);
    expect(tick(state, clock.now()).events).toEqual([]);
    r = resume(state, clock.now());
    expect(r.events).toEqual([{ type: 'resumed', at: T0 + 28 * MIN, index: 0, endsAt: T0 + 43 * MIN }]);
    expect(remainingMs(r.state, clock.now().wall)).toBe(15 * MIN);
  });

  it('ends a session whose pause outlasts its limit, and starts it afresh on resume', () => {
    const clock = fakeClock();
    const iceOnly: Phase[] = [{ kind: 'ice', seconds: 20 * 60, maxPauseSeconds: 20 * 60 }];
    let { state } = start(iceOnly, clock.now());
    clock.advance(5 * MIN);
    state = pause(state, clock.now()).state;
    clock.advance(20 * MIN); // exactly the limit: an ordinary resume
    const ordinary = resume(state, clock.now());
    expect(ordinary.events).toEqual([{ type: 'resumed', at: T0 + 25 * MIN, index: 0, endsAt: T0 + 40 * MIN }]);
    clock.advance(1000); // one second more: the session is over
    const r = resume(state, clock.now());
    const at = T0 + 25 * MIN + 1000;
    expect(r.events).toEqual([
      { type: 'restarted', at, index: 0, endedAt: T0 + 5 * MIN, remainingMs: 15 * MIN, endsAt: at + 20 * MIN },
    ]);
    expect(r.state.status).toBe('running');
    expect(remainingMs(r.state, at)).toBe(20 * MIN);
  });

  it('toggles pause and ignores resume when running and pause when paused', () => {
    const clock = fakeClock();
    const { state } = start(phases, clock.now());
    expect(resume(state, clock.now()).events).toEqual([]);
    const paused = togglePause(state, clock.now());
    expect(paused.state.status).toBe('paused');
    expect(pause(paused.state, clock.now()).events).toEqual([]);
    expect(togglePause(paused.state, clock.now()).state.status).toBe('running');
  });

  it('skips to the next phase now, and skipping while paused runs the next phase', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(2 * MIN);
    let r = skip(state, clock.now());
    expect(r.events).toEqual([
      { type: 'skipped', at: T0 + 2 * MIN, index: 0, remainingMs: 18 * MIN },
      { type: 'phase_start', at: T0 + 2 * MIN, index: 1, endsAt: T0 + 22 * MIN },
    ]);
    state = pause(r.state, clock.now()).state;
    clock.advance(MIN);
    r = skip(state, clock.now());
    expect(r.events[0]).toMatchObject({ type: 'skipped', index: 1, remainingMs: 20 * MIN });
    expect(r.state.status).toBe('running');
    expect(r.state.index).toBe(2);
    r = skip(r.state, clock.now());
    expect(types(r.events)).toEqual(['skipped', 'done']);
    expect(skip(r.state, clock.now()).events).toEqual([]);
  });

  it('reports a ten-minute sleep with the time the phase really ended', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(15 * MIN);
    state = tick(state, clock.now()).state;
    clock.sleep(10 * MIN); // asleep from 10:15 to 10:25; the ice phase ended at 10:20
    const r = tick(state, clock.now());
    expect(r.events).toEqual([
      {
        type: 'slept',
        at: T0 + 25 * MIN,
        index: 0,
        since: T0 + 15 * MIN,
        sleptMs: 10 * MIN,
        phaseEndedAt: T0 + 20 * MIN,
      },
      { type: 'phase_end', at: T0 + 25 * MIN, index: 0, endedAt: T0 + 20 * MIN },
      // The rest starts when the person is told, not in the past.
      { type: 'phase_start', at: T0 + 25 * MIN, index: 1, endsAt: T0 + 45 * MIN },
    ]);
  });

  it('counts a sleep that ends inside the phase against the phase', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(2 * MIN);
    state = tick(state, clock.now()).state;
    clock.sleep(10 * MIN);
    const r = tick(state, clock.now());
    expect(r.events).toEqual([
      { type: 'slept', at: T0 + 12 * MIN, index: 0, since: T0 + 2 * MIN, sleptMs: 10 * MIN, phaseEndedAt: undefined },
    ]);
    expect(remainingMs(r.state, clock.now().wall)).toBe(8 * MIN);
  });

  it('ignores clock jitter under the threshold', () => {
    const clock = fakeClock();
    const { state } = start(phases, clock.now());
    clock.advance(1000);
    clock.sleep(1500);
    expect(tick(state, clock.now()).events).toEqual([]);
  });

  it('keeps the remaining time when the clock is set back', () => {
    const clock = fakeClock();
    let { state } = start(phases, clock.now());
    clock.advance(5 * MIN);
    state = tick(state, clock.now()).state;
    clock.advance(1000);
    clock.setBack(60 * MIN);
    const r = tick(state, clock.now());
    expect(r.events).toEqual([]);
    expect(remainingMs(r.state, clock.now().wall)).toBe(15 * MIN - 1000);
  });

  it('starts the next phase now when a phase end is noticed late without sleep (process stopped)', () => {
    const clock = fakeClock();
    const { state } = start(phases, clock.now());
    clock.advance(30 * MIN); // e.g. suspended with Ctrl-Z: both clocks moved
    const r = tick(state, clock.now());
    expect(r.events).toEqual([
      { type: 'phase_end', at: T0 + 30 * MIN, index: 0, endedAt: T0 + 20 * MIN },
      { type: 'phase_start', at: T0 + 30 * MIN, index: 1, endsAt: T0 + 50 * MIN },
    ]);
  });

  it('runs a full alternate schedule of two cycles, tick by tick, to done', () => {
    const schedule: Phase[] = [
      { kind: 'ice', seconds: 3 },
      { kind: 'rest', seconds: 2 },
      { kind: 'heat', seconds: 3 },
      { kind: 'rest', seconds: 2 },
      { kind: 'ice', seconds: 3 },
      { kind: 'rest', seconds: 2 },
      { kind: 'heat', seconds: 3 },
    ];
    const clock = fakeClock();
    const first = start(schedule, clock.now());
    const { state, events } = runFor(first.state, clock, 30_000, 250);
    const all = [...first.events, ...events];
    expect(state.status).toBe('done');
    const starts = all.filter((e) => e.type === 'phase_start');
    expect(starts.map((e) => (e.type === 'phase_start' ? schedule[e.index]?.kind : ''))).toEqual(
      schedule.map((p) => p.kind),
    );
    // Each phase ends exactly at its scheduled second: 3, 5, 8, 10, 13, 15, 18.
    const ends = all.flatMap((e) => (e.type === 'phase_end' ? [(e.endedAt - T0) / 1000] : []));
    expect(ends).toEqual([3, 5, 8, 10, 13, 15, 18]);
    expect(all.at(-1)).toEqual({ type: 'done', at: T0 + 18_000 });
    expect(all.filter((e) => e.type === 'done')).toHaveLength(1);
    expect(tick(state, clock.now()).events).toEqual([]);
  });

  it('aligns ticks to whole seconds of the remaining time', () => {
    const clock = fakeClock();
    const { state } = start([{ kind: 'ice', seconds: 60 }], clock.now());
    expect(nextTickDelay(state, T0)).toBe(1000);
    expect(nextTickDelay(state, T0 + 400)).toBe(600);
    expect(displaySeconds(state, T0 + 400)).toBe(60);
    expect(displaySeconds(state, T0 + 1000)).toBe(59);
    expect(nextTickDelay(state, T0 + 59_999)).toBe(1);
    expect(displaySeconds(state, T0 + 59_999)).toBe(1);
    expect(nextTickDelay(state, T0 + 60_000)).toBe(0);
    expect(nextTickDelay(pause(state, clock.now()).state, T0)).toBe(1000);
    // Following the delays from an odd start lands every tick on a boundary.
    let wall = T0 + 123;
    const shown: number[] = [];
    while (wall < T0 + 60_000) {
      wall += nextTickDelay(state, wall);
      expect((T0 + 60_000 - wall) % 1000).toBe(0);
      shown.push(displaySeconds(state, wall));
    }
    expect(shown.slice(0, 3)).toEqual([59, 58, 57]);
    expect(shown.at(-1)).toBe(0);
  });
});
