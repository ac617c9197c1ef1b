import type { CommandSpec } from '../../cli/spec.js';
import { learnOptions } from './options.js';

export const learn: CommandSpec = {
  name: 'learn',
  description: 'what a back spasm is, why it happens, how long it lasts and how to make the next one less likely',
  arguments: [
    {
      name: '[topic...]',
      description: 'a topic id from the list, or a word such as posture, causes or prevention',
      complete: { list: 'topics' },
    },
  ],
  options: learnOptions,
  examples: [
    'backcare learn',
    'backcare learn prevention',
    'backcare learn posture',
    'backcare learn how long',
    'backcare learn causes --json | jq ".topic.sections[].heading"',
  ],
  load: () => import('./run.js'),
};
