// The operator table is the one place an operator is defined: a fake one added
// to a copy of the table is parsed, evaluated, checked and described without
// touching anything else.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  OPERATORS,
  operator,
  passes,
  testWords,
  type AnswerTest,
  type AnswerTestOf,
} from '../../../src/core/check/operators.js';
import { answerTestSchema } from '../../../src/kb/check-schema.js';
import { operatorProblem } from '../../../src/kb/check-references.js';
import type { Question } from '../../../src/kb/types.js';

const WITH_NOT_EQUAL = {
  ...OPERATORS,
  isNot: operator({
    value: 'value',
    accepts: ['yes-no', 'choice'],
    holds: (a, v) => a !== v,
    words: (v) => `is not ${v}`,
    fhir: '!=',
  }),
};

const asked = { short: 'Asked?', text: 'Asked?', sources: [] };
const fever: Question = { id: 'fever', section: 'urgent-signs', type: 'yes-no', ...asked };
const age: Question = { id: 'age', section: 'about-you', type: 'number', min: 0, max: 120, ...asked };
const yesNo = (): Set<string> => new Set(['yes', 'no', 'unsure']);

describe('a new operator is one table entry', () => {
  it('gets a place in the AnswerTest type', () => {
    expectTypeOf<AnswerTestOf<typeof WITH_NOT_EQUAL>['isNot']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AnswerTest['gte']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AnswerTest['in']>().toEqualTypeOf<string[] | undefined>();
  });

  it('is accepted by the schema, with its value type', () => {
    const schema = answerTestSchema(WITH_NOT_EQUAL);
    expect(schema.safeParse({ answer: 'fever', isNot: 'yes' }).success).toBe(true);
    expect(schema.safeParse({ answer: 'fever', isNot: 3 }).success).toBe(false);
    expect(answerTestSchema(OPERATORS).safeParse({ answer: 'fever', isNot: 'yes' }).success).toBe(false);
  });

  it('is evaluated', () => {
    expect(passes(WITH_NOT_EQUAL, { answer: 'fever', isNot: 'yes' }, 'no')).toBe(true);
    expect(passes(WITH_NOT_EQUAL, { answer: 'fever', isNot: 'yes' }, 'yes')).toBe(false);
  });

  it('is checked against the question type and its possible answers', () => {
    expect(operatorProblem(WITH_NOT_EQUAL, { answer: 'fever', isNot: 'yes' }, fever, yesNo)).toBeUndefined();
    const maybe = operatorProblem(WITH_NOT_EQUAL, { answer: 'fever', isNot: 'maybe' }, fever, yesNo);
    expect(maybe).toMatch(/"maybe" is not a possible answer/);
    expect(operatorProblem(WITH_NOT_EQUAL, { answer: 'age', isNot: '3' }, age, yesNo)).toBe(
      '"age" is a number question; isNot only tests yes-no or choice questions',
    );
  });

  it('is described in words', () => {
    expect(testWords(WITH_NOT_EQUAL, { answer: 'fever', isNot: 'yes' })).toBe('fever is not yes');
  });
});

describe('the static check of the operators in use', () => {
  it.each([
    [{ answer: 'age', gte: 16, lt: 18 }, age, undefined],
    [{ answer: 'fever', gte: 1 }, fever, '"fever" is a yes-no question; gte only tests number questions'],
    [{ answer: 'fever', includes: 'yes' }, fever, '"fever" is a yes-no question; includes only tests many questions'],
    [
      { answer: 'fever', in: ['yes', 'nope'] },
      fever,
      '"nope" is not a possible answer to "fever" (possible: yes, no, unsure)',
    ],
  ] as const)('%j', (test, question, expected) => {
    expect(operatorProblem(OPERATORS, test as AnswerTest, question, yesNo)).toBe(expected);
  });

  it('lets a derived fact (a number) be compared only as a number', () => {
    expect(operatorProblem(OPERATORS, { answer: 'hours-since-onset', gte: 48 }, undefined, yesNo)).toBeUndefined();
    expect(operatorProblem(OPERATORS, { answer: 'hours-since-onset', is: '48' }, undefined, yesNo)).toBe(
      '"hours-since-onset" is a number of hours or days; compare it with gt, gte, lt or lte',
    );
  });
});
