import type { OptionSpec } from '../../cli/spec.js';
import { JSON_OPTION } from '../../cli/shared-options.js';

export const remediesOptions = [
  {
    flag: '--phase',
    value: 'id',
    description: 'only remedies that suit this phase of an episode, e.g. first-72-hours',
    complete: { list: 'phases' },
  },
  {
    flag: '--category',
    value: 'name',
    description: 'only remedies in this category, e.g. cold, heat, stretch, medicine',
    complete: { list: 'categories' },
  },
  {
    flag: '--condition',
    value: 'id',
    description: 'what to avoid or adapt with this condition, e.g. kidney-disease',
    complete: { list: 'conditions' },
  },
  JSON_OPTION,
] as const satisfies readonly OptionSpec[];
