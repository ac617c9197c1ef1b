import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type OutputErrors = typeof import('../../src/runtime/output-errors.js');
let handleOutputErrors: OutputErrors['handleOutputErrors'];
let keepRunningWithoutOutput: OutputErrors['keepRunningWithoutOutput'];
let outputFailureCode: OutputErrors['outputFailureCode'];

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: write failed`), { code });
}

function fakeStreams({ stderrFails = false } = {}) {
  const stdout = new EventEmitter();
  const stderr = Object.assign(new EventEmitter(), {
    text: '',
    write(chunk: string) {
      if (stderrFails) throw errno('EIO');
      stderr.text += chunk;
      return true;
    },
  });
  const exits: number[] = [];
  handleOutputErrors({
    stdout,
    stderr: stderr as unknown as NodeJS.WritableStream & EventEmitter,
    exit: (code) => exits.push(code),
  });
  return { stdout, stderr, exits };
}

// A fresh copy of the module, and so of its once-per-process state, for each test.
beforeEach(async () => {
  vi.resetModules();
  ({ handleOutputErrors, keepRunningWithoutOutput, outputFailureCode } = await import(
    '../../src/runtime/output-errors.js'
  ));
});

describe('a failing stdout', () => {
  it('ends quietly with 0 when the reader closed the pipe', () => {
    const { stdout, stderr, exits } = fakeStreams();
    stdout.emit('error', errno('EPIPE'));
    expect(exits).toEqual([0]);
    expect(stderr.text).toBe('');
  });

  it('says an I/O error in one line and exits 1, once', () => {
    const { stdout, stderr, exits } = fakeStreams();
    stdout.emit('error', errno('EIO'));
    stdout.emit('error', errno('EIO'));
    expect(exits).toEqual([1]);
    expect(stderr.text).toBe('backcare: cannot write the output: input/output error (EIO)\n');
  });

  it('still exits 1 when stderr cannot be written either', () => {
    const { stdout, stderr, exits } = fakeStreams({ stderrFails: true });
    stderr.emit('error', errno('EIO'));
    stdout.emit('error', errno('ENOSPC'));
    expect(exits).toEqual([1]);
  });

  it('leaves the decision to a keeper, with its note, and remembers the code', () => {
    const { stdout, stderr, exits } = fakeStreams();
    const release = keepRunningWithoutOutput({ outputGone: () => 'carrying on' });
    stdout.emit('error', errno('EPIPE'));
    release();
    expect(exits).toEqual([]);
    expect(stderr.text).toBe('backcare: the output was closed; carrying on\n');
    expect(outputFailureCode()).toBe(0);
  });
});
