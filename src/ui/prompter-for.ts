// Whether a person is there to answer, and which prompter asks: numbered plain
// text for screen readers (--accessible, BACKCARE_ACCESSIBLE, TERM=dumb), else
// the prompt library's. Both prompters load only when a question is about to be
// asked; this module is small enough for the entry bundle (io.ts builds on it).
import { accessibleWanted } from './accessible.js';
import type { Prompter, PromptStreams } from './prompter.js';
import type { Terminal } from '../runtime/term.js';

export async function prompterFor(
  streams: PromptStreams,
  env: NodeJS.ProcessEnv,
  flags: { accessible?: boolean },
): Promise<Prompter> {
  if (accessibleWanted(flags, env) || env.TERM === 'dumb') {
    const { accessiblePrompter } = await import('./accessible-prompter.js');
    return accessiblePrompter(streams.input, streams.output);
  }
  const { inquirerPrompter } = await import('./prompter.js');
  return inquirerPrompter(streams);
}

/** True when a person is there to answer: both ends are terminals and nothing says otherwise. */
export function canPrompt(term: Pick<Terminal, 'stdinIsTTY' | 'stdout' | 'env'>): boolean {
  const { env } = term;
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  return term.stdinIsTTY && term.stdout.isTTY === true && !ci && !env.BACKCARE_NO_INPUT;
}
