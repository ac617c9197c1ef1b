import type { CommandSpec } from '../../cli/spec.js';
import { remediesOptions } from './options.js';

export const remedies: CommandSpec = {
  name: 'remedies',
  description: 'list home remedies by category, or explain one remedy in full',
  arguments: [
    { name: '[id]', description: 'a remedy id from the list, e.g. ice-pack', complete: { list: 'remedies' } },
  ],
  options: remediesOptions,
  examples: [
    'backcare remedies',
    'backcare remedies heat-pack',
    'backcare remedies --phase first-72-hours',
    'backcare remedies --category stretch',
    'backcare remedies --condition kidney-disease',
    'backcare remedies --json | jq ".remedies[].id"',
  ],
  load: () => import('./run.js'),
};
