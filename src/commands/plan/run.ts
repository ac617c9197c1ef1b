// backcare plan: the full home-care plan of the last check saved in the diary,
// for today (the day of the episode moves on; the answers stay as given).
import { buildCarePlan } from '../../core/check/care-plan.js';
import { triage } from '../../core/check/triage.js';
import { dayAndTime } from '../../core/diary/time.js';
import { StoreError } from '../../runtime/errors.js';
import { describeOutcome } from '../../ui/render/check-outcome.js';
import { renderCheck } from '../../ui/render/check.js';
import { toJson } from '../../ui/render/json.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import { wrap } from '../../ui/wrap.js';
import type { Io } from '../../cli/io.js';
import { readDiaryReporting } from '../../cli/diary-reader.js';
import { invokedAs, regionOf } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { planOptions } from './options.js';

type PlanOptions = OptionsOf<typeof planOptions>;

export async function run(options: Input<PlanOptions>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const now = io.now();
  const { value: diary } = readDiaryReporting(ctx.term, (episodes) => episodes.at(-1)?.start, now);
  const last = diary.checks.filter((c) => c.answers !== undefined && c.at <= now).at(-1);
  const program = invokedAs(ctx.term.env);
  if (!last?.answers) {
    throw new StoreError(
      `no check with its answers is in your diary yet; a check is saved while a pain-diary episode is open ` +
        `(${program} episode start), ` +
        `or see the full plan now with ${program} check --full`,
    );
  }
  const result = triage(ctx.kb, last.answers, now);
  const plan = result.level === 'emergency' ? undefined : buildCarePlan(ctx.kb, result, now);
  const outcome = describeOutcome(ctx.kb, result, plan, regionOf(ctx), last.answers, last.complete);
  if (options.json) {
    writeOut(ctx.term, toJson({ checkedAt: last.at.toISOString(), ...outcome }));
    return;
  }
  const width = outputWidth(ctx.term);
  const head = wrap(
    `Your full plan from the answers of your check on ${dayAndTime(last.at)}, for today. If anything has ` +
      `changed, run ${program} check again.`,
    width,
  );
  writeOut(
    ctx.term,
    [
      ...head.map((l) => ctx.style.dim(l)),
      '',
      renderCheck(outcome, ctx.kb, ctx.style, width, false, { program, scoreSaved: true, diaryOffered: false }),
    ].join('\n'),
  );
}
