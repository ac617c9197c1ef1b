// wrap() scans the text instead of splitting it; it must break exactly where split-and-join did.
import { describe, expect, it } from 'vitest';
import { helpWidth, screenColumns, wrap } from '../../src/ui/wrap.js';

/** The plain reading of wrapping: split at whitespace, join by one space, break before a word that does not fit. */
function reference(text: string, width: number, firstIndent = '', indent = firstIndent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let lineHasWord = false;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (lineHasWord && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = lineHasWord ? `${line} ${word}` : line + word;
    }
    lineHasWord = true;
  }
  lines.push(line);
  return lines;
}

/** A small deterministic generator, so a failure names its case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PIECES = [
  'a',
  'word',
  'longerword',
  'é',
  '🙂',
  '-',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\r\n',
];

function text(next: () => number): string {
  let out = '';
  const pieces = Math.floor(next() * 40);
  for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

describe('wrap', () => {
  it('breaks exactly where splitting at whitespace and joining by one space does', () => {
    const next = random(7);
    for (let n = 0; n < 5_000; n++) {
      const t = text(next);
      const width = 1 + Math.floor(next() * 30);
      const first = next() < 0.5 ? '' : '  ';
      const rest = next() < 0.5 ? first : '    ';
      expect(wrap(t, width, first, rest), JSON.stringify({ t, width, first, rest })).toEqual(
        reference(t, width, first, rest),
      );
    }
  });

  it('keeps the indent alone for text without words, and a word longer than the width on its own line', () => {
    expect(wrap(' \n\t ', 10, '> ')).toEqual(['> ']);
    expect(wrap('a verylongwordindeed b', 5, '', '  ')).toEqual(['a', '  verylongwordindeed', '  b']);
  });
});

describe('screenColumns', () => {
  it.each([
    [120, {}, 120],
    [0, { COLUMNS: '100' }, 100],
    [0, {}, 80],
    [undefined, { COLUMNS: '90' }, 90],
    [undefined, { COLUMNS: '0' }, 80],
    [undefined, { COLUMNS: 'abc' }, 80],
    [undefined, { COLUMNS: '-1' }, 80],
  ])('reads %s columns with %j as %s: a terminal that reports 0 has not said', (columns, env, width) => {
    expect(screenColumns(columns, env)).toBe(width);
  });

  it('keeps help between 20 and 80 columns whatever is reported', () => {
    expect(helpWidth(0, {})).toBe(80);
    expect(helpWidth(0, { COLUMNS: '50' })).toBe(50);
    expect(helpWidth(5, {})).toBe(20);
  });
});
