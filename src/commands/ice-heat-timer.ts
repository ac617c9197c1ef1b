// backcare ice-heat-timer [--mode] [--since] [--ice] [--heat] [--rest] [--cycles] [--plan] [--json] …
import { buildThermalSchedule, type ScheduleRequest, type ThermalMode } from '../core/timer/schedule.js';
import { UsageError } from '../errors.js';
import { thermalSession } from '../ui/countdown/thermal.js';
import { canPrompt } from '../ui/prompter.js';
import { createContext, type GlobalOptions } from './context.js';
import { countFlag, durationFlag, pastTimeFlag, runSession, type CountdownFlags } from './countdown.js';

interface TimerOptions extends CountdownFlags {
  mode?: ThermalMode;
  since?: string;
  ice?: string;
  heat?: string;
  rest?: string;
  cycles?: string;
}

/** A sanity bound on typing, not a clinical rule: the schedule's safety comes from the knowledge base. */
export const MAX_CYCLES = 20;

export async function run(_args: string[], options: TimerOptions, globals: GlobalOptions): Promise<void> {
  const now = new Date();
  const request = {
    ...(options.mode ? { mode: options.mode } : {}),
    ice: durationFlag('--ice', options.ice),
    heat: durationFlag('--heat', options.heat),
    rest: durationFlag('--rest', options.rest),
    cycles: countFlag('--cycles', options.cycles, 1, MAX_CYCLES) ?? 1,
  };
  const since = pastTimeFlag('--since', options.since, now);
  const hoursSinceOnset = since === undefined ? undefined : (now.getTime() - since.getTime()) / 3_600_000;

  const ctx = await createContext(globals, { json: options.json });
  const schedule = (extra: Partial<ScheduleRequest>) =>
    buildThermalSchedule(ctx.kb.thermal, ctx.kb.phases.phases, { ...request, ...(hoursSinceOnset === undefined ? {} : { hoursSinceOnset }), ...extra });
  let result = schedule({});
  if (!result.ok && result.flag === '--mode' && !options.json && canPrompt(ctx.term, false)) {
    // Nothing said what to time (e.g. picked from the menu): ask rather than fail.
    const { inquirerPrompter } = await import('../ui/prompter.js');
    const { askMode } = await import('../ui/countdown/ask-mode.js');
    result = schedule(await askMode(await inquirerPrompter(), ctx.kb, now));
  }
  if (!result.ok) {
    const raw = { '--ice': options.ice, '--heat': options.heat, '--rest': options.rest }[result.flag];
    throw new UsageError(raw === undefined ? result.message : `${result.flag} ${raw}: ${result.message}`);
  }
  await runSession(ctx, thermalSession(ctx.kb, result.schedule), options);
}
