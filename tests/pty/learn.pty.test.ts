// The `backcare` menu in a real terminal offers the learn topics.
import { afterEach, describe, expect, it } from 'vitest';
import { runInPty, type PtySession } from '../helpers/pty.js';

let session: PtySession | undefined;
afterEach(() => session?.kill());

describe('backcare with no command in a terminal', () => {
  it('has a learn entry that lists the topics', async () => {
    session = runInPty([], { NO_COLOR: '1' });
    await session.waitFor('What would you like to do?');
    // The menu can reach the terminal in more than one piece: wait for the entry, do not race it.
    await session.waitFor('Learn about spasms: causes, recovery, prevention');
    session.write('\u001b[A\u001b[A'); // up from the first entry wraps round: help, then learn
    session.write('\r');
    const { exitCode } = await session.exit;
    expect(exitCode).toBe(0);
    expect(session.output()).toMatch(/Learn about back spasms[\s\S]*prevention +Making the next one less likely/);
  });
});
