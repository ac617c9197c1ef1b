import type { CommandSpec } from '../../cli/spec.js';
import { DIARY_NOTE } from '../../cli/help-texts.js';
import { episodeEndOptions, episodeStartOptions, episodeStatusOptions } from './options.js';

export const episode: CommandSpec = {
  name: 'episode',
  description: 'an episode of back pain: start it, see which day and phase you are in, end it',
  examples: ['backcare episode start --at 2d', 'backcare episode status', 'backcare episode end'],
  notes: [DIARY_NOTE],
  subcommands: [
    {
      name: 'start',
      description: 'start an episode (now, or when the pain began)',
      options: episodeStartOptions,
      load: () => import('./run.js').then((m) => ({ run: m.start })),
    },
    {
      name: 'status',
      description: 'day N of the episode, the advice for its phase, and the next follow-up date',
      options: episodeStatusOptions,
      isDefault: true,
      // As the default, status also receives a mistyped subcommand ("stat"), to suggest the right one.
      allowExcessArguments: true,
      load: () => import('./run.js').then((m) => ({ run: m.status })),
    },
    {
      name: 'end',
      description: 'end the open episode (now, or --at when it ended)',
      options: episodeEndOptions,
      load: () => import('./run.js').then((m) => ({ run: m.end })),
    },
  ],
};
