// The countdown loop: real clock, timers aligned to whole seconds, keys,
// signals, and the terminal restored on every way out. Everything it
// decides about time is in core/timer/engine.ts; everything it shows is in
// presenters.ts.
import { EXIT } from '../../runtime/errors.js';
import * as engine from '../../core/timer/engine.js';
import type { Reading, Step, TimerState } from '../../core/timer/engine.js';
import { localClock } from '../../core/time/when.js';
import type { Style } from '../style.js';
import type { RunEvent, StopReason } from './events.js';
import { notifier } from './notify.js';
import { presenter, type OutputMode } from './presenters.js';
import type { CountdownSession, ShownPhase } from './session.js';
import { decodeKeys, guardTerminal, terminalStream, type Key, type KeyInput } from './terminal.js';
import { claimTerminatingSignals } from '../../runtime/terminal-signals.js';

type Tty = NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };

export interface RunOptions {
  output: OutputMode;
  /** Read keys (raw mode); only ever true when stdin and stdout are terminals. */
  keys: boolean;
  bell: boolean;
  notify: boolean;
  style: Style;
  unicode: boolean;
  stdin: KeyInput;
  stdout: Tty;
  stderr: Tty;
  env: NodeJS.ProcessEnv;
  clock?: () => Reading;
}

export type Outcome = 'done' | StopReason;

/** What happened to one phase that started: for the diary's record of timer sessions. */
export interface PhaseOutcome {
  index: number;
  kind: string;
  startedAt: number;
  endedAt: number;
  /** How long it actually ran (paused time excluded), in seconds. */
  ranSeconds: number;
  /** True only when the phase ran to its end, not skipped or stopped. */
  completed: boolean;
}

export interface RunResult {
  outcome: Outcome;
  exitCode: number;
  phases: PhaseOutcome[];
}

const EXIT_CODE: Record<Outcome, number> = {
  done: EXIT.ok,
  quit: EXIT.ok,
  interrupted: EXIT.interrupted,
  terminated: EXIT.terminated,
};

const realClock = (): Reading => ({ wall: Date.now(), mono: performance.now() });

/** Ticks land this long after a whole-second boundary, so a timer firing a hair early still crosses it. */
const TICK_SLACK_MS = 1;

export function runCountdown(session: CountdownSession, options: RunOptions): Promise<RunResult> {
  const clock = options.clock ?? realClock;
  return new Promise<RunResult>((resolve, reject) => {
    const { view, titles, alerts, guard, tracker } = openOutput(session, options, clock);
    let state: TimerState<ShownPhase>;
    // The session is recorded after the loop ends, so a signal must end the loop, not the process.
    const releaseSignals = claimTerminatingSignals();
    let timer: NodeJS.Timeout | undefined;
    let finished = false;

    // Shells report death by signal N as 128 + N; the timer exits the same way, after cleaning up.
    const unlisten = listen(options, {
      SIGINT: () => finish('interrupted'),
      SIGTERM: () => finish('terminated', EXIT.terminated),
      SIGHUP: () => finish('terminated', EXIT.hangUp),
      keys: (chunk) => safely(() => keys(chunk)),
    });

    const keyTarget: KeyTarget = {
      finish,
      toggleHelp: () => view.toggleHelp(),
      step: (move) => apply(move(state, clock())),
    };
    function keys(chunk: string): void {
      for (const key of decodeKeys(chunk)) if (!finished) KEY_ACTIONS[key]?.(keyTarget);
    }

    function apply(step: Step<ShownPhase>, extra: RunEvent[] = []): void {
      state = step.state;
      for (const event of [...extra, ...step.events]) {
        show(event);
        announce(event, session, alerts, titles);
      }
      if (state.status === 'done') finish('done');
      else {
        view.frame(state, clock().wall);
        schedule();
      }
    }

    function show(event: RunEvent): void {
      tracker.track(event);
      view.event(event, state);
    }

    function schedule(): void {
      clearTimeout(timer);
      timer = setTimeout(() => safely(() => apply(engine.tick(state, clock()))), tickDelay(state, clock().wall));
    }

    function cleanUp(): void {
      finished = true;
      clearTimeout(timer);
      unlisten();
      releaseSignals();
      guard?.restore();
    }

    function finish(outcome: Outcome, exitCode = EXIT_CODE[outcome]): void {
      if (finished) return;
      if (outcome !== 'done') show(stoppedEvent(state, clock(), outcome));
      cleanUp();
      view.close();
      resolve({ outcome, exitCode, phases: tracker.phases });
    }

    function safely(action: () => void): void {
      try {
        action();
      } catch (error) {
        if (finished) return;
        cleanUp();
        reject(error);
      }
    }

    safely(() => apply(...firstStep(session, clock())));
  });
}

type Listeners = Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', () => void> & { keys: (chunk: string) => void };

/** Signals, and keys when the countdown reads them; returns the function that stops listening. */
function listen(options: RunOptions, listeners: Listeners): () => void {
  const signals = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((name) => [name, listeners[name]] as const);
  const onKeys = (chunk: Buffer | string): void => listeners.keys(String(chunk));
  // Signals are sent to the process, not to a stream: only process-wide handlers can hear them.
  for (const [name, handler] of signals) process.on(name, handler);
  if (options.keys) {
    options.stdin.on('data', onKeys);
    options.stdin.resume();
  }
  return () => {
    for (const [name, handler] of signals) process.off(name, handler);
    options.stdin.off('data', onKeys);
  };
}

/** What the countdown shows, where, and the terminal state it must put back. */
function openOutput(session: CountdownSession, options: RunOptions, clock: () => Reading) {
  const view = presenter(options.output, session, {
    out: options.stdout,
    style: options.style,
    unicode: options.unicode,
    keys: options.keys,
    now: () => clock().wall,
  });
  // The window title is set only where it can be put back afterwards.
  const titles = options.output === 'screen' || (options.output === 'accessible' && options.keys);
  const tty = terminalStream(options.stdout, options.stderr);
  const alerts = notifier({ bell: options.bell, notify: options.notify, tty, env: options.env });
  const guard =
    options.keys || options.output === 'screen'
      ? guardTerminal({
          input: options.keys ? options.stdin : undefined,
          output: options.stdout,
          screen: options.output === 'screen',
          title: titles,
        })
      : undefined;
  return { view, titles, alerts, guard, tracker: phaseTracker(session) };
}

function firstStep(session: CountdownSession, now: Reading): [Step<ShownPhase>, RunEvent[]] {
  const endsAt = now.wall + session.phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
  return [engine.start(session.phases, now), [{ type: 'start', at: now.wall, endsAt }]];
}

function tickDelay(state: TimerState<ShownPhase>, now: number): number {
  const delay = engine.nextTickDelay(state, now);
  return delay === 0 ? 0 : delay + TICK_SLACK_MS;
}

interface KeyTarget {
  finish(outcome: Outcome): void;
  toggleHelp(): void;
  step(move: (state: TimerState<ShownPhase>, now: Reading) => Step<ShownPhase>): void;
}

const KEY_ACTIONS: Partial<Record<Key, (run: KeyTarget) => void>> = {
  interrupt: (run) => run.finish('interrupted'),
  suspend: () => process.kill(process.pid, 'SIGTSTP'), // Ctrl-Z, as a shell would have it
  quit: (run) => run.finish('quit'),
  help: (run) => run.toggleHelp(),
  toggle: (run) => run.step(engine.togglePause),
  skip: (run) => run.step(engine.skip),
};

function stoppedEvent(state: TimerState<ShownPhase>, now: Reading, reason: StopReason): RunEvent {
  const index = state.status === 'done' ? undefined : state.index;
  return { type: 'stopped', at: now.wall, reason, index, remainingMs: engine.remainingMs(state, now.wall) };
}

/** The phases that started, as the events say how each one ended: for the diary's record of the session. */
function phaseTracker(session: CountdownSession): { phases: PhaseOutcome[]; track(event: RunEvent): void } {
  const phases: PhaseOutcome[] = [];
  const open = (index: number, at: number): void => {
    phases.push({
      index,
      kind: session.phases[index]?.kind ?? '',
      startedAt: at,
      endedAt: 0,
      ranSeconds: 0,
      completed: false,
    });
  };
  const close = (index: number, at: number, remainingMs: number): void => {
    const phase = phases.find((p) => p.index === index && p.endedAt === 0);
    if (!phase) return;
    const planned = session.phases[index]?.seconds ?? 0;
    phase.endedAt = at;
    phase.ranSeconds = Math.max(0, Math.round(planned - remainingMs / 1000));
    phase.completed = remainingMs <= 0;
  };
  const track = (event: RunEvent): void => {
    if (event.type === 'phase_start') open(event.index, event.at);
    else if (event.type === 'phase_end') close(event.index, event.endedAt, 0);
    else if (event.type === 'skipped') close(event.index, event.at, event.remainingMs);
    else if (event.type === 'restarted') {
      // Two sessions on the skin: the one the long pause ended, and the new one.
      close(event.index, event.endedAt, event.remainingMs);
      open(event.index, event.at);
    } else if (event.type === 'stopped' && event.index !== undefined) close(event.index, event.at, event.remainingMs);
  };
  return { phases, track };
}

/** The window title and the bell or desktop notification at each phase change. */
function announce(
  event: RunEvent,
  session: CountdownSession,
  alerts: ReturnType<typeof notifier>,
  titles: boolean,
): void {
  const phase = 'index' in event && event.index !== undefined ? session.phases[event.index] : undefined;
  if (event.type === 'phase_start' && phase) {
    if (titles) alerts.title(`backcare · ${phase.title} until ${localClock(new Date(event.endsAt))}`);
    if (event.index === 0) return;
    const before = session.phases[event.index - 1];
    alerts.alert(
      `${phase.title} (${phase.detail})`,
      [firstSentence(before?.endText), phase.startText].filter(Boolean).join(' '),
    );
  } else if (event.type === 'paused' && titles) {
    alerts.title('backcare · paused');
  } else if (event.type === 'done') {
    const last = session.phases[session.phases.length - 1];
    alerts.alert(`${session.title}: done`, firstSentence(last?.endText) ?? 'All phases are finished.');
  }
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}
