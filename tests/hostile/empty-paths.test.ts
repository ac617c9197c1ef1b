// An empty path ('') on the command line or in BACKCARE_KB is a usage error
// (exit 2, one line naming the option), never a fall-back to a default or a
// failure to write "" (exit 1).
import { describe, it } from 'vitest';
import { expectOneLineRefusal } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';

const CASES: [string, string[], RegExp][] = [
  ["--kb ''", ['--kb', '', 'remedies'], /--kb.*empty/],
  ["--kb '   '", ['--kb', '   ', 'remedies'], /--kb.*empty/],
  ["report --output ''", ['report', '--output', ''], /--output.*empty/],
  ["report -o ''", ['report', '-o', ''], /--output.*empty/],
  ["check --answers ''", ['check', '--answers', ''], /--answers.*empty/],
  ["kb validate ''", ['kb', 'validate', ''], /dir.*empty/],
];

describe('an empty path argument', () => {
  it.each(CASES)('%s is a usage error (exit 2)', (_name, args, message) => {
    expectOneLineRefusal(runCli(args), 2, message);
  });

  it('BACKCARE_KB set but empty is refused rather than silently replaced by the built-in base', () => {
    expectOneLineRefusal(runCli(['remedies'], { env: { BACKCARE_KB: '' } }), 2, /BACKCARE_KB.*empty/);
  });
});
