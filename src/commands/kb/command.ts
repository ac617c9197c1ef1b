import type { CommandSpec } from '../../cli/spec.js';
import { nonEmptyPath } from '../../cli/option-values.js';
import { kbQuestionnaireOptions, kbReviewOptions, kbSignOptions, kbValidateOptions } from './options.js';

export const kb: CommandSpec = {
  name: 'kb',
  description: 'check or inspect a knowledge base',
  subcommands: [
    {
      name: 'validate',
      description: 'validate a knowledge base directory and report every problem with its file, line and column',
      arguments: [
        {
          name: '[dir]',
          description: 'the directory to check (default: the --kb directory, else the bundled data/)',
          parse: nonEmptyPath('a knowledge-base folder, or leave it out'),
          complete: 'dir',
        },
      ],
      options: kbValidateOptions,
      examples: ['backcare kb validate', 'backcare kb validate ./my-clinic-kb'],
      load: () => import('./validate.js'),
    },
    {
      name: 'review',
      description:
        'the review book: every entry a person can be shown, what they see, its sources, tests and sign-off, ' +
        'emergencies first',
      arguments: [
        {
          name: '[dir]',
          description: 'the directory to review (default: the --kb directory, else the bundled data/)',
          complete: 'dir',
        },
      ],
      options: kbReviewOptions,
      examples: [
        'backcare kb review | less',
        'backcare kb review --html review-book.html',
        'backcare kb review --json | jq \'.entries[] | select(.status == "changed")\'',
      ],
      load: () => import('./review.js'),
    },
    {
      name: 'sign',
      description: 'sign entries as reviewed: appends to review.yaml, never rewrites it',
      arguments: [
        {
          name: '[dir]',
          description:
            'the knowledge base to sign (or --kb); there is no default, so the installed base is never signed ' +
            'by accident',
          complete: 'dir',
        },
      ],
      options: kbSignOptions,
      examples: [
        'backcare kb sign ./my-kb --reviewer "Dr A Patel" --role GP --all',
        'backcare kb sign ./my-kb --reviewer "Dr A Patel" --role GP --entry rule:ces-saddle-numbness ' +
          '--decision rejected ' +
          '--note "say hospital, not GP"',
      ],
      load: () => import('./sign.js'),
    },
    {
      name: 'questionnaire',
      description: 'print the check questions as a FHIR R4 Questionnaire (JSON), for a clinic to load once',
      arguments: [
        {
          name: '[dir]',
          description: 'the knowledge base (default: the --kb directory, else the built-in one)',
          complete: 'dir',
        },
      ],
      options: kbQuestionnaireOptions,
      examples: ['backcare kb questionnaire > backcare-questionnaire.json'],
      load: () => import('./questionnaire.js'),
    },
  ],
};
