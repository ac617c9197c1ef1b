import type { CommandSpec } from '../../cli/spec.js';
import { TIMER_KEYS, TIMER_NOTE } from '../../cli/help-texts.js';
import { stretchOptions } from './options.js';

export const stretch: CommandSpec = {
  name: 'stretch',
  description: 'a guided routine of gentle stretches, each hold counted, with the stop rule on screen',
  options: stretchOptions,
  examples: ['backcare stretch', 'backcare stretch --routine lying-down', 'backcare stretch --plan'],
  blocks: [TIMER_KEYS],
  notes: [TIMER_NOTE],
  load: () => import('./run.js'),
};
