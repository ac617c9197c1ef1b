// Reading level of plain English text: the Flesch–Kincaid grade, with a
// syllable count by rule (vowel groups, a silent final e). Rough for single
// words, steady enough over a sentence or more. Pure.

export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function readingLevel(text: string): ReadingLevel {
  const words = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:\.\d+)?/g) ?? [];
  const sentences = Math.max(1, text.split(/[.?!;:]+(?:\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length);
  const syllables = words.reduce((sum, w) => sum + syllablesIn(w), 0);
  const count = Math.max(1, words.length);
  const grade = 0.39 * (count / sentences) + 11.8 * (syllables / count) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Syllables in one word: vowel groups, less a silent final e ("take"), at least one. Numbers count as one. */
export function syllablesIn(word: string): number {
  if (/^\d/.test(word)) return 1;
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (end) => end[0] ?? '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}
