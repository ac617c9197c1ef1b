// How many words a question's short form may have: about 15, or more for the few listed with why.

/**
 * Short forms allowed more than 15 words, and why. A gate's short form is all a person reads
 * before answering for a whole list: it must name what changes the advice most.
 */
export const LONGER_SHORT_FORMS: Readonly<Record<string, { words: number; why: string }>> = {
  'has-conditions': {
    words: 22,
    why:
      'stands for the conditions list: names the conditions behind the painkiller, ice and heat cautions and ' +
      'the level',
  },
};

export function shortFormLimit(id: string): number {
  return LONGER_SHORT_FORMS[id]?.words ?? 15;
}
