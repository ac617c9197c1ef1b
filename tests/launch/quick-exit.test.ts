// The early exit once a command is done: taken only when nothing is left to
// finish, so no output, file, timer or child is ever cut short, and only after
// the callbacks already queued (a failed write reports itself on one).
import { describe, expect, it } from 'vitest';
import { exitWhenIdle, type FinishingProcess } from '../../src/launch/quick-exit.js';
import { ProcessOutput } from '../../src/runtime/process-output.js';

function finished(resources: string[]): FinishingProcess & { exits: number; ticks: (() => void)[] } {
  const proc = {
    exits: 0,
    ticks: [] as (() => void)[],
    getActiveResourcesInfo: () => resources,
    nextTick: (callback: () => void) => proc.ticks.push(callback),
    exit: () => {
      proc.exits++;
    },
  };
  return proc;
}

function runTicks(proc: { ticks: (() => void)[] }): void {
  for (const tick of proc.ticks.splice(0)) tick();
}

describe('exitWhenIdle', () => {
  it.each([
    ['nothing open', []],
    ['the terminal', ['TTYWrap', 'TTYWrap']],
    ['piped standard streams', ['PipeWrap', 'PipeWrap']],
  ])('ends the process on the next tick when %s is all that is left', (_what, resources) => {
    const proc = finished(resources);
    exitWhenIdle(proc, () => false);
    expect(proc.exits).toBe(0);
    runTicks(proc);
    expect(proc.exits).toBe(1);
  });

  it.each([
    ['an output stream, which may still hold output', [], true],
    ['a write under way', ['PipeWrap', 'WriteWrap'], false],
    ['a file operation under way', ['PipeWrap', 'FSReqCallback'], false],
    ['a timer', ['Timeout'], false],
    ['a child process', ['ProcessWrap', 'PipeWrap'], false],
    ['something backcare does not know', ['SomethingNew'], false],
  ])('leaves Node to end the process when there is %s', (_what, resources, streamMade) => {
    const proc = finished(resources);
    exitWhenIdle(proc, () => streamMade);
    runTicks(proc);
    expect(proc.exits).toBe(0);
  });

  it('asks what is left only when its tick comes, after the ticks queued before it', () => {
    const proc = finished([]);
    let streamMade = false;
    exitWhenIdle(proc, () => streamMade);
    streamMade = true;
    runTicks(proc);
    expect(proc.exits).toBe(0);
  });
});

describe('ProcessOutput.streamMade', () => {
  it('is false while output goes straight to the descriptor, true once a stream is made', () => {
    const stream = { on: () => stream } as unknown as NodeJS.WriteStream;
    const output = new ProcessOutput(1, () => stream);
    expect(output.streamMade).toBe(false);
    output.stream();
    expect(output.streamMade).toBe(true);
  });
});
