// The full-screen countdown as lines of text, redrawn in place on whole
// seconds. Pure: the view and the terminal size in, lines out.
import { formatClockDuration, formatDuration } from '../../core/time/duration.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { bigDigits, bigDigitsWidth } from './digits.js';
import type { CountdownSession, ShownPhase, Tone } from './session.js';

export interface ScreenView {
  session: CountdownSession;
  index: number;
  remainingSeconds: number;
  paused: boolean;
  help: boolean;
  /** "10:20" */
  endsAt: string;
  /** "10:03" */
  now: string;
  /** The last thing that happened, e.g. "Ice ended at 10:20." */
  message: string | undefined;
}

export interface ScreenSize {
  columns: number;
  rows: number;
}

export const KEY_HELP = [
  'space  pause or resume',
  's      skip to the next phase',
  'q      quit',
  'Ctrl-C quit (exit code 130)',
  '?      show or hide these keys',
];
const KEY_LINE = 'space pause · s skip · q quit · ? keys';

export function renderScreen(view: ScreenView, size: ScreenSize, style: Style, unicode: boolean): string[] {
  const { session, index } = view;
  const phase = session.phases[index];
  if (!phase) return [];
  const width = Math.max(20, size.columns - 2);
  const paint = toneStyle(style, phase.tone);
  const time = formatClockDuration(view.remainingSeconds);

  const header = spread(
    style.dim(`backcare · ${session.title}`),
    style.dim(view.now),
    width,
    `backcare · ${session.title}`.length + view.now.length,
  );
  const titleText = `${phase.title} · ${phase.detail}`;
  const title = paint(style.strong(truncate(titleText, width)));
  const clockLines =
    bigDigitsWidth(time) <= width && size.rows >= 20
      ? bigDigits(time, unicode).map((l) => paint(l))
      : [paint(style.strong(`${time} left`))];
  const bar = progressBar(phase, view.remainingSeconds, Math.min(40, width - 22), unicode);
  const status = view.paused
    ? style.warn(style.strong('PAUSED · press space to resume'))
    : `${bar}  ends ${view.endsAt}`;

  const bullet = (line: string): string[] => wrap(line, width, unicode ? '• ' : '- ', '  ');
  const body: string[] = view.help
    ? ['Keys:', ...KEY_HELP.map((k) => `  ${k}`)]
    : view.paused && phase.pauseText
      ? bullet(phase.pauseText).map((l) => style.warn(l))
      : phase.instructions.flatMap(bullet);
  const next = nextText(session, index);
  // While paused the body already says what to do; the pause announcement would say it twice.
  const repeatsBody = view.paused && phase.pauseText !== undefined && view.message?.includes(phase.pauseText) === true;
  const message = view.message && !repeatsBody ? wrap(view.message, width).map((l) => style.dim(l)) : [];
  const tailWithout = [
    ...(next ? [truncate(next, width)] : []),
    ...(session.footer ? wrap(session.footer, width).map((l) => style.warn(l)) : []),
    style.dim(KEY_LINE),
  ];
  const top = [header, '', title, '', ...clockLines, '', status, ''];
  // On a short screen the last message goes first, so the how-to keeps some room.
  const roomFor = (tail: string[]) => Math.max(0, size.rows - 1 - top.length - tail.length - 1);
  const tail =
    roomFor([...message, ...tailWithout]) >= Math.min(3, body.length) ? [...message, ...tailWithout] : tailWithout;
  const room = roomFor(tail);
  const shownBody =
    body.length > room ? [...body.slice(0, Math.max(0, room - 1)), style.dim('…')].slice(0, room) : body;
  return [...top, ...shownBody, ...(shownBody.length > 0 ? [''] : []), ...tail];
}

/** "[██████░░░░░░] 37%": the share of the phase that has passed, with the number in text. */
function progressBar(phase: ShownPhase, remainingSeconds: number, width: number, unicode: boolean): string {
  const done = phase.seconds > 0 ? Math.min(1, Math.max(0, 1 - remainingSeconds / phase.seconds)) : 1;
  const cells = Math.max(10, width);
  const filled = Math.round(done * cells);
  const [on, off] = unicode ? ['█', '░'] : ['#', '-'];
  return `[${on.repeat(filled)}${off.repeat(cells - filled)}] ${String(Math.floor(done * 100)).padStart(3)}%`;
}

function nextText(session: CountdownSession, index: number): string | undefined {
  const following = session.phases.slice(index + 1, index + 3);
  if (following.length === 0) return 'Next: done.';
  const words = following.map((p) => `${(p.nextLabel ?? p.title).toLowerCase()} ${formatDuration(p.seconds)}`);
  return `Next: ${words.join(', then ')}${session.phases.length > index + 3 ? ', …' : ''}`;
}

function toneStyle(style: Style, tone: Tone): (text: string) => string {
  if (tone === 'cold') return style.id;
  if (tone === 'warm') return style.warn;
  if (tone === 'calm') return style.dim;
  return (text) => text;
}

function spread(left: string, right: string, width: number, visible: number): string {
  return `${left}${' '.repeat(Math.max(1, width - visible))}${right}`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
