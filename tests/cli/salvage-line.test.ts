// The lenient readings of a command line that will not run as it is.
import { describe, expect, it } from 'vitest';
import { globalOptionsOnly } from '../../src/cli/salvage-line.js';
import { PROGRAM } from '../../src/cli/registry.js';
import { wantsColor } from '../../src/runtime/term.js';

describe('globalOptionsOnly', () => {
  it.each([
    [[], {}],
    [['--no-color'], { color: false }],
    [['--region', 'GB', '--no-color'], { region: 'GB', color: false }],
    [['--region=GB'], { region: 'GB' }],
  ])('reads %j as the menu with those options', (tokens, expected) => {
    expect(globalOptionsOnly(tokens, PROGRAM)).toMatchObject(expected);
  });

  it.each([[['check']], [['--no-color', 'remedies']], [['--region']], [['--bogus']], [['--no-color=1']]])(
    'leaves %j to the commands and their errors',
    (tokens) => {
      expect(globalOptionsOnly(tokens, PROGRAM)).toBeUndefined();
    },
  );
});

describe('wantsColor', () => {
  it.each([
    [{ FORCE_COLOR: '0' }, undefined, true, false],
    [{ FORCE_COLOR: 'false' }, undefined, true, false],
    [{ FORCE_COLOR: '1' }, undefined, false, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, undefined, true, false],
    [{}, false, true, false],
    [{}, undefined, true, true],
    [{}, undefined, false, false],
  ])('with %j, the flag %s and a terminal %s: %s', (env, flag, tty, expected) => {
    expect(wantsColor(env, flag, tty)).toBe(expected);
  });
});
