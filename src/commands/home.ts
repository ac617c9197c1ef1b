// `backcare` with no command: a small menu of the main tasks in a terminal,
// the help on stdout anywhere else.
import type { Command } from 'commander';
import { canPrompt } from '../ui/prompter.js';
import { processTerminal } from '../ui/term.js';

const TASKS = [
  { value: 'check', label: 'Check my back pain: warning signs and a home-care plan' },
  { value: 'remedies', label: 'Home remedies: ice, heat, medicines, stretches' },
  { value: 'warning-signs', label: 'Warning signs: when to get help' },
  { value: 'ice-heat-timer', label: 'Ice or heat timer, with the safety checks' },
  { value: 'stretch', label: 'Gentle stretches, guided and timed' },
  { value: 'history', label: 'My pain diary: how the pain has gone' },
  { value: 'learn', label: 'Learn about spasms: causes, recovery, prevention' },
  { value: 'help', label: 'Show all commands' },
] as const;

export async function run(program: Command): Promise<void> {
  if (!canPrompt(processTerminal(undefined), false)) {
    program.outputHelp();
    return;
  }
  const { inquirerPrompter } = await import('../ui/prompter.js');
  const prompter = await inquirerPrompter();
  const task = await prompter.select('What would you like to do?', TASKS);
  if (task === 'help') program.outputHelp();
  else await program.parseAsync([process.argv[0] ?? 'node', 'backcare', task]);
}

