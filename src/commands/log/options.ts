import type { OptionSpec } from '../../cli/spec.js';

export const logOptions = [
  { flag: '--note', value: 'text', description: 'a short note, e.g. "after gardening"' },
  {
    flag: '--helped',
    value: 'ids',
    variadic: true,
    description:
      'what helped: remedy ids or everyday words, e.g. ice, heat, walking, ibuprofen, stretch (backcare ' +
      'remedies lists them)',
    complete: { list: 'remedies' },
  },
  { flag: '--at', value: 'when', description: 'when, if not now: 3h (ago), "2026-11-20 08:00" or 08:00 (today)' },
  { flag: '--json', description: 'print the saved record as JSON' },
] as const satisfies readonly OptionSpec[];
