// A --kb folder with entries a clinician rejected: the warning goes to the io's stderr, once the command opens it.
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { runInProcess } from '../helpers/test-io.js';

describe('a --kb folder a reviewer has rejected entries of', () => {
  it('warns on the io stderr, naming the folder, and the command still runs', async () => {
    const kb = copyKb();
    const signed = await runInProcess([
      'kb',
      'sign',
      kb.dir,
      '--reviewer',
      'Dr Test Reviewer',
      '--role',
      'GP',
      '--entry',
      'rule:saddle',
      '--decision',
      'rejected',
      '--note',
      'test',
    ]);
    expect(signed.code, signed.stderr).toBe(0);
    const r = await runInProcess(['--kb', kb.dir, 'warning-signs']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `backcare: warning: ${kb.dir}: 0 entries changed since signed and 1 rejected by a clinical reviewer ` +
        '(backcare kb review lists them)\n',
    );
  });
});
