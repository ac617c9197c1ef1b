// Every message wraps at the terminal's width between words, never inside one:
// help (at most 80 columns), usage errors, warnings on a terminal's stderr.
import { describe, expect, it } from 'vitest';
import { wrappingStderr } from '../../src/runtime/term.js';
import { helpWidth, wrapLines } from '../../src/ui/wrap.js';
import { runCli } from '../helpers/run-cli.js';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const COMMANDS = [
  [],
  ['check'],
  ['remedies'],
  ['warning-signs'],
  ['ice-heat-timer'],
  ['stretch'],
  ['episode', 'status'],
  ['log'],
  ['history'],
  ['report'],
  ['plan'],
  ['learn'],
  ['sources'],
  ['completion'],
];

describe('wrapLines', () => {
  it('keeps lines that fit, spacing included', () => {
    expect(wrapLines('  0    success\n  a  b', 40)).toBe('  0    success\n  a  b');
  });

  it('wraps a table row under its text column and re-flows its continuation lines', () => {
    const row = '  2    usage or input error: unknown option, bad value, missing answer, broken\n       knowledge base';
    const out = wrapLines(row, 40).split('\n');
    for (const line of out) expect(line.length).toBeLessThanOrEqual(40);
    expect(out[0]).toMatch(/^ {2}2 {4}usage/);
    expect(out.slice(1).every((l) => l.startsWith('       '))).toBe(true);
    expect(words(out.join(' '))).toEqual(words(row));
  });

  it('puts a label too wide for the screen on its own line', () => {
    expect(
      wrapLines('  BACKCARE_BROWSER_TIMEOUT  seconds to wait for it to print the PDF (default 60)', 30).split('\n')[0],
    ).toBe('  BACKCARE_BROWSER_TIMEOUT');
  });

  it('never breaks a word, even one longer than the width', () => {
    const out = wrapLines('backcare: cannot read /a/very/long/path/that/does/not/fit/anywhere.yaml here', 20);
    expect(words(out)).toEqual(words('backcare: cannot read /a/very/long/path/that/does/not/fit/anywhere.yaml here'));
  });
});

describe('help', () => {
  it.each(COMMANDS)('backcare %s --help fits 80 and 40 columns with the same words', (...args) => {
    const cmd = args.filter((a): a is string => typeof a === 'string');
    const at = (columns: string): string =>
      runCli([...cmd, '--help'], { env: { COLUMNS: columns }, timeoutMs: 30_000 }).stdout;
    const wide = at('80');
    const narrow = at('40');
    for (const line of wide.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    // A word longer than the space left may stand alone; nothing else passes 40.
    for (const line of narrow.split('\n'))
      if (words(line).length > 1) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(words(narrow)).toEqual(words(at('200')));
  });

  it('is never wider than 80 columns, even on a wide terminal', () => {
    expect(helpWidth(200, {})).toBe(80);
    expect(helpWidth(undefined, { COLUMNS: '40' })).toBe(40);
  });
});

describe('stderr on a terminal', () => {
  it('wraps warnings at its width between words; a pipe gets them on one line', () => {
    let written = '';
    const write = (t: string): boolean => {
      written += t;
      return true;
    };
    const message = 'backcare: warning: the check was not saved to your diary: no space left on device\n';
    wrappingStderr({ isTTY: true, columns: 40, write }).write(message);
    for (const line of written.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(words(written)).toEqual(words(message));
    written = '';
    wrappingStderr({ isTTY: false, columns: 40, write }).write(message);
    expect(written).toBe(message);
  });
});
