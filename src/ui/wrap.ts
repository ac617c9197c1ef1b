// Word wrapping for plain text (wrap first, colour after).

/**
 * Wraps `text` to `width` columns; continuation lines start with `indent`. Words are split at any
 * whitespace (as /\s/ reads it) and joined by one space. Each line is sliced from the text, found with
 * indexOf: every printed paragraph goes through here, and splitting it into words made enough garbage
 * to cost start-up a collection.
 */
export function wrap(text: string, width: number, firstIndent = '', indent = firstIndent): string[] {
  const words = oneSpaced(text);
  const lines: string[] = [];
  let lead = firstIndent;
  let start = 0;
  let end = -1;
  for (let at = 0; at < words.length; ) {
    const space = words.indexOf(' ', at);
    const next = space < 0 ? words.length : space;
    if (end >= 0 && lead.length + (next - start) > width) {
      lines.push(lead + words.slice(start, end));
      lead = indent;
      start = at;
    }
    end = next;
    at = next + 1;
  }
  lines.push(end < 0 ? lead : lead + words.slice(start, end));
  return lines;
}

/** Whitespace at either end, two in a row, or any but a space. */
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** The words of `text`, separated by single spaces. */
function oneSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.split(/\s+/).filter(Boolean).join(' ') : text;
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

/**
 * The terminal's width: what it reports, else COLUMNS, else 80. A terminal that reports 0 columns (a
 * pseudo-terminal nobody sized) has said nothing, so it does not squeeze every line to the minimum.
 */
export function screenColumns(columns: number | undefined, env: NodeJS.ProcessEnv = {}): number {
  if (columns !== undefined && columns > 0) return columns;
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  return fromEnv > 0 ? fromEnv : 80;
}

/** The width for help: the terminal's (or COLUMNS), never more than 80. */
export function helpWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  return Math.max(20, Math.min(screenColumns(columns, env), 80));
}
