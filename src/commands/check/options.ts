import type { OptionSpec } from '../../cli/spec.js';
import { nonEmptyPath } from '../../cli/option-values.js';
import { CALENDAR_OPTIONS } from '../../cli/shared-options.js';
import { CARE_LEVELS } from '../../core/vocabulary.js';

export const CHECK_FORMATS = ['text', 'json', 'fhir'] as const;

/** A --format as given ("JSON ", "fhir"), read as one of CHECK_FORMATS; undefined when it is none. */
export function checkFormat(value: string): (typeof CHECK_FORMATS)[number] | undefined {
  const format = value.trim().toLowerCase();
  return CHECK_FORMATS.find((f) => f === format);
}

export const checkOptions = [
  {
    flag: '--answer',
    value: 'id=value',
    repeatable: true,
    description: 'answer a question without being asked (repeatable)',
  },
  {
    flag: '--answers',
    value: 'file',
    repeatable: true,
    parse: nonEmptyPath('a YAML or JSON file of answers, or - for stdin'),
    description: 'answers from a YAML or JSON file ("id: value"); - reads stdin; repeatable, merged',
    complete: 'file',
  },
  { flag: '--questions', description: 'list the questions, their ids and the answers they take' },
  { flag: '--no-input', description: 'never prompt; fail with exit code 2 if an answer is missing' },
  {
    flag: '--fail-on',
    value: 'level',
    description:
      'exit with code 3 when the result is at or above this level (emergency, urgent, doctor_soon, self_care)',
    complete: CARE_LEVELS,
  },
  {
    flag: '--quiet',
    short: '-q',
    description: 'only the result and the reasons, no home-care plan (an emergency is always shown in full)',
  },
  { flag: '--full', description: 'the full home-care plan: how to do each item, every caution and the sources' },
  ...CALENDAR_OPTIONS,
  { flag: '--json', description: 'print JSON on stdout (implies --no-input)' },
  {
    flag: '--format',
    value: 'format',
    description:
      'text (default), json (as --json) or fhir: a FHIR R4 Bundle with the answers, the level and the pain ' +
      'score (implies --no-input)',
    complete: CHECK_FORMATS,
  },
  {
    flag: '--accessible',
    description:
      'plain numbered questions answered by typing, no cursor movement, for screen readers (or BACKCARE_ACCESSIBLE=1)',
  },
] as const satisfies readonly OptionSpec[];
