import type { OptionSpec } from '../../cli/spec.js';
import { CALENDAR_OPTIONS, JSON_OPTION } from '../../cli/shared-options.js';

export const episodeStartOptions = [
  {
    flag: '--at',
    value: 'when',
    description: 'when the pain began: 30h (ago), 2d, "2026-11-20 08:00" or 08:00 (today)',
  },
  JSON_OPTION,
] as const satisfies readonly OptionSpec[];

export const episodeStatusOptions = [...CALENDAR_OPTIONS, JSON_OPTION] as const satisfies readonly OptionSpec[];

export const episodeEndOptions = [
  { flag: '--at', value: 'when', description: 'when it ended: 2h (ago), "2026-11-28 18:00" or 18:00 (today)' },
  JSON_OPTION,
] as const satisfies readonly OptionSpec[];
