// What a typed line means at a question with keyed answers, in both prompters.
import { describe, expect, it } from 'vitest';
import { keyedInstruction, onceInFull } from '../../src/ui/instructions.js';
import { nothingChosen, numberKeys, readTyped } from '../../src/ui/typed-answer.js';

const YES_NO_UNSURE = [
  { value: 'yes', label: 'Yes', key: 'y' },
  { value: 'no', label: 'No', key: 'n' },
  { value: 'unsure', label: 'Not sure', key: 'u' },
];
const WHERE = numberKeys([
  { value: 'low-back', label: 'Lower back' },
  { value: 'upper-back-between-shoulders', label: 'Upper back, between the shoulder blades' },
  { value: 'both', label: 'Both lower and upper back' },
]);

describe('a typed answer', () => {
  it.each([
    ['y', 'yes'],
    ['yes', 'yes'],
    ['Yes', 'yes'],
    ['  no ', 'no'],
    ['No.', 'no'],
    ['nope', 'no'],
    ['not sure', 'unsure'],
    ['Not  Sure', 'unsure'],
    ["don't know", 'unsure'],
    ['u', 'unsure'],
    ['2', 'no'],
  ])('reads %j at a yes/no question as %s', (typed, value) => {
    expect(readTyped(typed, YES_NO_UNSURE)).toEqual({ kind: 'chosen', value });
  });

  it('chooses nothing on Enter alone, and says what to type', () => {
    expect(readTyped('', YES_NO_UNSURE)).toEqual({
      kind: 'problem',
      message: 'Nothing is chosen yet: type y for Yes, n for No or u for Not sure, then press Enter.',
    });
    expect(readTyped('   ', WHERE)).toEqual({
      kind: 'problem',
      message: 'Nothing is chosen yet: type a number from 1 to 3, then press Enter.',
    });
  });

  it('takes a pick-one answer by its number or its words, never by default', () => {
    expect(readTyped('2', WHERE)).toEqual({ kind: 'chosen', value: 'upper-back-between-shoulders' });
    expect(readTyped('lower back', WHERE)).toEqual({ kind: 'chosen', value: 'low-back' });
    expect(readTyped('4', WHERE)).toMatchObject({
      kind: 'problem',
      message: expect.stringMatching(/^"4" is not one of the answers/),
    });
  });

  it('asks for the explanation with ?', () => {
    expect(readTyped('?', YES_NO_UNSURE)).toEqual({ kind: 'explain' });
    expect(readTyped(' ? ', WHERE)).toEqual({ kind: 'explain' });
  });

  it('does not take a word that only starts like an answer', () => {
    expect(readTyped('nothing', YES_NO_UNSURE).kind).toBe('problem');
    expect(readTyped('yesterday', YES_NO_UNSURE).kind).toBe('problem');
  });
});

describe('instructions said in full once, then briefly', () => {
  it('gives each kind its full words the first time only', () => {
    const tell = onceInFull();
    const words = keyedInstruction(YES_NO_UNSURE);
    expect(tell('keys:ynu', words)).toBe('Type y for yes, n for no or u for not sure, then press Enter.');
    expect(tell('keys:ynu', words)).toBe('y, n or u:');
    expect(tell('numbers', keyedInstruction(WHERE))).toBe('Type a number from 1 to 3, then press Enter.');
    expect(tell('numbers', keyedInstruction(WHERE))).toBe('1 to 3:');
  });

  it('names an answer by its first words, not its whole label', () => {
    const diary = [
      { value: 'yes', label: 'Yes: count the days, save this check', key: 'y' },
      { value: 'no', label: 'No, thanks', key: 'n' },
    ];
    expect(keyedInstruction(diary).full).toBe('Type y for yes or n for no, then press Enter.');
    expect(nothingChosen(diary)).toBe('Nothing is chosen yet: type y for Yes or n for No, then press Enter.');
  });
});
