// How an option's flags are written in help, the man page and for commander.
import type { OptionSpec } from './spec.js';

/** `-q, --quiet`, `--answer <id=value>`, `--helped <ids...>`. */
export function flagsOf(spec: OptionSpec): string {
  const value = spec.value === undefined ? '' : ` <${spec.value}${spec.variadic ? '...' : ''}>`;
  return `${spec.short ? `${spec.short}, ` : ''}${spec.flag}${value}`;
}
