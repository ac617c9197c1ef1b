import type { OptionSpec } from '../../cli/spec.js';
import { nonEmptyPath } from '../../cli/option-values.js';
import { FORMATS } from './formats.js';

export const reportOptions = [
  { flag: '--from', value: 'date', description: 'start of the period (default: the start of your latest episode)' },
  {
    flag: '--to',
    value: 'date',
    description: 'end of the period (default: now); a date alone means the end of that day',
  },
  {
    flag: '--format',
    value: 'format',
    description: 'md, html, csv, fhir, or pdf (printed by Chrome or Chromium; default md)',
    complete: FORMATS,
  },
  {
    flag: '--output',
    short: '-o',
    value: 'file',
    description: 'write to a file (whole or not at all) instead of stdout',
    parse: nonEmptyPath('a file name, or leave out --output to print on stdout'),
    complete: 'file',
  },
  { flag: '--force', description: 'replace --output if it already exists' },
] as const satisfies readonly OptionSpec[];
