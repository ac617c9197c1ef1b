import type { CommandSpec } from '../../cli/spec.js';
import { TIMER_KEYS, TIMER_NOTE } from '../../cli/help-texts.js';
import { iceHeatTimerOptions } from './options.js';

export const iceHeatTimer: CommandSpec = {
  name: 'ice-heat-timer',
  description: 'a safe ice or heat countdown: session lengths, limits and rests from the knowledge base',
  options: iceHeatTimerOptions,
  examples: [
    'backcare ice-heat-timer --mode ice',
    'backcare ice-heat-timer --since 30h',
    'backcare ice-heat-timer --mode alternate --cycles 2 --plan',
    'backcare ice-heat-timer --heat 20m --notify',
    'backcare ice-heat-timer --mode ice --json | jq -c .',
  ],
  blocks: [TIMER_KEYS],
  notes: [TIMER_NOTE],
  load: () => import('./run.js'),
};
