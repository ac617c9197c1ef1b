// Importing the CLI must not change the process: no exit or error handlers,
// no output, nothing started. (npm-check-updates checks the same.)
import { expect, it, vi } from 'vitest';

it('registers no process listeners and writes nothing on import', async () => {
  const events = ['exit', 'uncaughtException', 'unhandledRejection', 'SIGINT', 'SIGTERM'] as const;
  const before = events.map((e) => process.listenerCount(e));
  const write = vi.spyOn(process.stdout, 'write');
  const { main } = await import('../../src/cli.js');
  expect(typeof main).toBe('function');
  expect(events.map((e) => process.listenerCount(e))).toEqual(before);
  expect(write).not.toHaveBeenCalled();
});
