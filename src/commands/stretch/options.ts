import type { OptionSpec } from '../../cli/spec.js';
import { TIMER_OPTIONS } from '../../cli/shared-options.js';

export const stretchOptions = [
  {
    flag: '--routine',
    value: 'id',
    description: 'which routine, e.g. gentle or lying-down (default: the first in the knowledge base)',
    complete: { list: 'routines' },
  },
  ...TIMER_OPTIONS,
] as const satisfies readonly OptionSpec[];
