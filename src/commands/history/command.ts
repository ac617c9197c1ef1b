import type { CommandSpec } from '../../cli/spec.js';
import { DIARY_NOTE } from '../../cli/help-texts.js';
import { historyOptions } from './options.js';

export const history: CommandSpec = {
  name: 'history',
  description: 'your pain over time: a chart of daily lowest, mean and highest, the trend and what helped',
  options: historyOptions,
  examples: ['backcare history', 'backcare history --days 42', 'backcare history --json | jq .trend'],
  notes: [DIARY_NOTE],
  load: () => import('./run.js'),
};
