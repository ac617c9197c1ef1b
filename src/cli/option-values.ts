// Parsers that commander runs on an option's or argument's value as it reads
// the command line. They know nothing of commander (build-program.ts adapts
// them), so the command specs can be bundled without it.
import { ValueError } from '../runtime/errors.js';

/**
 * A file or folder name that must not be empty: '' (an unset shell variable, a
 * script's typo) would otherwise mean "the default", or a file named "".
 */
export function nonEmptyPath(what: string): (value: string) => string {
  return (value: string): string => {
    if (value.trim() === '') throw new ValueError(`It is empty; give ${what}.`);
    return value;
  };
}
