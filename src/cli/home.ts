// `backcare` with no command: a small menu of the main tasks in a terminal,
// the help on stdout anywhere else.
import type { Command } from 'commander';
import { parsePastTime } from '../core/time/when.js';
import type { Prompter } from '../ui/prompter.js';
import { canPrompt, prompterFor } from '../ui/prompter-for.js';
import { processStdin, processTerminal, wholeStream } from '../runtime/term.js';

export const TASKS = [
  { value: 'check', label: 'Check my back pain: warning signs and a home-care plan' },
  { value: 'log', label: 'Log my pain score now (0 to 10)' },
  { value: 'episode start', label: 'Start a pain episode: count the days since the pain began' },
  { value: 'episode end', label: 'End my pain episode: the pain is over' },
  { value: 'remedies', label: 'Home remedies: ice, heat, medicines, stretches' },
  { value: 'warning-signs', label: 'Warning signs: when to get help' },
  { value: 'ice-heat-timer', label: 'Ice or heat timer, with the safety checks' },
  { value: 'stretch', label: 'Gentle stretches, guided and timed' },
  { value: 'history', label: 'My pain diary: how the pain has gone' },
  { value: 'episode status', label: 'My episode: which day, what helps now, when to see a doctor' },
  { value: 'plan', label: 'My full home-care plan, from my last check' },
  { value: 'report', label: 'A summary of my diary for a doctor or physio' },
  { value: 'sources', label: 'Where the advice comes from: the sources' },
  { value: 'learn', label: 'Learn about spasms: causes, recovery, prevention' },
  { value: 'help', label: 'Show all commands' },
] as const;

/** The menu; `lead` are the program's own options given with it (`--no-color`, `--region GB`), kept for the task. */
export async function run(program: Command, lead: readonly string[], colorFlag: boolean | undefined): Promise<void> {
  // Main hands this no io (a whole one would cost this bundle the knowledge base's code): the terminal's own.
  const term = processTerminal(colorFlag);
  if (!canPrompt(term)) {
    program.outputHelp();
    return;
  }
  const streams = { input: processStdin(), output: wholeStream(term.stdout), plain: !term.color };
  const prompter = await prompterFor(streams, term.env, {});
  const task = await prompter.menu('What would you like to do?', TASKS);
  if (task === undefined) return;
  if (task === 'help') {
    program.outputHelp();
    return;
  }
  const args = [...task.split(' '), ...(await detailsFor(task, prompter))];
  await program.parseAsync([...lead, ...args], { from: 'user' });
}

/** What a menu task needs that its command would otherwise take as an argument. */
async function detailsFor(task: string, prompter: Prompter): Promise<string[]> {
  if (task === 'log')
    return [
      String(
        await prompter.number('How bad is the pain right now, from 0 (no pain) to 10 (the worst you can imagine)?', {
          min: 0,
          max: 10,
        }),
      ),
    ];
  if (task !== 'episode start') return [];
  const now = new Date();
  const when = await prompter.text(
    'When did the pain start?',
    (text) => {
      const parsed = parsePastTime(text, now);
      return parsed.ok ? true : `"${text}" ${parsed.reason}; ${parsed.example}`;
    },
    { help: 'For example: this morning, last night, yesterday, monday, 2 days ago.' },
  );
  return ['--at', when];
}
