// `backcare` with no command: a small menu of the main tasks in a terminal,
// the help on stdout anywhere else.
import type { Command } from 'commander';
import { canPrompt } from '../ui/prompter.js';
import { processTerminal } from '../ui/term.js';

const TASKS = [
  { value: 'check', label: 'Check my back pain: warning signs and a home-care plan' },
  { value: 'remedies', label: 'Home remedies: ice, heat, medicines, stretches' },
  { value: 'warning-signs', label: 'Warning signs: when to get help' },
  { value: 'help', label: 'Show all commands' },
] as const;

export async function run(program: Command): Promise<void> {
  if (!canPrompt(processTerminal(undefined), false)) {
    program.outputHelp();
    return;
  }
  const { inquirerPrompter } = await import('../ui/prompter.js');
  const prompter = await inquirerPrompter();
  const task = await prompter.select('What would you like to do?', [...TASKS, ...extraTasks(program)]);
  if (task === 'help') program.outputHelp();
  else await program.parseAsync([process.argv[0] ?? 'node', 'backcare', task]);
}

/** Commands added later (the timers) join the menu when they exist. */
function extraTasks(program: Command): { value: string; label: string }[] {
  const known = new Set<string>(TASKS.map((t) => t.value));
  return program.commands
    .filter((c) => ['ice-heat-timer', 'stretch'].includes(c.name()) && !known.has(c.name()))
    .map((c) => ({ value: c.name(), label: `${c.name()}: ${c.description()}` }));
}
