// How a check's result reaches the screen or a script: the short or full text
// (with an emergency repeated on stderr when stdout is not a terminal), and
// the diary part of the JSON.
import type { Context } from '../../cli/context.js';
import { outputWidth, writeErr, writeOut } from '../../runtime/term.js';
import type { CheckOutcome } from '../../ui/render/check-outcome.js';
import { emergencyLine, renderCheck, type NextHints } from '../../ui/render/check.js';
import { renderShortCheck } from '../../ui/render/check-short.js';
import type { DiaryLink } from './diary.js';

/**
 * Where the full plan is, one step away: from the diary when this check is saved there, else the same command with
 * --full.
 */
function fullPlanHint(hints: NextHints): string {
  const what = 'The full plan, with how to do each item, every caution and the sources:';
  if (hints.scoreSaved) return `${what} ${hints.program} plan`;
  if (hints.diaryOffered)
    return `${what} ${hints.program} plan once you start the pain diary below, or ${hints.program} check --full.`;
  return `${what} add --full to this command.`;
}

/** Prints the result (short unless asked for the full plan); returns how many lines it took. */
export function printOutcome(
  ctx: Context,
  outcome: CheckOutcome,
  show: { quiet: boolean; full: boolean; hints: NextHints },
): number {
  const width = outputWidth(ctx.term);
  const short = !show.quiet && !show.full && outcome.carePlan !== null;
  const text = short
    ? renderShortCheck(outcome, ctx.kb, ctx.style, width, show.hints, fullPlanHint(show.hints))
    : renderCheck(outcome, ctx.kb, ctx.style, width, show.quiet, show.hints);
  writeOut(ctx.term, text);
  // Someone reading the terminal while stdout goes to a file still sees it.
  if (outcome.level === 'emergency' && !ctx.term.stdout.isTTY) writeErr(ctx.term, `${emergencyLine(outcome)}\n`);
  return text.split('\n').length;
}

/** The diary part of the JSON result: the episode the check belongs to, and whether it was saved there. */
export function diaryJson(diary: DiaryLink) {
  return {
    episode: diary.episode ? { id: diary.episode.id, start: diary.episode.start.toISOString() } : null,
    onsetFromEpisode: diary.onsetFromEpisode,
    recorded: diary.recorded,
  };
}
