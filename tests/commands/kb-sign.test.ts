// backcare kb sign's refusals, run in this process (tests/helpers/test-io.ts), each in a fresh copy
// of data/: one line, exit 2, and nothing written. Signing and the review book themselves run as the
// built binary in tests/e2e/kb-review.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/test-io.js';

const DATA = join(ROOT, 'data');
const SIGNER = ['--reviewer', 'Dr Test Reviewer', '--role', 'GP'];

describe('backcare kb sign and kb review, in a copy of data/', () => {
  it.each([
    [['--all'], /needs --reviewer NAME and --role ROLE/],
    [[...SIGNER], /say what to sign: --all, or --entry KIND:ID/],
    [[...SIGNER, '--entry', 'rule:no-such-rule'], /no entry rule:no-such-rule in /],
    [[...SIGNER, '--entry', 'chest-pain'], /is not KIND:ID/],
    [[...SIGNER, '--all', '--decision', 'rejected'], /--decision rejected needs --note/],
    [[...SIGNER, '--all', '--decision', 'maybe'], /--decision "maybe" is not one of/],
    [['--reviewer', 'Dr \u001b[2J', '--role', 'GP', '--all'], /--reviewer holds a control character/],
  ])('refuses %j with one line and exit 2, writing nothing', async (args, message) => {
    const kb = copyKb(DATA);
    const r = await runInProcess(['kb', 'sign', kb.dir, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(parse(readFileSync(join(kb.dir, 'review.yaml'), 'utf8'))).toEqual({ signatures: [] });
  });
});
