// backcare learn through the built binary: a topic on stdout with exit 0, a near miss as one line
// on stderr with exit 2. What the topics say is tested in this process, in tests/commands/learn.test.ts.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('backcare learn as a process', () => {
  it('prints a topic with exit 0, and refuses a near miss with one line on stderr and exit 2', () => {
    const topic = runCli(['learn', 'prevention']);
    expect(topic).toMatchObject({ code: 0, stderr: '' });
    expect(topic.stdout).toMatch(/^Making the next one less likely {2}\(prevention\)\n/);
    const miss = runCli(['learn', 'prevnetion']);
    expect(miss).toMatchObject({ code: 2, stdout: '' });
    expect(miss.stderr).toMatch(/^backcare: unknown topic "prevnetion"; did you mean "prevention"\?[^\n]*\n$/);
  });
});
