// Shell completion scripts built from a description of the command tree:
// commands, options, and the values options and arguments take.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** `file` and `dir` complete paths; `value` offers `values` (maybe none). */
export interface ValueSpec {
  takes: 'nothing' | 'value' | 'file' | 'dir';
  values: readonly string[];
}

export interface OptionSpec extends ValueSpec {
  flags: string[];
}

export interface CommandSpec {
  name: string;
  options: OptionSpec[];
  args: ValueSpec;
  subcommands: CommandSpec[];
}

export function completionScript(shell: Shell, root: CommandSpec): string {
  if (shell === 'bash') return bash(root);
  if (shell === 'zsh') return `#compdef ${root.name}\nautoload -U bashcompinit && bashcompinit\n${bash(root)}`;
  return fish(root);
}

interface Entry {
  path: string[];
  spec: CommandSpec;
}

function entries(spec: CommandSpec, path: string[] = []): Entry[] {
  return [{ path, spec }, ...spec.subcommands.flatMap((sub) => entries(sub, [...path, sub.name]))];
}

/** Only plain words go into a script; anything a shell could read as code is left out. */
function words(values: readonly string[]): string {
  return values.filter((v) => /^[\w.,:@+-]+$/.test(v)).join(' ');
}

/** The root's options that also work after a command (all but --version). */
function globalOptions(root: CommandSpec): OptionSpec[] {
  return root.options.filter((o) => !o.flags.includes('--version'));
}

function bashValue(spec: ValueSpec): string {
  return spec.takes === 'file' || spec.takes === 'dir' ? `@${spec.takes}` : words(spec.values);
}

/** The arms of a shell `case`, one a line. */
function caseOf(rows: string[]): string {
  return rows.filter((r) => r !== '').join('\n');
}

/** The `case` arms that print the values each option of `e` takes, keyed by `key` and the flag. */
function valueRows(e: Entry, key: string): string[] {
  return e.spec.options
    .filter((o) => o.takes !== 'nothing')
    .map((o) => `    ${o.flags.map((f) => `${key}"|${f}"`).join(' | ')}) echo "${bashValue(o)}" ;;`);
}

function bash(root: CommandSpec): string {
  const all = entries(root);
  const fn = `_${root.name.replace(/\W/g, '_')}`;
  const subcommands = caseOf(
    all
      .filter((e) => e.spec.subcommands.length > 0)
      .map((e) => `    "${e.path.join(' ')}") echo "${e.spec.subcommands.map((s) => s.name).join(' ')}" ;;`),
  );
  const options = caseOf(
    all.map((e) => {
      const flags = [...e.spec.options, ...(e.path.length > 0 ? globalOptions(root) : [])].flatMap((o) => o.flags);
      return `    "${e.path.join(' ')}") echo "${flags.join(' ')}" ;;`;
    }),
  );
  const values = caseOf([
    ...all.filter((e) => e.path.length > 0).flatMap((e) => valueRows(e, `"${e.path.join(' ')}"`)),
    ...valueRows({ path: [], spec: root }, '*'),
  ]);
  const args = caseOf(
    all
      .filter((e) => e.spec.args.takes !== 'nothing')
      .map((e) => `    "${e.path.join(' ')}") echo "${bashValue(e.spec.args)}" ;;`),
  );
  return `# ${root.name} completion for bash (zsh runs it through bashcompinit); see docs/install.md.
${fn}_subcommands() {
  case "$1" in
${subcommands}
  esac
}
${fn}_options() {
  case "$1" in
${options}
  esac
}
# Succeeds, printing the values, when option $2 of command $1 takes a value.
${fn}_values() {
  case "$1|$2" in
${values}
    *) return 1 ;;
  esac
}
${fn}_args() {
  case "$1" in
${args}
  esac
}
${fn}_reply() {
  case "$1" in
    *@file*) COMPREPLY=($(compgen -f -- "$cur")) ;;
    *@dir*) COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$1" -- "$cur")) ;;
  esac
}
${fn}_complete() {
  # zsh's bashcompinit fills COMP_WORDS like bash, counting from 0.
  [[ -n "\${ZSH_VERSION-}" ]] && setopt local_options ksh_arrays
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" word values i
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if [[ "$word" == -* ]]; then
      ${fn}_values "$cmd" "$word" >/dev/null && i=$((i + 1))
    elif [[ " $(${fn}_subcommands "$cmd") " == *" $word "* ]]; then
      cmd="\${cmd:+$cmd }$word"
    fi
  done
  if values=$(${fn}_values "$cmd" "$prev"); then
    ${fn}_reply "$values"
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$(${fn}_options "$cmd")" -- "$cur"))
  else
    ${fn}_reply "$(${fn}_subcommands "$cmd") $(${fn}_args "$cmd")"
  fi
}
complete -F ${fn}_complete ${root.name}
`;
}

function fishValue(spec: ValueSpec): string {
  if (spec.takes === 'file') return '-rF';
  if (spec.takes === 'dir') return '-xa "(__fish_complete_directories)"';
  return spec.values.length > 0 ? `-xa "${words(spec.values)}"` : '-x';
}

function fishOption(option: OptionSpec): string {
  const flags = option.flags.map((f) => (f.startsWith('--') ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`)).join(' ');
  return option.takes === 'nothing' ? flags : `${flags} ${fishValue(option)}`;
}

function fish(root: CommandSpec): string {
  const c = `complete -c ${root.name}`;
  const lines = [`# ${root.name} completion for fish; see docs/install.md.`, `${c} -f`];
  const topNames = root.subcommands.map((s) => s.name).join(' ');
  lines.push(`${c} -n "not __fish_seen_subcommand_from ${topNames}" -a "${topNames}"`);
  for (const option of root.options) lines.push(`${c} ${fishOption(option)}`);
  for (const { path, spec } of entries(root).slice(1)) {
    const seen = path.map((p) => `__fish_seen_subcommand_from ${p}`).join('; and ');
    const cond = `-n "${seen}"`;
    const names = spec.subcommands.map((s) => s.name).join(' ');
    if (names) lines.push(`${c} -n "${seen}; and not __fish_seen_subcommand_from ${names}" -a "${names}"`);
    for (const option of spec.options) lines.push(`${c} ${cond} ${fishOption(option)}`);
    if (spec.args.takes === 'file') lines.push(`${c} ${cond} -F`);
    else if (spec.args.takes === 'dir') lines.push(`${c} ${cond} -a "(__fish_complete_directories)"`);
    else if (spec.args.values.length > 0) lines.push(`${c} ${cond} -a "${words(spec.args.values)}"`);
  }
  return `${lines.join('\n')}\n`;
}
