import type { OptionSpec } from '../../cli/spec.js';
import { JSON_OPTION } from '../../cli/shared-options.js';

export const historyOptions = [
  { flag: '--days', value: 'n', description: 'how many days back, today included (default 14)' },
  JSON_OPTION,
] as const satisfies readonly OptionSpec[];
