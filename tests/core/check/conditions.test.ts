import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/check/conditions.js';
import type { RuleCondition } from '../../../src/kb/types.js';

const facts = new Map<string, string | number | string[]>([
  ['fever', 'yes'],
  ['age', 51],
  ['trend', 'same'],
  ['conditions', ['kidney-disease']],
]);

describe('evaluate', () => {
  it.each<[string, RuleCondition, boolean | undefined]>([
    ['is', { answer: 'fever', is: 'yes' }, true],
    ['is (other value)', { answer: 'fever', is: 'no' }, false],
    ['in', { answer: 'trend', in: ['same', 'worse'] }, true],
    ['includes', { answer: 'conditions', includes: 'kidney-disease' }, true],
    ['includes (absent)', { answer: 'conditions', includes: 'pregnancy' }, false],
    ['gte at the threshold', { answer: 'age', gte: 51 }, true],
    ['gt at the threshold', { answer: 'age', gt: 51 }, false],
    ['lt', { answer: 'age', lt: 20 }, false],
    ['range', { answer: 'age', gte: 50, lte: 60 }, true],
    ['missing answer is unknown', { answer: 'cancer', is: 'yes' }, undefined],
    ['not of unknown is unknown', { not: { answer: 'cancer', is: 'yes' } }, undefined],
    [
      'all with a false is false, even with unknowns',
      {
        all: [
          { answer: 'cancer', is: 'yes' },
          { answer: 'fever', is: 'no' },
        ],
      },
      false,
    ],
    [
      'all with an unknown and trues is unknown',
      {
        all: [
          { answer: 'cancer', is: 'yes' },
          { answer: 'fever', is: 'yes' },
        ],
      },
      undefined,
    ],
    [
      'any with a true is true, even with unknowns',
      {
        any: [
          { answer: 'cancer', is: 'yes' },
          { answer: 'fever', is: 'yes' },
        ],
      },
      true,
    ],
    [
      'any with only falses is false',
      {
        any: [
          { answer: 'age', lt: 20 },
          { answer: 'fever', is: 'no' },
        ],
      },
      false,
    ],
    ['a number is never equal to a string', { answer: 'age', is: '51' }, false],
  ])('%s', (_name, condition, expected) => {
    expect(evaluate(condition, facts)).toBe(expected);
  });
});
