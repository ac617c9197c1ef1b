import type { OptionSpec } from '../../cli/spec.js';
import { nonEmptyPath } from '../../cli/option-values.js';

export const kbValidateOptions = [
  { flag: '--json', description: 'print the result as JSON on stdout' },
] as const satisfies readonly OptionSpec[];

export const kbReviewOptions = [
  { flag: '--json', description: 'print {"entries":[{kind, id, hash, status, …}], "summary": …} on stdout' },
  {
    flag: '--html',
    value: 'file',
    description: 'write the book as one printable, self-contained HTML page',
    parse: nonEmptyPath('a file name for the HTML page, or leave out --html to print the book'),
    complete: 'file',
  },
  { flag: '--force', description: 'replace the --html file if it already exists' },
] as const satisfies readonly OptionSpec[];

export const kbSignOptions = [
  { flag: '--reviewer', value: 'name', description: 'your name as it should be shown, e.g. "Dr A Patel"' },
  { flag: '--role', value: 'role', description: 'your role, e.g. GP or physiotherapist' },
  { flag: '--registration', value: 'number', description: 'your professional registration, e.g. "GMC 1234567"' },
  { flag: '--all', description: 'sign every entry as it stands' },
  {
    flag: '--entry',
    value: 'kind:id',
    repeatable: true,
    description: 'sign one entry, e.g. rule:ces-saddle-numbness (repeatable)',
  },
  {
    flag: '--decision',
    value: 'decision',
    description: 'approved (default), approved-with-note or rejected (these two need --note)',
  },
  { flag: '--note', value: 'text', description: 'what you noted, or why you rejected it' },
] as const satisfies readonly OptionSpec[];

export const kbQuestionnaireOptions = [] as const satisfies readonly OptionSpec[];
