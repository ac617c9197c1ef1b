// Large digits for the countdown: a 3×5 pixel font, each pixel two columns
// wide so the digits look square. Pure.

const FONT: Record<string, readonly string[]> = {
  '0': ['###', '# #', '# #', '# #', '###'],
  '1': [' # ', '## ', ' # ', ' # ', '###'],
  '2': ['###', '  #', '###', '#  ', '###'],
  '3': ['###', '  #', '###', '  #', '###'],
  '4': ['# #', '# #', '###', '  #', '  #'],
  '5': ['###', '#  ', '###', '  #', '###'],
  '6': ['###', '#  ', '###', '# #', '###'],
  '7': ['###', '  #', '  #', '  #', '  #'],
  '8': ['###', '# #', '###', '# #', '###'],
  '9': ['###', '# #', '###', '  #', '###'],
  ':': [' ', '#', ' ', '#', ' '],
};

const DIGIT_ROWS = 5;

/** "19:42" as five rows of block characters ('#' where the terminal has no block glyph). */
export function bigDigits(text: string, unicode: boolean): string[] {
  const ink = unicode ? '██' : '##';
  const rows: string[] = Array.from({ length: DIGIT_ROWS }, () => '');
  for (const [i, ch] of [...text].entries()) {
    const glyph = FONT[ch];
    if (!glyph) continue;
    for (let r = 0; r < DIGIT_ROWS; r++) {
      const pixels = (glyph[r] ?? '').replace(/#/g, ink).replace(/ /g, '  ');
      rows[r] += (i > 0 ? '  ' : '') + pixels;
    }
  }
  return rows.map((row) => row.trimEnd());
}

export function bigDigitsWidth(text: string): number {
  return [...text].reduce((w, ch, i) => w + (i > 0 ? 2 : 0) + (FONT[ch]?.[0]?.length ?? 0) * 2, 0);
}
