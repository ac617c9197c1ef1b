// Parsers that commander runs on an option's or argument's value as it reads
// the command line: light enough for the start-up bundle.
import { InvalidArgumentError } from 'commander';

/**
 * A file or folder name that must not be empty: '' (an unset shell variable, a
 * script's typo) would otherwise mean "the default", or a file named "".
 */
export function nonEmptyPath(what: string): (value: string) => string {
  return (value: string): string => {
    if (value.trim() === '') throw new InvalidArgumentError(`It is empty; give ${what}.`);
    return value;
  };
}
