// A check that stops at an error never stops silently on an emergency: before
// any refusal (a bad answer, a bad option, an unknown flag, even --help), the
// answers that were given are read the most cautious way, and an emergency
// among them is shown first.
import type { Answers } from '../../core/check/answers.js';
import { triage } from '../../core/check/triage.js';
import type { ResolvedRegion } from '../../core/region.js';
import type { Context } from '../../cli/context.js';
import type { Io } from '../../cli/io.js';
import { regionOf } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import { writeOut } from '../../runtime/term.js';
import { describeOutcome } from '../../ui/render/check-outcome.js';
import { PLAIN_HINTS } from '../../ui/render/check.js';
import { toJson } from '../../ui/render/json.js';
import { collectAnswers } from './answers.js';
import { mostCautious } from './consistency.js';
import { checkFormat, type checkOptions } from './options.js';
import { diaryJson, printOutcome } from './print-outcome.js';

type CheckOptions = OptionsOf<typeof checkOptions>;

/** Before an error about the answers: an emergency among the good ones is shown first. */
export function showEmergencyAmong(ctx: Context, answers: Answers, region: ResolvedRegion, json: boolean, now: Date) {
  const result = triage(ctx.kb, answers, now);
  if (result.level !== 'emergency') return;
  const outcome = describeOutcome(ctx.kb, result, undefined, region, answers, false);
  if (json)
    writeOut(
      ctx.term,
      toJson({ ...outcome, diary: diaryJson({ episode: undefined, onsetFromEpisode: false, recorded: false }) }),
    );
  else printOutcome(ctx, outcome, { quiet: true, full: false, hints: PLAIN_HINTS });
}

/**
 * Before a check line is refused for anything but its answers (or shows help instead of running): the
 * answers it gives, read as far as they go, and an emergency among them shown. Never throws: the refusal
 * is reported whatever happens here.
 */
export async function beforeRefusal(given: Input<CheckOptions>, io: Io): Promise<void> {
  try {
    if (given.answer.length === 0 && given.answers.length === 0) return;
    const json = wantsJson(given);
    const ctx = await io.context({ json });
    const now = io.now();
    const collected = await collectAnswers(ctx.kb, given.answers, given.answer, now, () => io.stdin);
    showEmergencyAmong(ctx, mostCautious(ctx.kb, collected, now), regionOf(ctx), json, now);
  } catch {
    // Nothing more can be read from this line; the refusal that follows says why.
  }
}

/** --json, or a --format other than text (json, fhir): machine output, so the emergency goes out as JSON. */
function wantsJson(given: Input<CheckOptions>): boolean {
  const format = given.format === undefined ? undefined : checkFormat(given.format);
  return given.json === true || (format !== undefined && format !== 'text');
}
