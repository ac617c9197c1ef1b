// A question answered by typing a line, built on the prompt library's core:
// the question, what can be typed (choices, the instruction), then the line
// being typed. Nothing is chosen until a line is typed and Enter
// pressed; `?` shows the explanation at once, under the question.
import { createPrompt, isEnterKey, makeTheme, usePrefix, useKeypress, useState } from '@inquirer/core';
import { EXPLAIN } from './typed-answer.js';

export interface TypedConfig {
  /** The question. */
  message: string;
  /** Shown under the question while it waits: help, choices, and last the instruction the typing follows. */
  lines: readonly string[];
  /** Sees the line on Enter: true accepts it; a string is shown and the question stays. */
  check: (line: string) => string | true;
  /** Shown when the person types `?`. */
  explanation?: string;
  /** How the accepted line is shown once answered (the label for a key). */
  final?: (line: string) => string;
  /** The prompt library's theme, for the prefix; its own default when left out. */
  theme?: { prefix?: { idle?: string; done?: string } };
}

export const typedPrompt = createPrompt<string, TypedConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [explained, setExplained] = useState(false);
  const prefix = usePrefix({ status, theme: makeTheme(config.theme ?? {}) });
  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    if (isEnterKey(key)) {
      const checked = config.check(value);
      if (checked === true) {
        setStatus('done');
        done(value);
        return;
      }
      setProblem(checked);
      setValue('');
      return;
    }
    if (rl.line.trim() === EXPLAIN) {
      setExplained(true);
      rl.clearLine(0);
      setValue('');
      return;
    }
    setValue(rl.line);
    setProblem(undefined);
  });
  if (status === 'done') return `${prefix} ${config.message} ${config.final ? config.final(value) : value}`;
  const explanation = explained ? (config.explanation ?? 'There is no more to say about this question.') : undefined;
  // The typing goes on the instruction's line, the last one: a question exactly as wide as the
  // terminal would leave the cursor in the next line's first column, and the prompt library
  // would then redraw one line too high.
  // A problem takes the instruction's place, so the question stays in sight on a short terminal.
  const lines = [
    `${prefix} ${config.message}`,
    ...(problem ? [...config.lines.slice(0, -1), `> ${problem}`] : config.lines),
  ];
  return [`${lines.join('\n')} ${value}`, explanation ? indented(explanation).join('\n') : ''];
});

function indented(text: string): string[] {
  return text.split('\n').map((line) => `  ${line}`);
}
