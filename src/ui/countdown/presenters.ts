// How a running countdown is shown. Four ways, one interface:
//   screen      a terminal: one screen redrawn in place on whole seconds;
//               the event log is printed after it, on the normal screen
//   accessible  --accessible / BACKCARE_ACCESSIBLE: no redraws, a line per
//               event and one each minute, for screen readers
//   plain       not a terminal: one line per event with its clock time
//   json        --json: one JSON object per event (NDJSON)
import { currentPhase, displaySeconds, remainingMs, type TimerState } from '../../core/timer/engine.js';
import { localClock } from '../../core/time/when.js';
import type { Style } from '../style.js';
import { isStopped } from '../../runtime/suspend.js';
import { eventJson, eventLine, type RunEvent } from './events.js';
import { KEY_HELP, renderScreen, type ScreenSize } from './screen.js';
import type { CountdownSession, ShownPhase } from './session.js';
import { ESC } from './terminal.js';
import { screenColumns, wrap } from '../wrap.js';
import { paintMarks } from '../../runtime/colour-marks.js';

export type OutputMode = 'screen' | 'accessible' | 'plain' | 'json';

export interface Presenter {
  event(event: RunEvent, state: TimerState<ShownPhase>): void;
  /** Called after every tick; redraws or announces if something visible changed. */
  frame(state: TimerState<ShownPhase>, wall: number): void;
  toggleHelp(): void;
  /** After the terminal is restored: anything to leave on the normal screen. */
  close(): void;
}

export interface PresenterOptions {
  out: NodeJS.WritableStream & { columns?: number; rows?: number };
  style: Style;
  unicode: boolean;
  keys: boolean;
  /** Wall clock, for redraws that are not ticks (resize, help). */
  now: () => number;
}

export function presenter(mode: OutputMode, session: CountdownSession, options: PresenterOptions): Presenter {
  if (mode === 'json') return jsonPresenter(session, options.out);
  if (mode === 'plain') return linePresenter(session, options.out);
  if (mode === 'accessible') return accessiblePresenter(session, options);
  return screenPresenter(session, options);
}

function jsonPresenter(session: CountdownSession, out: NodeJS.WritableStream): Presenter {
  return {
    event: (event) => void out.write(`${JSON.stringify(eventJson(session, event))}\n`),
    frame: () => {},
    toggleHelp: () => {},
    close: () => {},
  };
}

function linePresenter(session: CountdownSession, out: NodeJS.WritableStream): Presenter {
  return {
    event: (event) => void out.write(`${eventLine(session, event)}\n`),
    frame: () => {},
    toggleHelp: () => {},
    close: () => {},
  };
}

function accessiblePresenter(session: CountdownSession, { out, keys }: PresenterOptions): Presenter {
  let announced: string | undefined;
  const say = (text: string) => void out.write(`${text}\n`);
  return {
    event(event) {
      say(eventLine(session, event));
      if (event.type === 'start' && keys) say('Keys: space pauses or resumes, s skips, q quits, ? lists the keys.');
      if (event.type === 'paused' && keys) say('Press space to resume.');
    },
    frame(state, wall) {
      const phase = currentPhase(state);
      if (!phase || state.status !== 'running') return;
      const left = displaySeconds(state, wall);
      const key = `${state.index}:${left}`;
      if (left % 60 !== 0 || left === 0 || left >= phase.seconds || key === announced) return;
      announced = key;
      const minutes = left / 60;
      say(`${localClock(new Date(wall), true)}  ${phase.title}: ${minutes} minute${minutes === 1 ? '' : 's'} left.`);
    },
    toggleHelp: () => say(`Keys: ${KEY_HELP.map((k) => k.replace(/\s+/, ' ')).join('; ')}.`),
    close: () => {},
  };
}

/** Events that leave the screen's message line alone: the start, and a phase's start or silent end. */
function isQuiet(session: CountdownSession, event: RunEvent): boolean {
  if (event.type === 'phase_end') return !session.phases[event.index]?.endText;
  return event.type === 'phase_start' || event.type === 'start';
}

/** The event lines, each wrapped to `width` with its continuation lines indented under the text. */
function wrappedLog(log: readonly string[], width: number): string[] {
  return log.flatMap((line) => {
    const [time = '', text = ''] = line.split(/(?<=^\S+) {2}/);
    return wrap(text, width, `${time}  `, ' '.repeat(time.length + 2));
  });
}

function screenPresenter(session: CountdownSession, { out, style, unicode, now }: PresenterOptions): Presenter {
  const log: string[] = [];
  let message: string | undefined;
  /** A message from this batch of events survives the phase_start that follows it. */
  let fresh = false;
  let help = false;
  let last = '';
  let state: TimerState<ShownPhase> | undefined;
  let size = currentSize();

  function currentSize(): ScreenSize {
    return { columns: screenColumns(out.columns), rows: out.rows || 24 };
  }
  const onResize = () => {
    size = currentSize();
    last = '';
    out.write(ESC.clearScreen);
    if (state) draw(state, now());
  };
  out.on('resize', onResize);

  function draw(s: TimerState<ShownPhase>, wall: number): void {
    state = s;
    // Stopped (Ctrl-Z) the screen is the shell's; fg redraws it all through 'resize'.
    if (s.status === 'done' || isStopped()) return;
    const endsAt = s.status === 'paused' ? s.deadline + (wall - (s.pausedAt ?? wall)) : s.deadline;
    const lines = renderScreen(
      {
        session,
        index: s.index,
        remainingSeconds: Math.ceil(remainingMs(s, wall) / 1000),
        paused: s.status === 'paused',
        help,
        endsAt: localClock(
          new Date(endsAt),
          session.phases.some((p) => p.seconds % 60 !== 0),
        ),
        now: localClock(new Date(wall)),
        message,
      },
      size,
      style,
      unicode,
    );
    fresh = false;
    const frame = `${ESC.home}${lines.map((l) => `${l}${ESC.clearLine}`).join('\n')}${ESC.clearBelow}`;
    if (frame === last) return;
    last = frame;
    // The session's text was escaped when it was made; only backcare's own colour marks remain to paint.
    out.write(paintMarks(frame, true));
  }

  return {
    event(event, s) {
      const line = eventLine(session, event);
      log.push(line);
      if (isQuiet(session, event)) {
        if (!fresh) message = undefined;
      } else {
        message = line.replace(/^\S+\s+/, '');
        fresh = true;
      }
      state = s;
    },
    frame: draw,
    toggleHelp() {
      help = !help;
      if (state) draw(state, now());
    },
    close() {
      out.off('resize', onResize);
      // What happened stays on the normal screen, wrapped under its times.
      out.write(`${wrappedLog(log, Math.max(40, screenColumns(out.columns) - 1)).join('\n')}\n`);
    },
  };
}
