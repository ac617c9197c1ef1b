import { describe, expect, it } from 'vitest';
import { safeStrings, safeText } from '../../src/runtime/safe-text.js';

describe('safeText', () => {
  it('shows C0, DEL and C1 controls as visible escapes, keeping newline, tab and CRLF', () => {
    expect(safeText('a\u001b[2Jb\u0007\u0000\u007f\u009b\tc\nd\r\ne\rf')).toBe(
      'a\\u001b[2Jb\\u0007\\u0000\\u007f\\u009b\tc\nd\r\ne\\u000df',
    );
  });

  it('lets no colour sequence through, not even a plain SGR', () => {
    expect(safeText('\u001b[1mbold\u001b[22m \u001b[8m')).toBe('\\u001b[1mbold\\u001b[22m \\u001b[8m');
  });

  it('stays valid JSON that decodes to the original text', () => {
    const value = { note: 'x\u009by\u007f' };
    expect(JSON.parse(safeText(JSON.stringify(value)))).toEqual(value);
  });

  it('walks plain objects and arrays, leaving other values alone', () => {
    const date = new Date(0);
    expect(safeStrings({ a: ['\u0007'], n: 1, d: date })).toEqual({ a: ['\\u0007'], n: 1, d: date });
  });
});
