// zod's issues reworded for someone editing a YAML file by hand.
import type { z } from 'zod';

/** zod's own messages start like this; any other message was written in our schema and wins. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

export function describeIssue(issue: z.core.$ZodIssue, received: unknown): string {
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return received === undefined
        ? `missing: expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, got ${describeValue(received)}`;
    case 'invalid_value':
      if (received === undefined) return `missing: expected one of ${issue.values.map((v) => String(v)).join(', ')}`;
      return `expected one of ${issue.values.map((v) => String(v)).join(', ')}, got ${describeValue(received)}`;
    case 'unrecognized_keys':
      return (
        `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check ` +
        `the spelling against the schema)`
      );
    case 'too_small':
      if (issue.origin === 'array')
        return `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'number')
        return (
          `expected a number ${issue.inclusive ? 'of at least' : 'above'} ${String(issue.minimum)}, ` +
          `got ${describeValue(received)}`
        );
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number')
        return (
          `expected a number ${issue.inclusive ? 'of at most' : 'below'} ${String(issue.maximum)}, ` +
          `got ${describeValue(received)}`
        );
      return issue.message;
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function article(type: string): string {
  if (type === 'int') return 'a whole number';
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a mapping of keys to values';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
