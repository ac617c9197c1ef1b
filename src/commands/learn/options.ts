import type { OptionSpec } from '../../cli/spec.js';
import { JSON_OPTION } from '../../cli/shared-options.js';

export const learnOptions = [JSON_OPTION] as const satisfies readonly OptionSpec[];
