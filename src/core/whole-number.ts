// Number answers, typed or scripted: the one reading of a plain whole number.

/**
 * A whole number written plainly ("7", " 42 "), from min to max; undefined for anything else. Every number
 * question counts whole things (years, weeks, points of pain), and a fraction such as 5.5 would be stored but
 * read nowhere, like a diary score that `log` refuses.
 */
export function wholeNumberIn(raw: unknown, min: number, max: number): number | undefined {
  const value =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
}
