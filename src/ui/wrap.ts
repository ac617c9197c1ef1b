// Word wrapping for plain text (wrap first, colour after).

/**
 * Wraps `text` to `width` columns; continuation lines start with `indent`. Words are split at any
 * whitespace (as /\s/ reads it) and joined by one space. A scan rather than split and join: every
 * printed paragraph goes through here, and the garbage of a split costs start-up a collection.
 */
export function wrap(text: string, width: number, firstIndent = '', indent = firstIndent): string[] {
  const lines: string[] = [];
  let lead = firstIndent;
  let line: LineSpan | undefined;
  for (let i = skipSpace(text, 0); i < text.length; ) {
    const wordStart = i;
    i = skipWord(text, i);
    const gapStart = i;
    if (line === undefined) line = { start: wordStart, end: i, length: lead.length + (i - wordStart), plain: true };
    else if (line.length + 1 + (i - wordStart) > width) {
      lines.push(lead + lineText(text, line));
      lead = indent;
      line = { start: wordStart, end: i, length: lead.length + (i - wordStart), plain: true };
    } else {
      line.plain &&= line.singleSpaceAfter === true;
      line.end = i;
      line.length += 1 + (i - wordStart);
    }
    i = skipSpace(text, i);
    line.singleSpaceAfter = i - gapStart === 1 && text.charCodeAt(gapStart) === SPACE;
  }
  lines.push(line === undefined ? lead : lead + lineText(text, line));
  return lines;
}

/** A line's words in the text: from the first word's start to the last word's end. */
interface LineSpan {
  start: number;
  end: number;
  /** Its printed length so far, the lead included. */
  length: number;
  /** True while the words in the span are separated by single spaces, so the span prints as it is. */
  plain: boolean;
  /** Whether the whitespace after the last word is exactly one space. */
  singleSpaceAfter?: boolean;
}

function lineText(text: string, line: LineSpan): string {
  const span = text.slice(line.start, line.end);
  return line.plain ? span : span.split(/\s+/).join(' ');
}

const SPACE = 0x20;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function skipWord(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Whitespace as /\s/ reads it. */
function isSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Wraps each line of preformatted text (help, messages) that is wider than
 * `width`, between words, never inside one. A continuation lines up under the
 * line's text: after a table row's gap of two or more spaces ("  2    usage
 * error…"), else under its first word plus two spaces. Lines that fit are kept
 * exactly, spacing included.
 */
export function wrapLines(text: string, width: number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const column = tableColumn(line);
    // A table row's own continuation lines (indented more than the row) are re-flowed with it.
    let joined = line;
    while (
      column !== undefined &&
      i + 1 < lines.length &&
      indentOf(lines[i + 1] ?? '') > indentOf(line) &&
      (lines[i + 1] ?? '').trim() !== ''
    ) {
      joined += ` ${(lines[++i] ?? '').trim()}`;
    }
    out.push(...(joined.length <= width ? [joined] : wrapOneLine(joined, column, width)));
  }
  return out.join('\n');
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** "  2    usage error": the row's label and the gap after it, when the line is a table row. */
function tableColumn(line: string): string | undefined {
  return /^(\s*\S(?:\S| (?! ))*\s{2,})\S/.exec(line)?.[1];
}

function wrapOneLine(line: string, column: string | undefined, width: number): string[] {
  const lead = /^\s*/.exec(line)?.[0] ?? '';
  if (column === undefined) return wrap(line.slice(lead.length), width, lead, `${lead}  `);
  const text = line.slice(column.length);
  const longest = Math.max(0, ...text.split(/\s+/).map((word) => word.length));
  if (column.length <= width / 2 && column.length + longest <= width)
    return wrap(text, width, column, ' '.repeat(column.length));
  // Too wide a label for the screen: the label on its own line, the text under it.
  return [column.trimEnd(), ...wrap(text, width, `${lead}    `)];
}

/** The width for help: the terminal's (or COLUMNS), never more than 80. */
export function helpWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  const width = columns ?? (Number.isFinite(fromEnv) ? fromEnv : 80);
  return Math.max(20, Math.min(width, 80));
}
