import type { CommandSpec } from '../../cli/spec.js';

/** Kept here rather than imported, so --help does not load the script writers. */
const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const completion: CommandSpec = {
  name: 'completion',
  description: 'print a shell completion script',
  arguments: [{ name: '<shell>', description: 'bash, zsh or fish', complete: SHELLS }],
  examples: [
    'backcare completion bash >> ~/.bashrc',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell line; ${} is zsh's
    'backcare completion zsh > "${fpath[1]}/_backcare"',
    'backcare completion fish > ~/.config/fish/completions/backcare.fish',
  ],
  load: () => import('./run.js'),
};
