// A skipped test that says why, in the test list and on stderr (the default
// reporter folds a file whose tests are all skipped into one line).
import { it } from 'vitest';

export function skipVisibly(reason: string): void {
  console.warn(reason);
  it.skip(reason, () => {});
}
