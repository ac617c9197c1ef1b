// What ice-heat-timer and stretch share: flag values as usage errors, the
// choice of output (screen, accessible lines, plain lines, NDJSON), --plan,
// and running a session from checklist to exit code.
import { renderIntro, waitForStart } from '../ui/countdown/gate.js';
import { planJson, renderPlan } from '../ui/countdown/plan.js';
import type { OutputMode } from '../ui/countdown/presenters.js';
import { runCountdown, type RunResult } from '../ui/countdown/run.js';
import type { CountdownSession } from '../ui/countdown/session.js';
import { unicodeTerminal } from '../ui/countdown/terminal.js';
import { accessibleWanted } from '../ui/accessible.js';
import { EXIT } from '../runtime/errors.js';
import { keepRunningWithoutOutput, outputFailureCode } from '../runtime/output-errors.js';
import { toJson } from '../ui/render/json.js';
import { safeStrings } from '../runtime/safe-text.js';
import { outputWidth, wholeStream, writeOut } from '../runtime/term.js';
import type { Context } from './context.js';
import type { Io } from './io.js';
import type { TIMER_OPTIONS } from './shared-options.js';
import type { OptionsOf } from './spec.js';
import { paintMarks } from '../runtime/colour-marks.js';
import { wrap } from '../ui/wrap.js';

export type CountdownFlags = OptionsOf<typeof TIMER_OPTIONS>;

/**
 * Keys and the full screen only when both stdin and stdout are terminals and
 * the output is not JSON; otherwise never read a key, never wait for one.
 */
function outputMode(ctx: Context, flags: CountdownFlags): { output: OutputMode; keys: boolean } {
  const interactive = ctx.term.stdinIsTTY && ctx.term.stdout.isTTY === true && !flags.json;
  if (flags.json) return { output: 'json', keys: false };
  // A dumb terminal cannot redraw in place: it gets the line-by-line output, keys still work.
  if (accessibleWanted(flags, ctx.term.env) || (interactive && ctx.term.env.TERM === 'dumb'))
    return { output: 'accessible', keys: interactive };
  return { output: interactive ? 'screen' : 'plain', keys: interactive };
}

/** --plan, or the checklist and then the countdown; sets the exit code. Returns what ran, if anything did. */
export async function runSession(
  ctx: Context,
  unsafeSession: CountdownSession,
  flags: CountdownFlags,
  io: Pick<Io, 'stdin' | 'now'>,
): Promise<RunResult | undefined> {
  // Its words come from the knowledge base and are printed piece by piece, around the screen's own escape codes.
  const session = safeStrings(unsafeSession);
  const width = outputWidth(ctx.term);
  if (flags.plan) {
    const start = io.now().getTime();
    writeOut(ctx.term, flags.json ? toJson(planJson(session, start)) : renderPlan(session, start, width, ctx.style));
    return undefined;
  }
  const { output, keys } = outputMode(ctx, flags);
  const intro = renderIntro(session, width, ctx.style);
  if (keys) {
    ctx.term.stdout.write(
      paintMarks(
        `${intro}${wrap(START_LINE, width)
          .map((l) => ctx.style.strong(l))
          .join('\n')}\n`,
        true,
      ),
    );
    const answer = await waitForStart(io.stdin);
    if (answer !== 'start') {
      ctx.term.stdout.write('Cancelled; nothing was started.\n');
      process.exitCode = answer === 'interrupted' ? EXIT.interrupted : EXIT.ok;
      return undefined;
    }
  } else {
    ctx.term.stderr.write(paintMarks(intro, false));
  }
  // The pack stays on the skin whatever happens to stdout: the countdown carries on to its
  // end (bell, notifications, diary record) rather than stop as if the pack had come off.
  const release = keepRunningWithoutOutput({ outputGone: () => OUTPUT_GONE_NOTE });
  const result = await runCountdown(session, {
    output,
    keys,
    bell: flags.bell !== false,
    notify: flags.notify === true,
    style: ctx.style,
    unicode: unicodeTerminal(ctx.term.env),
    stdin: io.stdin,
    stdout: wholeStream(ctx.term.stdout),
    stderr: wholeStream(ctx.term.stderr),
    env: ctx.term.env,
  });
  release();
  process.exitCode = Math.max(result.exitCode, outputFailureCode() ?? 0);
  return result;
}

const START_LINE = 'Press Enter or space to start, q to cancel.';

const OUTPUT_GONE_NOTE =
  'the countdown carries on to its end with its bell and notifications, and records what ran (Ctrl-C stops it)';
