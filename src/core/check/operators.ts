// The rule language's operators in one table: what each compares an answer
// with, which question types it can test, how it decides and how it reads.
// The zod schema (src/kb/check-schema.ts), the AnswerTest type, `evaluate`,
// the static check of a test and the words a reviewer reads all derive from
// it, so a new operator is one entry here.
import type { AnswerType } from '../vocabulary.js';
import type { AnswerValue } from './answers.js';

/** What an operator compares an answer with: one answer value, a list of them, or a number. */
export interface OperatorValues {
  value: string;
  values: string[];
  number: number;
}
export type ValueKind = keyof OperatorValues;

export interface Operator<K extends ValueKind = ValueKind> {
  value: K;
  /** The question types whose answers it can test (derived facts are numbers). */
  accepts: readonly AnswerType[];
  /** Whether a given answer passes. A method, so that every entry fits the table's type. */
  holds(answer: AnswerValue, value: OperatorValues[K]): boolean;
  /** The test in a reviewer's words, after the answer's id: `is yes`, `≥ 65`. */
  words(value: OperatorValues[K]): string;
  /** Its FHIR enableWhen operator; an answer list becomes one coded `=` per value. */
  fhir: '=' | '!=' | '>' | '>=' | '<' | '<=';
}

export type OperatorTable = Readonly<Record<string, Operator>>;

/** Builds one entry, inferring its value type from `value`. */
export function operator<K extends ValueKind>(spec: Operator<K>): Operator<K> {
  return spec;
}

const isNumber = (answer: AnswerValue): answer is number => typeof answer === 'number';

export const OPERATORS = {
  is: operator({
    value: 'value',
    accepts: ['yes-no', 'choice'],
    holds: (a, v) => a === v,
    words: (v) => `is ${v}`,
    fhir: '=',
  }),
  in: operator({
    value: 'values',
    accepts: ['yes-no', 'choice'],
    holds: (a, v) => typeof a === 'string' && v.includes(a),
    words: (v) => `is one of ${v.join(', ')}`,
    fhir: '=',
  }),
  includes: operator({
    value: 'value',
    accepts: ['many'],
    holds: (a, v) => Array.isArray(a) && a.includes(v),
    words: (v) => `includes ${v}`,
    fhir: '=',
  }),
  gt: operator({
    value: 'number',
    accepts: ['number'],
    holds: (a, v) => isNumber(a) && a > v,
    words: (v) => `> ${v}`,
    fhir: '>',
  }),
  gte: operator({
    value: 'number',
    accepts: ['number'],
    holds: (a, v) => isNumber(a) && a >= v,
    words: (v) => `≥ ${v}`,
    fhir: '>=',
  }),
  lt: operator({
    value: 'number',
    accepts: ['number'],
    holds: (a, v) => isNumber(a) && a < v,
    words: (v) => `< ${v}`,
    fhir: '<',
  }),
  lte: operator({
    value: 'number',
    accepts: ['number'],
    holds: (a, v) => isNumber(a) && a <= v,
    words: (v) => `≤ ${v}`,
    fhir: '<=',
  }),
} as const satisfies OperatorTable;

/** A test of one answer under a table: the answer's id and any of the table's operators, all of which must hold. */
export type AnswerTestOf<T extends OperatorTable> = { answer: string } & {
  [N in keyof T]?: T[N] extends Operator<infer K> ? OperatorValues[K] : never;
};
export type AnswerTest = AnswerTestOf<typeof OPERATORS>;

/** A condition on the answers. Recursive: all / any / not, or a test of one answer. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | AnswerTest;

/** A test's operator values by operator name (the answer id is not an operator). */
function valuesOf<T extends OperatorTable>(
  test: AnswerTestOf<T>,
): Readonly<Record<string, OperatorValues[ValueKind] | undefined>> {
  return test as unknown as Readonly<Record<string, OperatorValues[ValueKind] | undefined>>;
}

/** The operators a test uses with their values, in the table's order. */
export function operatorsOf<T extends OperatorTable>(
  table: T,
  test: AnswerTestOf<T>,
): { name: keyof T & string; operator: Operator; value: OperatorValues[ValueKind] }[] {
  const values = valuesOf(test);
  return Object.keys(table).flatMap((name) => {
    const value = values[name];
    const found = table[name];
    return value === undefined || found === undefined ? [] : [{ name, operator: found, value }];
  });
}

/** Whether an answer passes every operator of the test. */
export function passes<T extends OperatorTable>(table: T, test: AnswerTestOf<T>, answer: AnswerValue): boolean {
  // A loop, not operatorsOf: this runs for every test of every rule at every check, and makes no garbage.
  const values = valuesOf(test);
  for (const name in table) {
    const value = values[name];
    if (value !== undefined && table[name]?.holds(answer, value) === false) return false;
  }
  return true;
}

/** Operator names that can test answers of a type, in the table's order. */
export function operatorsFor(table: OperatorTable, type: AnswerType): string[] {
  return Object.keys(table).filter((name) => table[name]?.accepts.includes(type));
}

/** A test in a reviewer's words: `age ≥ 16 and < 18`. */
export function testWords<T extends OperatorTable>(table: T, test: AnswerTestOf<T>): string {
  const words = operatorsOf(table, test).map(({ operator: op, value }) => op.words(value));
  return `${test.answer} ${words.join(' and ')}`;
}
