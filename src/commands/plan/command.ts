import type { CommandSpec } from '../../cli/spec.js';
import { DIARY_NOTE } from '../../cli/help-texts.js';
import { planOptions } from './options.js';

export const plan: CommandSpec = {
  name: 'plan',
  description:
    'the full home-care plan of your last check saved in the diary, for today: how to do each item, every ' +
    'caution, the sources',
  options: planOptions,
  examples: ['backcare plan', 'backcare plan --json | jq .carePlan.medicines'],
  notes: [DIARY_NOTE],
  load: () => import('./run.js'),
};
