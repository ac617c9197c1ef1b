// "Did you mean …?" after an unknown command or option, from the same
// closestId as every other suggestion backcare makes (ids in files, answers,
// topics), rather than commander's own, which has other thresholds.
import type { Command } from 'commander';
import { closestId } from '../core/suggest.js';

/** Commander's message for an unknown command or option, with the nearest name added when there is one. */
export function withSuggestion(message: string, command: Command): string {
  const unknownCommand = /^unknown command '([^']*)'$/.exec(message)?.[1];
  if (unknownCommand !== undefined) return suggested(message, closestId(unknownCommand, commandNames(command)));
  const unknownOption = /^unknown option '(--[^'=]*)[^']*'$/.exec(message)?.[1];
  if (unknownOption !== undefined) return suggested(message, closestId(unknownOption, longFlags(command)));
  return message;
}

function suggested(message: string, name: string | undefined): string {
  return name === undefined ? message : `${message} (Did you mean ${name}?)`;
}

function commandNames(command: Command): string[] {
  return [...command.commands.map((c) => c.name()), 'help'];
}

/** The command's long flags and those of the commands above it (the global options). */
function longFlags(command: Command): string[] {
  const flags: string[] = ['--help'];
  for (let c: Command | null = command; c; c = c.parent)
    flags.push(...c.options.flatMap((o) => (o.long ? [o.long] : [])));
  return flags;
}
