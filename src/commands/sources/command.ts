import type { CommandSpec } from '../../cli/spec.js';
import { sourcesOptions } from './options.js';

export const sources: CommandSpec = {
  name: 'sources',
  description: 'the sources behind the advice, and what cites each one',
  options: sourcesOptions,
  examples: ['backcare sources', 'backcare sources --json'],
  load: () => import('./run.js'),
};
