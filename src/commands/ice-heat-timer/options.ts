import type { OptionSpec } from '../../cli/spec.js';
import { TIMER_OPTIONS } from '../../cli/shared-options.js';

/** Kept here rather than imported, so --help does not load the timer's code. */
const THERMAL_MODES = ['ice', 'heat', 'alternate', 'auto'] as const;

export const iceHeatTimerOptions = [
  {
    flag: '--mode',
    value: 'mode',
    choices: THERMAL_MODES,
    description: 'ice, heat, alternate, or auto (ice or heat by the time since the spasm started)',
  },
  {
    flag: '--since',
    value: 'when',
    description: 'when the spasm started: 30h (ago), "2026-11-20 08:00", or 08:00 (today)',
  },
  {
    flag: '--ice',
    value: 'duration',
    description: 'length of each ice session, e.g. 15m (default: the usual maximum; never over the limit)',
  },
  { flag: '--heat', value: 'duration', description: 'length of each heat session, e.g. 20m' },
  {
    flag: '--rest',
    value: 'duration',
    description: 'rest between sessions with nothing on the skin, e.g. 30m (at least the minimum)',
  },
  { flag: '--cycles', value: 'n', description: 'number of sessions; with alternate, ice-and-heat pairs (default 1)' },
  ...TIMER_OPTIONS,
] as const satisfies readonly OptionSpec[];
