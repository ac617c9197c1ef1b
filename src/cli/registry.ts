// Every command, in the order help lists them. Only specs and option tables
// are imported here: each command's code loads when it runs.
import type { CommandSpec } from './spec.js';
import { check } from '../commands/check/command.js';
import { completion } from '../commands/completion/command.js';
import { episode } from '../commands/episode/command.js';
import { history } from '../commands/history/command.js';
import { iceHeatTimer } from '../commands/ice-heat-timer/command.js';
import { kb } from '../commands/kb/command.js';
import { learn } from '../commands/learn/command.js';
import { log } from '../commands/log/command.js';
import { plan } from '../commands/plan/command.js';
import { remedies } from '../commands/remedies/command.js';
import { report } from '../commands/report/command.js';
import { sources } from '../commands/sources/command.js';
import { stretch } from '../commands/stretch/command.js';
import { warningSigns } from '../commands/warning-signs/command.js';
import { GLOBAL_OPTIONS } from './global-options.js';
import { ENVIRONMENT, exitCodesBlock, FILES } from './help-texts.js';

export const COMMANDS: readonly CommandSpec[] = [
  check,
  warningSigns,
  remedies,
  iceHeatTimer,
  stretch,
  episode,
  log,
  plan,
  history,
  report,
  learn,
  sources,
  kb,
  completion,
];

/** The program itself: its global options and the help after its command list. */
export const PROGRAM = {
  name: 'backcare',
  description:
    'Home-care advice for back spasms and acute low back pain: which warning signs need a doctor, ' +
    'a home-care plan with sourced remedies, an ice and heat timer, and a pain diary. ' +
    'Information and triage, not a diagnosis.',
  options: GLOBAL_OPTIONS,
  examples: [
    'backcare check',
    'backcare remedies',
    'backcare remedies ice-pack',
    'backcare warning-signs --region GB',
    'backcare ice-heat-timer --since 30h',
  ],
  blocks: [exitCodesBlock(), ENVIRONMENT, FILES],
  subcommands: COMMANDS,
} as const satisfies CommandSpec;
