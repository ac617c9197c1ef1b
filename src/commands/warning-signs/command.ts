import type { CommandSpec } from '../../cli/spec.js';
import { warningSignsOptions } from './options.js';

export const warningSigns: CommandSpec = {
  name: 'warning-signs',
  description: 'when to call an ambulance, get help today, or book a doctor',
  options: warningSignsOptions,
  examples: [
    'backcare warning-signs',
    'backcare warning-signs --region NZ',
    'BACKCARE_REGION=US backcare warning-signs --json',
  ],
  load: () => import('./run.js'),
};
