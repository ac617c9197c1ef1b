// What a typed line means at a question with keyed answers (y, n, u or 1, 2,
// 3): the key, the answer's number or its own words ("no", "not sure"). Shared
// by both prompters, so a person can answer the same way in either.
import { yesNoWord } from '../core/check/answers.js';
import { echoed } from '../core/echo.js';
import { meaning } from './instructions.js';
import type { KeyedChoice } from './prompter.js';

/** Typed to ask for the explanation of a question. */
export const EXPLAIN = '?';

export type TypedAnswer =
  | { kind: 'chosen'; value: string }
  | { kind: 'explain' }
  | { kind: 'problem'; message: string };

export function readTyped(typed: string, choices: readonly KeyedChoice[]): TypedAnswer {
  const line = typed
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');
  if (line === EXPLAIN) return { kind: 'explain' };
  if (line === '') return { kind: 'problem', message: nothingChosen(choices) };
  const byNumber = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
  const word = yesNoWord(line);
  const chosen =
    choices.find((c) => c.key === line) ??
    byNumber ??
    choices.find(
      (c) =>
        c.label.toLowerCase() === line ||
        meaning(c.label).toLowerCase() === line ||
        (word !== undefined && word === c.value),
    );
  if (chosen) return { kind: 'chosen', value: chosen.value };
  return {
    kind: 'problem',
    message: `"${echoed(typed.trim(), 40)}" is not one of the answers: type ${keysInWords(choices)}, then press Enter.`,
  };
}

/** What Enter alone gets: what to type instead. */
export function nothingChosen(choices: readonly KeyedChoice[]): string {
  return `Nothing is chosen yet: type ${keysInWords(choices)}, then press Enter.`;
}

function keysInWords(choices: readonly KeyedChoice[]): string {
  const keys = choices.map((c) => `${c.key} for ${meaning(c.label)}`);
  if (choices.every((c, i) => c.key === String(i + 1))) return `a number from 1 to ${choices.length}`;
  return `${keys.slice(0, -1).join(', ')} or ${keys.at(-1) ?? ''}`;
}

/** Numbers as keys, for a list of choices with no letters of their own. */
export function numberKeys<T extends { value: string; label: string }>(choices: readonly T[]): (T & { key: string })[] {
  return choices.map((c, i) => ({ ...c, key: String(i + 1) }));
}
