import type { CommandSpec } from '../../cli/spec.js';
import { checkOptions } from './options.js';

export const check: CommandSpec = {
  name: 'check',
  description: 'check warning signs and symptoms: which level of care fits, why, and a home-care plan for today',
  options: checkOptions,
  examples: [
    'backcare check',
    'backcare check --questions',
    'backcare check --answers my-answers.yaml --json',
    'backcare check --answer saddle-numbness=no --answer fever=no ... --no-input',
    'backcare check --answers answers.json --fail-on urgent || echo "get help today"',
    'backcare check --answers my-answers.yaml --format fhir > check.fhir.json',
  ],
  notes: [
    'Exit codes: 0 when the check completes, whatever the level; 2 for a missing or invalid answer; 3 with --fail-on ' +
      'when the level is at or above the one given; 130 after Ctrl-C.',
  ],
  load: () => import('./run.js'),
};
