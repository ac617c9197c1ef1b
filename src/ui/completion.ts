// Shell completion scripts built from a description of the command tree.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface CommandSpec {
  name: string;
  options: string[];
  subcommands: CommandSpec[];
  /** Words the command takes as its argument, such as the learn topic ids. */
  values?: string[];
}

export function completionScript(shell: Shell, root: CommandSpec): string {
  if (shell === 'bash') return bash(root);
  if (shell === 'zsh') return `#compdef ${root.name}\nautoload -U bashcompinit && bashcompinit\n${bash(root)}`;
  return fish(root);
}

function bash(root: CommandSpec): string {
  const cases = root.subcommands
    .map((c) => `    ${c.name}) words="${[...(c.values ?? []), ...c.subcommands.map((s) => s.name), ...c.options, ...root.options].join(' ')}" ;;`)
    .join('\n');
  const top = [...root.subcommands.map((c) => c.name), ...root.options].join(' ');
  return `# backcare completion for bash; add to ~/.bashrc: source <(backcare completion bash)
_backcare_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" sub="" words
  local i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) sub="\${COMP_WORDS[i]}"; break ;; esac
  done
  case "$sub" in
${cases}
    *) words="${top}" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _backcare_complete ${root.name}
`;
}

function fish(root: CommandSpec): string {
  const names = root.subcommands.map((c) => c.name).join(' ');
  const lines = [`# backcare completion for fish`, `complete -c ${root.name} -f`];
  lines.push(`complete -c ${root.name} -n "not __fish_seen_subcommand_from ${names}" -a "${names}"`);
  for (const opt of root.options.filter((o) => o.startsWith('--'))) lines.push(`complete -c ${root.name} -l ${opt.slice(2)}`);
  for (const sub of root.subcommands) {
    const cond = `-n "__fish_seen_subcommand_from ${sub.name}"`;
    if (sub.subcommands.length > 0) lines.push(`complete -c ${root.name} ${cond} -a "${sub.subcommands.map((s) => s.name).join(' ')}"`);
    if (sub.values) lines.push(`complete -c ${root.name} ${cond} -a "${sub.values.join(' ')}"`);
    for (const opt of sub.options.filter((o) => o.startsWith('--'))) lines.push(`complete -c ${root.name} ${cond} -l ${opt.slice(2)}`);
  }
  return `${lines.join('\n')}\n`;
}
