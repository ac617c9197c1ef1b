import type { CommandSpec } from '../../cli/spec.js';
import { DIARY_NOTE } from '../../cli/help-texts.js';
import { logOptions } from './options.js';

export const log: CommandSpec = {
  name: 'log',
  description: 'add a pain score from 0 (no pain) to 10 (worst imaginable) to your diary',
  // Optional for commander only: in "log --helped ice 5" the list takes the score, and log takes it back.
  arguments: [{ name: '[score]', description: 'a whole number from 0 to 10' }],
  usage: '<score> [options]',
  options: logOptions,
  examples: [
    'backcare log 6',
    'backcare log 4 --helped ice,walking --note "after a walk"',
    'backcare log 7 --at "last night"',
  ],
  notes: [DIARY_NOTE],
  load: () => import('./run.js'),
};
