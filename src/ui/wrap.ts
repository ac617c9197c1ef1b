// Word wrapping for plain text (wrap first, colour after).

/** Wraps `text` to `width` columns; continuation lines start with `indent`. */
export function wrap(text: string, width: number, firstIndent = '', indent = firstIndent): string[] {
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
