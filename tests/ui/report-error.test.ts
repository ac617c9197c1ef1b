// Ctrl-C at a question leaves a short line saying what happened, not a bare
// prompt under the question, and exits 130.
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/runtime/report-error.js';

const capture = () => {
  let text = '';
  const write = (t: string): boolean => {
    text += t;
    return true;
  };
  return { stream: { write } as unknown as NodeJS.WritableStream, text: () => text };
};

describe('reportError after Ctrl-C at a prompt', () => {
  it.each(['ExitPromptError', 'AbortPromptError'])('%s: says it stopped and nothing was saved, exit 130', (name) => {
    const err = capture();
    const error = Object.assign(new Error('User force closed the prompt with SIGINT'), { name });
    expect(reportError(error, err.stream, {})).toBe(130);
    expect(err.text()).toBe('\nbackcare: stopped; nothing was saved\n');
  });
});
