// Before the first phase: the checklist and set-up, then one key to start
// (in a terminal), or printed once on stderr (otherwise: it is a message,
// not the result).
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import type { CountdownSession } from './session.js';
import { decodeKeys, guardTerminal, type KeyInput } from './terminal.js';

export function renderIntro(session: CountdownSession, width: number, style: Style): string {
  const lines: string[] = [];
  for (const section of session.intro) {
    lines.push(style.strong(`${section.title}:`));
    for (const item of section.items) lines.push(...wrap(item, width, '  - ', '    '));
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

export type GateAnswer = 'start' | 'quit' | 'interrupted';

/** Waits for Enter or space (start), q (quit) or Ctrl-C; only ever called with a terminal on stdin. */
export function waitForStart(input: KeyInput): Promise<GateAnswer> {
  return new Promise((resolve) => {
    const guard = guardTerminal({ input, screen: false, title: false });
    const done = (answer: GateAnswer) => {
      input.off('data', onData);
      process.off('SIGINT', onSigint);
      guard.restore();
      resolve(answer);
    };
    const onSigint = () => done('interrupted');
    const onData = (chunk: Buffer | string) => {
      for (const key of decodeKeys(String(chunk))) {
        if (key === 'interrupt') return done('interrupted');
        if (key === 'suspend') process.kill(process.pid, 'SIGTSTP'); // Ctrl-Z, as a shell would have it
        if (key === 'quit') return done('quit');
        if (key === 'start' || key === 'toggle') return done('start');
      }
    };
    // A SIGINT (kill -INT, or a Ctrl-C before raw mode is on) goes to the process, never to the input.
    process.on('SIGINT', onSigint);
    input.on('data', onData);
    input.resume();
  });
}
