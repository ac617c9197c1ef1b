// backcare ice-heat-timer [--mode] [--since] [--ice] [--heat] [--rest] [--cycles] [--plan] [--json] …
import { buildThermalSchedule, type ScheduleRequest } from '../../core/timer/schedule.js';
import { UsageError } from '../../runtime/errors.js';
import { thermalSession } from '../../ui/countdown/thermal.js';
import { writeErr } from '../../runtime/term.js';
import type { PhaseOutcome } from '../../ui/countdown/run.js';
import type { Context } from '../../cli/context.js';
import type { Io } from '../../cli/io.js';
import { runSession } from '../../cli/countdown.js';
import { countFlag, durationFlag, pastTimeFlag } from '../../cli/flag-values.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { iceHeatTimerOptions } from './options.js';
import { LIMITS } from '../../core/limits.js';

type TimerOptions = OptionsOf<typeof iceHeatTimerOptions>;

export async function run(options: Input<TimerOptions>, io: Io): Promise<void> {
  const now = io.now();
  const request = {
    ...(options.mode ? { mode: options.mode } : {}),
    ice: durationFlag('--ice', options.ice),
    heat: durationFlag('--heat', options.heat),
    rest: durationFlag('--rest', options.rest),
    cycles: countFlag('--cycles', options.cycles, { min: 1, max: LIMITS.timerCycles, example: 2 }) ?? 1,
  };
  const ctx = await io.context({ json: options.json });
  const since =
    pastTimeFlag('--since', options.since, now) ?? (wantsEpisodeStart(options) ? await episodeStart(ctx) : undefined);
  const hoursSinceOnset = since === undefined ? undefined : (now.getTime() - since.getTime()) / 3_600_000;

  const schedule = (extra: Partial<ScheduleRequest>) =>
    buildThermalSchedule(ctx.kb.thermal, ctx.kb.phases.phases, {
      ...request,
      ...(hoursSinceOnset === undefined ? {} : { hoursSinceOnset }),
      ...extra,
    });
  let result = schedule({});
  if (!result.ok && result.flag === '--mode' && !options.json && io.canPrompt()) {
    // Nothing said what to time (e.g. picked from the menu): ask rather than fail.
    const { askMode } = await import('../../ui/countdown/ask-mode.js');
    result = schedule(await askMode(await io.prompter(options), ctx.kb, now));
  }
  if (!result.ok) {
    const raw = { '--ice': options.ice, '--heat': options.heat, '--rest': options.rest }[result.flag];
    throw new UsageError(raw === undefined ? result.message : `${result.flag} ${raw}: ${result.message}`);
  }
  const ran = await runSession(ctx, thermalSession(ctx.kb, result.schedule), options, io);
  if (ran) await recordSessions(ctx, ran.phases);
}

/** With --mode auto, or nothing said about what to time, an open episode gives the start of the pain. */
function wantsEpisodeStart(options: TimerOptions): boolean {
  return (
    options.mode === 'auto' || (options.mode === undefined && options.ice === undefined && options.heat === undefined)
  );
}

async function episodeStart(ctx: Context): Promise<Date | undefined> {
  const { openEpisodeStart } = await import('../../store/index.js');
  return openEpisodeStart({ env: ctx.term.env, warn: (line) => writeErr(ctx.term, `backcare: ${line}\n`) });
}

/** Each ice or heat session that ran goes into the diary when an episode is open; a failed write is only a warning. */
async function recordSessions(ctx: Context, phases: PhaseOutcome[]): Promise<void> {
  const sessions = phases.filter((p) => (p.kind === 'ice' || p.kind === 'heat') && p.ranSeconds > 0);
  if (sessions.length === 0) return;
  const { recordTimerSession } = await import('../../store/index.js');
  for (const p of sessions) {
    const remedy = ctx.kb.thermal.protocols.find((protocol) => protocol.id === p.kind)?.remedy;
    try {
      await recordTimerSession(
        {
          protocol: p.kind,
          ...(remedy ? { remedy } : {}),
          seconds: p.ranSeconds,
          completed: p.completed,
          endedAt: new Date(p.endedAt),
          startedAt: new Date(p.startedAt),
        },
        { env: ctx.term.env },
      );
    } catch (error) {
      writeErr(
        ctx.term,
        `backcare: warning: the session was not saved in the ` +
          `diary: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return;
    }
  }
}
