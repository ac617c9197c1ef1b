// What an argument's usage name says: `<shell>` is required, `[id]` optional,
// `[topic...]` takes every word left. Read here for help, the man page and the
// direct reading of the command line alike.
import type { ArgumentSpec } from './spec.js';

/** As help shows an argument: `id`, `topic`. */
export function argumentTerm(spec: ArgumentSpec): string {
  return spec.name.replace(/^[[<]|(\.\.\.)?[\]>]$/g, '');
}

export function isRequired(spec: ArgumentSpec): boolean {
  return spec.name.startsWith('<');
}

export function isVariadic(spec: ArgumentSpec): boolean {
  return /\.\.\.[\]>]$/.test(spec.name);
}
