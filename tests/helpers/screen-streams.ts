// The streams a prompter asks on in the flow tests: the testing screen's keys.
// The screen's prompts draw on the screen itself, so the output given here only
// tells the checklist the terminal's size: none, as when stdout is not a terminal.
import { PassThrough } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import type { PromptStreams } from '../../src/ui/prompter.js';

export function screenStreams(): PromptStreams {
  return { input: screen.input, output: new PassThrough() };
}
