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
import { decodeKeys, guardTerminal, terminalStream, type KeyInput } from './terminal.js';
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

const EXIT_CODE: Record<Outcome, number> = { done: EXIT.ok, quit: EXIT.ok, interrupted: EXIT.interrupted, terminated: 128 + 15 };

const realClock = (): Reading => ({ wall: Date.now(), mono: performance.now() });

/** Ticks land this long after a whole-second boundary, so a timer firing a hair early still crosses it. */
const TICK_SLACK_MS = 1;

export function runCountdown(session: CountdownSession, options: RunOptions): Promise<RunResult> {
  const clock = options.clock ?? realClock;
  return new Promise<RunResult>((resolve, reject) => {
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
        ? guardTerminal({ input: options.keys ? options.stdin : undefined, output: options.stdout, screen: options.output === 'screen', title: titles })
        : undefined;

    let state: TimerState<ShownPhase>;
    // The session is recorded after the loop ends, so a signal must end the loop, not the process.
    const releaseSignals = claimTerminatingSignals();
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const phases: PhaseOutcome[] = [];
    const closePhase = (index: number, at: number, remainingMs: number): void => {
      const open = phases.find((p) => p.index === index && p.endedAt === 0);
      if (!open) return;
      const planned = session.phases[index]?.seconds ?? 0;
      open.endedAt = at;
      open.ranSeconds = Math.max(0, Math.round(planned - remainingMs / 1000));
      open.completed = remainingMs <= 0;
    };
    function track(event: RunEvent): void {
      if (event.type === 'phase_start') {
        phases.push({ index: event.index, kind: session.phases[event.index]?.kind ?? '', startedAt: event.at, endedAt: 0, ranSeconds: 0, completed: false });
      } else if (event.type === 'phase_end') closePhase(event.index, event.endedAt, 0);
      else if (event.type === 'skipped') closePhase(event.index, event.at, event.remainingMs);
      else if (event.type === 'restarted') {
        // Two sessions on the skin: the one the long pause ended, and the new one.
        closePhase(event.index, event.endedAt, event.remainingMs);
        phases.push({ index: event.index, kind: session.phases[event.index]?.kind ?? '', startedAt: event.at, endedAt: 0, ranSeconds: 0, completed: false });
      }
      else if (event.type === 'stopped' && event.index !== undefined) closePhase(event.index, event.at, event.remainingMs);
    }

    // Shells report death by signal N as 128 + N; the timer exits the same way, after cleaning up.
    const signalHandlers: [NodeJS.Signals, () => void][] = [
      ['SIGINT', () => finish('interrupted')],
      ['SIGTERM', () => finish('terminated', 128 + 15)],
      ['SIGHUP', () => finish('terminated', 128 + 1)],
    ];
    const onKeys = (chunk: Buffer | string) => safely(() => keys(String(chunk)));

    function keys(chunk: string): void {
      for (const key of decodeKeys(chunk)) {
        if (finished) return;
        if (key === 'interrupt') finish('interrupted');
        else if (key === 'suspend') process.kill(process.pid, 'SIGTSTP'); // Ctrl-Z, as a shell would have it
        else if (key === 'quit') finish('quit');
        else if (key === 'help') view.toggleHelp();
        else if (key === 'toggle') apply(engine.togglePause(state, clock()));
        else if (key === 'skip') apply(engine.skip(state, clock()));
      }
    }

    function apply(step: Step<ShownPhase>, extra: RunEvent[] = []): void {
      state = step.state;
      for (const event of [...extra, ...step.events]) {
        track(event);
        view.event(event, state);
        signal(event);
      }
      if (state.status === 'done') finish('done');
      else {
        view.frame(state, clock().wall);
        schedule();
      }
    }

    function signal(event: RunEvent): void {
      const phase = 'index' in event && event.index !== undefined ? session.phases[event.index] : undefined;
      if (event.type === 'phase_start' && phase) {
        if (titles) alerts.title(`backcare · ${phase.title} until ${localClock(new Date(event.endsAt))}`);
        if (event.index === 0) return;
        const before = session.phases[event.index - 1];
        alerts.alert(`${phase.title} (${phase.detail})`, [firstSentence(before?.endText), phase.startText].filter(Boolean).join(' '));
      } else if (event.type === 'paused' && titles) {
        alerts.title('backcare · paused');
      } else if (event.type === 'done') {
        const last = session.phases[session.phases.length - 1];
        alerts.alert(`${session.title}: done`, firstSentence(last?.endText) ?? 'All phases are finished.');
      }
    }

    function schedule(): void {
      clearTimeout(timer);
      const delay = engine.nextTickDelay(state, clock().wall);
      timer = setTimeout(() => safely(() => apply(engine.tick(state, clock()))), delay === 0 ? 0 : delay + TICK_SLACK_MS);
    }

    function cleanUp(): void {
      finished = true;
      clearTimeout(timer);
      for (const [name, handler] of signalHandlers) process.off(name, handler);
      releaseSignals();
      options.stdin.off('data', onKeys);
    }

    function finish(outcome: Outcome, exitCode = EXIT_CODE[outcome]): void {
      if (finished) return;
      if (outcome !== 'done') {
        const now = clock();
        const index = state.status === 'done' ? undefined : state.index;
        const stopped: RunEvent = { type: 'stopped', at: now.wall, reason: outcome, index, remainingMs: engine.remainingMs(state, now.wall) };
        track(stopped);
        view.event(stopped, state);
      }
      cleanUp();
      guard?.restore();
      view.close();
      resolve({ outcome, exitCode, phases });
    }

    function safely(action: () => void): void {
      try {
        action();
      } catch (error) {
        if (finished) return;
        cleanUp();
        guard?.restore();
        reject(error);
      }
    }

    safely(() => {
      for (const [name, handler] of signalHandlers) process.on(name, handler);
      if (options.keys) {
        options.stdin.on('data', onKeys);
        options.stdin.resume();
      }
      const now = clock();
      const first = engine.start(session.phases, now);
      const endsAt = now.wall + session.phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
      apply(first, [{ type: 'start', at: now.wall, endsAt }]);
    });
  });
}

function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const match = /^.*?[.!?](\s|$)/.exec(text);
  return (match ? match[0] : text).trim();
}
