// The countdown loop with fake timers and fake terminal streams: it finishes,
// obeys keys, and puts the terminal back on every way out, even an exception.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCountdown, type RunOptions } from '../../src/ui/countdown/run.js';
import type { CountdownSession, ShownPhase } from '../../src/ui/countdown/session.js';
import { plainStyle } from '../../src/ui/style.js';

const phase = (kind: string, seconds: number): ShownPhase => ({
  seconds,
  kind,
  title: kind,
  detail: '',
  tone: 'calm',
  startText: `start ${kind}`,
  instructions: [],
  endText: kind === 'ice' ? 'Check your skin.' : undefined,
  stopText: kind === 'ice' ? 'Take it off and check your skin.' : undefined,
  json: {},
});

const session: CountdownSession = {
  command: 'ice-heat-timer',
  title: 'Test',
  phases: [phase('ice', 3), phase('rest', 2)],
  intro: [],
  json: {},
};

class FakeInput extends EventEmitter {
  isTTY = true;
  raw = false;
  setRawMode(mode: boolean) {
    this.raw = mode;
  }
  resume() {}
  pause() {}
  press(text: string) {
    this.emit('data', Buffer.from(text));
  }
}

class FakeOutput extends EventEmitter {
  isTTY = true;
  columns = 80;
  rows = 30;
  text = '';
  failAfter = Infinity;
  write(chunk: string) {
    if (--this.failAfter < 0) throw new Error('write failed');
    this.text += chunk;
    return true;
  }
}

function options(over: Partial<RunOptions> = {}) {
  const stdin = new FakeInput();
  const stdout = new FakeOutput();
  const stderr = new FakeOutput();
  stderr.isTTY = false;
  const opts: RunOptions = {
    output: 'screen',
    keys: true,
    bell: true,
    notify: false,
    style: plainStyle,
    unicode: true,
    stdin,
    stdout: stdout as unknown as RunOptions['stdout'],
    stderr: stderr as unknown as RunOptions['stderr'],
    env: {},
    clock: () => ({ wall: Date.now(), mono: performance.now() }),
    ...over,
  };
  return { opts, stdin, stdout };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  vi.setSystemTime(new Date(2026, 10, 21, 10, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('runCountdown', () => {
  it('runs every phase to the end, ringing the bell at the change, then restores the terminal', async () => {
    const { opts, stdin, stdout } = options();
    const done = runCountdown(session, opts);
    expect(stdin.raw).toBe(true);
    expect(stdout.text).toContain('\u001b[?1049h\u001b[?25l');
    await vi.advanceTimersByTimeAsync(5_100);
    const result = await done;
    expect(result).toMatchObject({ outcome: 'done', exitCode: 0 });
    expect(result.phases.map(({ kind, ranSeconds, completed }) => ({ kind, ranSeconds, completed }))).toEqual([
      { kind: 'ice', ranSeconds: 3, completed: true },
      { kind: 'rest', ranSeconds: 2, completed: true },
    ]);
    expect(stdin.raw).toBe(false);
    expect(stdout.text).toContain('\u0007');
    const after = stdout.text.slice(stdout.text.lastIndexOf('\u001b[?1049l'));
    expect(after.startsWith('\u001b[?1049l\u001b[?25h\u001b[23;0t')).toBe(true);
    expect(after).toContain('10:00:03  ice ended. Check your skin.');
    expect(after).toContain('10:00:05  Done.');
  });

  it('pauses and resumes on space, and the pause lengthens the run', async () => {
    const { opts, stdin, stdout } = options();
    const done = runCountdown(session, opts);
    await vi.advanceTimersByTimeAsync(1_000);
    stdin.press(' ');
    expect(stdout.text).toContain('PAUSED');
    await vi.advanceTimersByTimeAsync(10_000);
    stdin.press(' ');
    await vi.advanceTimersByTimeAsync(4_100);
    await expect(done).resolves.toMatchObject({ outcome: 'done' });
    expect(stdout.text).toContain('10:00:15  Done.');
  });

  it('says to take the pack off while paused; a pause longer than the rest starts a new session, and the diary gets time on the skin', async () => {
    const ice: ShownPhase = {
      ...phase('ice', 10),
      pauseText: 'Take the ice pack off while paused.',
      maxPauseSeconds: 5,
      restartText: 'Look at your skin first.',
    };
    const { opts, stdin, stdout } = options();
    const done = runCountdown({ ...session, phases: [ice] }, opts);
    await vi.advanceTimersByTimeAsync(4_000);
    stdin.press(' ');
    expect(stdout.text).toContain('Take the ice pack off while paused.');
    await vi.advanceTimersByTimeAsync(60_000); // a minute off the skin: longer than the 5 s rest
    stdin.press(' ');
    await vi.advanceTimersByTimeAsync(10_100);
    const result = await done;
    expect(result.phases.map(({ kind, ranSeconds, completed }) => ({ kind, ranSeconds, completed }))).toEqual([
      { kind: 'ice', ranSeconds: 4, completed: false },
      { kind: 'ice', ranSeconds: 10, completed: true },
    ]);
    const lines = stdout.text.slice(stdout.text.lastIndexOf('\u001b[?1049l')).replace(/\n {10}/g, ' ');
    expect(lines).toContain('10:00:04  Paused with 0:06 of ice left. Take the ice pack off while paused.');
    expect(lines).toContain(
      '10:01:04  ice ended at 10:00:04: the pause was longer than the rest the skin needs. A new session ' +
        'starts now, until 10:01:14. Look at your skin first.',
    );
  });

  it.each([
    ['q', 'quit', 0],
    ['\u0003', 'interrupted', 130],
  ])('stops on %j with exit %i and says what to do with the pack', async (key, outcome, exitCode) => {
    const { opts, stdin, stdout } = options();
    const done = runCountdown(session, opts);
    await vi.advanceTimersByTimeAsync(1_000);
    stdin.press(key);
    const result = await done;
    expect(result).toMatchObject({ outcome, exitCode });
    // The diary records how long the pack was on, and that the session was cut short.
    expect(result.phases).toMatchObject([{ kind: 'ice', ranSeconds: 1, completed: false }]);
    expect(stdin.raw).toBe(false);
    expect(stdout.text).toContain('\u001b[?25h');
    expect(stdout.text).toMatch(/with 0:02 of ice left\. Take it off and check your skin\.\n$/);
    expect(stdin.listenerCount('data')).toBe(0);
  });

  it('stops on SIGTERM with exit 143 and removes its signal handlers', async () => {
    const before = process.listenerCount('SIGTERM');
    const { opts } = options({ output: 'plain', keys: false });
    const done = runCountdown(session, opts);
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    process.emit('SIGTERM', 'SIGTERM');
    await expect(done).resolves.toMatchObject({ outcome: 'terminated', exitCode: 143 });
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  it('exits 129 on SIGHUP (the terminal went away)', async () => {
    const { opts } = options({ output: 'plain', keys: false });
    const done = runCountdown(session, opts);
    process.emit('SIGHUP', 'SIGHUP');
    await expect(done).resolves.toMatchObject({ outcome: 'terminated', exitCode: 129 });
  });

  it('restores the terminal and rejects when drawing fails', async () => {
    const exitListeners = process.listenerCount('exit');
    const { opts, stdin, stdout } = options();
    const done = runCountdown(session, opts);
    expect(process.listenerCount('exit')).toBe(exitListeners + 1);
    stdout.failAfter = 0;
    const failed = expect(done).rejects.toThrow('write failed');
    await vi.advanceTimersByTimeAsync(1_100);
    await failed;
    expect(stdin.raw).toBe(false);
    expect(stdin.listenerCount('data')).toBe(0);
    expect(process.listenerCount('exit')).toBe(exitListeners);
  });

  it('never touches stdin or the screen in plain mode', async () => {
    const { opts, stdin, stdout } = options({ output: 'plain', keys: false });
    stdout.isTTY = false;
    const done = runCountdown(session, opts);
    await vi.advanceTimersByTimeAsync(5_100);
    await done;
    expect(stdin.raw).toBe(false);
    expect(stdin.listenerCount('data')).toBe(0);
    expect(stdout.text).not.toContain('\u001b[');
    expect(stdout.text.trimEnd().split('\n')).toHaveLength(6);
  });
});
