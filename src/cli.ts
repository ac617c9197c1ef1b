// Commander wiring only: global options, help texts, the exit-code policy and
// a lazy import() per command, so each command loads only its own code.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { versionReviewLine } from './kb/source.js';
import type { GlobalOptions } from './cli/context.js';
import { handleOutputErrors } from './runtime/output-errors.js';
import { safeText } from './runtime/safe-text.js';
import { handleSuspend } from './runtime/suspend.js';
import { echoed } from './core/echo.js';
import { helpWidth, wrapLines } from './ui/wrap.js';
import { restoreTerminalOnSignals } from './runtime/terminal-signals.js';
// The light listing commands and `log` (which must start fast) ship inside this bundle:
// loading another file costs more than parsing them.
import * as log from './commands/log/run.js';
import * as remedies from './commands/remedies/run.js';
import * as sources from './commands/sources/run.js';
import * as warningSigns from './commands/warning-signs/run.js';

declare const __BACKCARE_VERSION__: string;

const EXIT_CODES_HELP = `
Exit codes:
  0    success
  1    unexpected failure (please report it), or the diary or a report file
       cannot be written
  2    usage or input error: unknown option, bad value, missing answer, broken
       knowledge base
  3    check --fail-on: the result is at or above the level given
  130  interrupted with Ctrl-C
  143, 129  stopped by SIGTERM or SIGHUP, after putting the terminal back
  A closed output pipe (backcare remedies | head -1) ends quietly with 0; a
  full disk or an I/O error on the output is one line on stderr and 1.`;

const ENVIRONMENT_HELP = `
Environment:
  BACKCARE_KB       knowledge-base directory to use instead of the built-in one
  BACKCARE_REGION   two-letter country code for emergency numbers: GB, US, NZ
  BACKCARE_HOME     folder for the pain diary (default: $XDG_DATA_HOME/backcare,
                    else ~/.local/share/backcare)
  BACKCARE_ACCESSIBLE=1  plain numbered questions in check, and plain lines
                    instead of redrawing in timers
  NO_COLOR          turn colour off (any non-empty value); FORCE_COLOR turns it on
  BACKCARE_BROWSER  Chrome or Chromium for report --format pdf (default:
                    chromium, google-chrome, … on the PATH)
  BACKCARE_BROWSER_TIMEOUT  seconds to wait for it to print the PDF (default 60)`;

const FILES_HELP = `
Files:
  $BACKCARE_HOME/diary.jsonl     pain scores, checks and timer sessions, one
                                 JSON record a line
  $BACKCARE_HOME/episodes.jsonl  episode starts and ends (BACKCARE_HOME: see
                                 Environment)`;

/** Kept here rather than imported, so --help does not load the timer's code. */
const THERMAL_MODES = ['ice', 'heat', 'alternate', 'auto'];

const TIMER_OPTIONS = {
  plan: () => new Option('--plan', 'print the schedule with clock times and exit'),
  json: () => new Option('--json', 'one JSON object per event on stdout (NDJSON); with --plan, the plan as JSON'),
  noBell: () => new Option('--no-bell', 'no terminal bell at phase changes'),
  notify: () => new Option('--notify', 'a desktop notification at each phase change (OSC 9/777, notify-send)'),
  // Not .env(): commander would turn a boolean on for BACKCARE_ACCESSIBLE=0 too; the command reads it.
  accessible: () => new Option('--accessible', 'no redrawing: a plain line at each change and each minute (or BACKCARE_ACCESSIBLE=1)'),
};

const TIMER_HELP = `

Keys (in a terminal):
  space  pause or resume       s  skip to the next phase
  q      quit                  ?  show the keys
  Ctrl-C quit with exit code 130; SIGTERM exits 143

Not in a terminal, it prints one line per event with its time, reads no keys
and prints the checklist once on stderr. Durations: 20m, 90s, 1m30s, 1h.`;

const DIARY_HELP = `

Your diary is kept on this computer only, as plain JSON Lines files in $BACKCARE_HOME,
else $XDG_DATA_HOME/backcare, else ~/.local/share/backcare.`;

/**
 * A file or folder name that must not be empty: '' (an unset shell variable, a
 * script's typo) would otherwise mean "the default", or a file named "".
 */
function nonEmptyPath(what: string) {
  return (value: string): string => {
    if (value.trim() === '') throw new InvalidArgumentError(`It is empty; give ${what}.`);
    return value;
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

export function buildProgram(): Command {
  const program = new Command('backcare')
    .description(
      'Home-care advice for back spasms and acute low back pain: which warning signs need a doctor, ' +
        'a home-care plan with sourced remedies, an ice and heat timer, and a pain diary. ' +
        'Information and triage, not a diagnosis.',
    )
    .option('-V, --version', 'print the version, and whether a clinician has reviewed the built-in knowledge base')
    .helpOption('-h, --help', 'show help')
    .addOption(
      new Option('--kb <dir>', 'use the knowledge base in <dir> instead of the built-in one')
        .env('BACKCARE_KB')
        .argParser(nonEmptyPath('a knowledge-base folder, or leave out --kb and unset BACKCARE_KB for the built-in one')),
    )
    .addOption(new Option('--region <code>', 'country for emergency numbers, e.g. GB, US, AU, NZ').env('BACKCARE_REGION'))
    .option('--no-color', 'turn colour off (NO_COLOR also works)')
    .showSuggestionAfterError(true)
    .addHelpCommand('help [command]', 'show help for a command')
    .addHelpText(
      'after',
      examples(['backcare check', 'backcare remedies', 'backcare remedies ice-pack', 'backcare warning-signs --region GB', 'backcare ice-heat-timer --since 30h']) +
        `\n${EXIT_CODES_HELP}\n${ENVIRONMENT_HELP}\n${FILES_HELP}`,
    );
  // Not commander's .version(): the second line reads the built-in base's sign-off state, only when asked.
  program.on('option:version', () => {
    process.stdout.write(`${__BACKCARE_VERSION__}\n${versionReviewLine()}\n`);
    throw new CommanderError(0, 'commander.version', __BACKCARE_VERSION__);
  });

  program
    .command('check')
    .description('check warning signs and symptoms: which level of care fits, why, and a home-care plan for today')
    .option('--answer <id=value>', 'answer a question without being asked (repeatable)', collect, [])
    .option(
      '--answers <file>',
      'answers from a YAML or JSON file ("id: value"); - reads stdin; repeatable, merged',
      (value: string, previous: string[]) => collect(nonEmptyPath('a YAML or JSON file of answers, or - for stdin')(value), previous),
      [],
    )
    .option('--questions', 'list the questions, their ids and the answers they take')
    .option('--no-input', 'never prompt; fail with exit code 2 if an answer is missing')
    .option('--fail-on <level>', 'exit with code 3 when the result is at or above this level (emergency, urgent, doctor_soon, self_care)')
    .option('-q, --quiet', 'only the result and the reasons, no home-care plan (an emergency is always shown in full)')
    .option('--full', 'the full home-care plan: how to do each item, every caution and the sources')
    .option('--ics <file>', 'also write the follow-up dates to an iCalendar file for any calendar app')
    .option('--remind <hh:mm>', 'with --ics: a daily reminder to log your pain score at this time, for 6 weeks')
    .option('--force', 'replace the --ics file if it already exists')
    .option('--json', 'print JSON on stdout (implies --no-input)')
    .option('--format <format>', 'text (default), json (as --json) or fhir: a FHIR R4 Bundle with the answers, the level and the pain score (implies --no-input)')
    .option('--accessible', 'plain numbered questions answered by typing, no cursor movement, for screen readers (or BACKCARE_ACCESSIBLE=1)')
    .addHelpText(
      'after',
      examples([
        'backcare check',
        'backcare check --questions',
        'backcare check --answers my-answers.yaml --json',
        'backcare check --answer saddle-numbness=no --answer fever=no ... --no-input',
        'backcare check --answers answers.json --fail-on urgent || echo "get help today"',
        'backcare check --answers my-answers.yaml --format fhir > check.fhir.json',
      ]) +
        '\n\nExit codes: 0 when the check completes, whatever the level; 2 for a missing or invalid answer;\n3 with --fail-on when the level is at or above the one given; 130 after Ctrl-C.',
    )
    .action(lazy(() => import('./commands/check/run.js')));

  program
    .command('warning-signs')
    .description('when to call an ambulance, get help today, or book a doctor')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', examples(['backcare warning-signs', 'backcare warning-signs --region NZ', 'BACKCARE_REGION=US backcare warning-signs --json']))
    .action(lazy(async () => warningSigns));

  program
    .command('remedies')
    .description('list home remedies by category, or explain one remedy in full')
    .argument('[id]', 'a remedy id from the list, e.g. ice-pack')
    .option('--phase <id>', 'only remedies that suit this phase of an episode, e.g. first-72-hours')
    .option('--category <name>', 'only remedies in this category, e.g. cold, heat, stretch, medicine')
    .option('--condition <id>', 'what to avoid or adapt with this condition, e.g. kidney-disease')
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      examples([
        'backcare remedies',
        'backcare remedies heat-pack',
        'backcare remedies --phase first-72-hours',
        'backcare remedies --category stretch',
        'backcare remedies --condition kidney-disease',
        'backcare remedies --json | jq ".remedies[].id"',
      ]),
    )
    .action(lazy(async () => remedies));

  program
    .command('ice-heat-timer')
    .description('a safe ice or heat countdown: session lengths, limits and rests from the knowledge base')
    .addOption(new Option('--mode <mode>', 'ice, heat, alternate, or auto (ice or heat by the time since the spasm started)').choices(THERMAL_MODES))
    .option('--since <when>', 'when the spasm started: 30h (ago), "2026-11-20 08:00", or 08:00 (today)')
    .option('--ice <duration>', 'length of each ice session, e.g. 15m (default: the usual maximum; never over the limit)')
    .option('--heat <duration>', 'length of each heat session, e.g. 20m')
    .option('--rest <duration>', 'rest between sessions with nothing on the skin, e.g. 30m (at least the minimum)')
    .option('--cycles <n>', 'number of sessions; with alternate, ice-and-heat pairs (default 1)')
    .addOption(TIMER_OPTIONS.plan())
    .addOption(TIMER_OPTIONS.json())
    .addOption(TIMER_OPTIONS.noBell())
    .addOption(TIMER_OPTIONS.notify())
    .addOption(TIMER_OPTIONS.accessible())
    .addHelpText(
      'after',
      examples([
        'backcare ice-heat-timer --mode ice',
        'backcare ice-heat-timer --since 30h',
        'backcare ice-heat-timer --mode alternate --cycles 2 --plan',
        'backcare ice-heat-timer --heat 20m --notify',
        'backcare ice-heat-timer --mode ice --json | jq -c .',
      ]) + TIMER_HELP,
    )
    .action(lazy(() => import('./commands/ice-heat-timer/run.js')));

  program
    .command('stretch')
    .description('a guided routine of gentle stretches, each hold counted, with the stop rule on screen')
    .option('--routine <id>', 'which routine, e.g. gentle or lying-down (default: the first in the knowledge base)')
    .addOption(TIMER_OPTIONS.plan())
    .addOption(TIMER_OPTIONS.json())
    .addOption(TIMER_OPTIONS.noBell())
    .addOption(TIMER_OPTIONS.notify())
    .addOption(TIMER_OPTIONS.accessible())
    .addHelpText('after', examples(['backcare stretch', 'backcare stretch --routine lying-down', 'backcare stretch --plan']) + TIMER_HELP)
    .action(lazy(() => import('./commands/stretch/run.js')));

  const episode = program
    .command('episode')
    .description('an episode of back pain: start it, see which day and phase you are in, end it')
    .addHelpText('after', examples(['backcare episode start --at 2d', 'backcare episode status', 'backcare episode end']) + DIARY_HELP);
  episode
    .command('start')
    .description('start an episode (now, or when the pain began)')
    .option('--at <when>', 'when the pain began: 30h (ago), 2d, "2026-11-20 08:00" or 08:00 (today)')
    .option('--json', 'print JSON on stdout')
    .action(lazy(() => import('./commands/episode/run.js').then((m) => ({ run: m.start }))));
  episode
    .command('status', { isDefault: true })
    .option('--ics <file>', 'also write the follow-up dates to an iCalendar file for any calendar app')
    .option('--remind <hh:mm>', 'with --ics: a daily reminder to log your pain score at this time, for 6 weeks')
    .option('--force', 'replace the --ics file if it already exists')
    .description('day N of the episode, the advice for its phase, and the next follow-up date')
    .option('--json', 'print JSON on stdout')
    // As the default, status also receives a mistyped subcommand ("stat"), to suggest the right one.
    .allowExcessArguments(true)
    .action(lazy(() => import('./commands/episode/run.js').then((m) => ({ run: m.status }))));
  episode
    .command('end')
    .description('end the open episode (now, or --at when it ended)')
    .option('--at <when>', 'when it ended: 2h (ago), "2026-11-28 18:00" or 18:00 (today)')
    .option('--json', 'print JSON on stdout')
    .action(lazy(() => import('./commands/episode/run.js').then((m) => ({ run: m.end }))));

  program
    .command('log')
    .description('add a pain score from 0 (no pain) to 10 (worst imaginable) to your diary')
    // Optional for commander only: in "log --helped ice 5" the list takes the score, and log takes it back.
    .argument('[score]', 'a whole number from 0 to 10')
    .usage('<score> [options]')
    .option('--note <text>', 'a short note, e.g. "after gardening"')
    .option('--helped <ids...>', 'what helped: remedy ids or everyday words, e.g. ice, heat, walking, ibuprofen, stretch (backcare remedies lists them)')
    .option('--at <when>', 'when, if not now: 3h (ago), "2026-11-20 08:00" or 08:00 (today)')
    .option('--json', 'print the saved record as JSON')
    .addHelpText(
      'after',
      examples(['backcare log 6', 'backcare log 4 --helped ice,walking --note "after a walk"', 'backcare log 7 --at "last night"']) + DIARY_HELP,
    )
    .action(lazy(async () => log));

  program
    .command('plan')
    .description('the full home-care plan of your last check saved in the diary, for today: how to do each item, every caution, the sources')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', examples(['backcare plan', 'backcare plan --json | jq .carePlan.medicines']) + DIARY_HELP)
    .action(lazy(() => import('./commands/plan/run.js')));

  program
    .command('history')
    .description('your pain over time: a chart of daily lowest, mean and highest, the trend and what helped')
    .option('--days <n>', 'how many days back, today included (default 14)')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', examples(['backcare history', 'backcare history --days 42', 'backcare history --json | jq .trend']) + DIARY_HELP)
    .action(lazy(() => import('./commands/history/run.js')));

  program
    .command('report')
    .description('a summary for a clinician (Markdown or one-page HTML), the raw entries (CSV) or a FHIR R4 Bundle')
    .option('--from <date>', 'start of the period (default: the start of your latest episode)')
    .option('--to <date>', 'end of the period (default: now); a date alone means the end of that day')
    .option('--format <format>', 'md, html, csv, fhir, or pdf (printed by Chrome or Chromium; default md)')
    .option('-o, --output <file>', 'write to a file (whole or not at all) instead of stdout', nonEmptyPath('a file name, or leave out --output to print on stdout'))
    .option('--force', 'replace --output if it already exists')
    .addHelpText(
      'after',
      examples([
        'backcare report',
        'backcare report --format html --output back-pain.html',
        'backcare report --format pdf      # back-pain-report-DATE.pdf, if Chrome or Chromium is installed',
        'backcare report --from 2026-11-01 --to 2026-11-21 --format csv > entries.csv',
        'backcare report --format fhir --output pain.fhir.json',
      ]) + DIARY_HELP,
    )
    .action(lazy(() => import('./commands/report/run.js')));

  program
    .command('learn')
    .description('what a back spasm is, why it happens, how long it lasts and how to make the next one less likely')
    .argument('[topic...]', 'a topic id from the list, or a word such as posture, causes or prevention')
    .option('--json', 'print JSON on stdout')
    .addHelpText(
      'after',
      examples(['backcare learn', 'backcare learn prevention', 'backcare learn posture', 'backcare learn how long', 'backcare learn causes --json | jq ".topic.sections[].heading"']),
    )
    .action(lazy(() => import('./commands/learn/run.js')));

  program
    .command('sources')
    .description('the sources behind the advice, and what cites each one')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', examples(['backcare sources', 'backcare sources --json']))
    .action(lazy(async () => sources));

  const kb = program.command('kb').description('check or inspect a knowledge base');
  kb.command('validate')
    .description('validate a knowledge base directory and report every problem with its file, line and column')
    .addArgument(
      new Argument('[dir]', 'the directory to check (default: the --kb directory, else the bundled data/)').argParser(nonEmptyPath('a knowledge-base folder, or leave it out')),
    )
    .option('--json', 'print the result as JSON on stdout')
    .addHelpText('after', examples(['backcare kb validate', 'backcare kb validate ./my-clinic-kb']))
    .action(lazy(() => import('./commands/kb/validate.js')));
  kb.command('review')
    .description('the review book: every entry a person can be shown, what they see, its sources, tests and sign-off, emergencies first')
    .argument('[dir]', 'the directory to review (default: the --kb directory, else the bundled data/)')
    .option('--json', 'print {"entries":[{kind, id, hash, status, …}], "summary": …} on stdout')
    .option('--html <file>', 'write the book as one printable, self-contained HTML page')
    .addHelpText('after', examples(['backcare kb review | less', 'backcare kb review --html review-book.html', 'backcare kb review --json | jq \'.entries[] | select(.status == "changed")\'']))
    .action(lazy(() => import('./commands/kb/review.js')));
  kb.command('sign')
    .description('sign entries as reviewed: appends to review.yaml, never rewrites it')
    .argument('[dir]', 'the knowledge base to sign (or --kb); there is no default, so the installed base is never signed by accident')
    .option('--reviewer <name>', 'your name as it should be shown, e.g. "Dr A Patel"')
    .option('--role <role>', 'your role, e.g. GP or physiotherapist')
    .option('--registration <number>', 'your professional registration, e.g. "GMC 1234567"')
    .option('--all', 'sign every entry as it stands')
    .option('--entry <kind:id>', 'sign one entry, e.g. rule:ces-saddle-numbness (repeatable)', collect, [])
    .option('--decision <decision>', 'approved (default), approved-with-note or rejected (these two need --note)')
    .option('--note <text>', 'what you noted, or why you rejected it')
    .addHelpText(
      'after',
      examples([
        'backcare kb sign ./my-kb --reviewer "Dr A Patel" --role GP --all',
        'backcare kb sign ./my-kb --reviewer "Dr A Patel" --role GP --entry rule:ces-saddle-numbness --decision rejected --note "say hospital, not GP"',
      ]),
    )
    .action(lazy(() => import('./commands/kb/sign.js')));
  kb.command('questionnaire')
    .description('print the check questions as a FHIR R4 Questionnaire (JSON), for a clinic to load once')
    .argument('[dir]', 'the knowledge base (default: the --kb directory, else the built-in one)')
    .addHelpText('after', examples(['backcare kb questionnaire > backcare-questionnaire.json']))
    .action(lazy(() => import('./commands/kb/questionnaire.js')));

  program
    .command('completion')
    .description('print a shell completion script')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      examples([
        'backcare completion bash >> ~/.bashrc',
        'backcare completion zsh > "${fpath[1]}/_backcare"',
        'backcare completion fish > ~/.config/fish/completions/backcare.fish',
      ]),
    )
    .action(lazy(() => import('./commands/completion/run.js')));
  return program;
}

interface CommandModule {
  run(args: string[], options: Record<string, unknown>, globals: GlobalOptions, program: Command): Promise<void>;
}

/** Defers loading a command's module (and its dependencies) until it runs. */
function lazy(load: () => Promise<CommandModule>) {
  return async (...params: unknown[]): Promise<void> => {
    const command = params[params.length - 1] as Command;
    const args = command.args;
    const { run } = await load();
    let root = command;
    while (root.parent) root = root.parent;
    await run(args, command.opts(), command.optsWithGlobals<GlobalOptions>(), root);
  };
}

export async function main(argv: string[]): Promise<number> {
  handleOutputErrors();
  restoreTerminalOnSignals();
  handleSuspend();
  const program = buildProgram();
  configureErrors(program);
  try {
    if (argv.length <= 2) {
      const { run } = await import('./cli/home.js');
      await run(program);
      return 0;
    }
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (isCommanderExit(error)) return error.exitCode === 0 ? 0 : 2;
    const { reportError } = await import('./runtime/report-error.js');
    return reportError(error, process.stderr, process.env);
  }
}

/** Help, version and usage errors, which commander has already printed. */
function isCommanderExit(error: unknown): error is CommanderError {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** Commander exits by throwing; usage errors become exit code 2 and stay on one line. */
function configureErrors(program: Command): void {
  const apply = (cmd: Command): void => {
    cmd.exitOverride((err: CommanderError) => {
      throw err;
    });
    // Help and usage messages wrap between words at the terminal's width (help at most 80 columns).
    const outWidth = (): number => helpWidth(process.stdout.isTTY ? process.stdout.columns : undefined, process.env);
    const errWidth = (): number => (process.stderr.isTTY ? helpWidth(process.stderr.columns, process.env) : Number.POSITIVE_INFINITY);
    cmd.configureOutput({
      getOutHelpWidth: outWidth,
      getErrHelpWidth: outWidth,
      writeOut: (text) => process.stdout.write(wrapLines(text, outWidth())),
      writeErr: (text) => process.stderr.write(wrapLines(text, errWidth())),
      outputError: (message, write) => write(safeText(`backcare: ${echoed(oneLine(message.replace(/^error: /, '')), 300)} (see: ${helpHint(cmd)})\n`)),
    });
    cmd.commands.forEach(apply);
  };
  apply(program);
}

function helpHint(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return `${names.join(' ')} --help`;
}

function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
