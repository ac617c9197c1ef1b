// How to answer is said in full the first time a kind of question comes up,
// then briefly: read aloud on every screen, the full words would cost a
// screen-reader user more than the questions themselves.

export interface Instruction {
  full: string;
  brief: string;
}

/** A teller that gives each kind's full words once, its brief words after that. */
export function onceInFull(): (kind: string, words: Instruction) => string {
  const said = new Set<string>();
  return (kind, { full, brief }) => {
    if (said.has(kind)) return brief;
    said.add(kind);
    return full;
  };
}

/** The instruction for keyed answers: letters with their meaning (y for yes), or numbers. */
export function keyedInstruction(choices: readonly { key: string; label: string }[]): Instruction {
  const numbered = choices.every((c, i) => c.key === String(i + 1));
  const range = choices.length === 1 ? '1' : `1 to ${choices.length}`;
  if (numbered) return { full: `Type a number from ${range}, then press Enter.`, brief: `${range}:` };
  return {
    full: `Type ${orList(choices.map((c) => `${c.key} for ${meaning(c.label).toLowerCase()}`))}, then press Enter.`,
    brief: `${orList(choices.map((c) => c.key))}:`,
  };
}

/** Said once, with the first question that has more to say. */
export const EXPLAIN_ONCE = 'Type ? at any question to hear more.';

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

/** Questions answered with the same keys share one instruction; numbered lists share another. */
export function instructionKind(choices: readonly { key: string }[]): string {
  return choices.every((c, i) => c.key === String(i + 1)) ? 'numbers' : `keys:${choices.map((c) => c.key).join('')}`;
}

/** An answer's meaning in a word or two: its label up to the first colon or comma ("Yes: count the days…" is "Yes"). */
export function meaning(label: string): string {
  return label.split(/[:,]/)[0]?.trim() ?? label;
}
