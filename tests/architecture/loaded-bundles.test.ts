// Which files of dist/ each everyday command loads, seen from inside a run of
// the built binary: the knowledge-base loader (zod) and the YAML reader stay
// off the start-up path of --help, the listings, learn, log, history and
// check with a JSON answers file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { BIN, cleanEnv, NODE, ROOT } from '../helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'backcare-loaded-'));
const PRELOAD = join(scratch, 'list-loaded.cjs');
writeFileSync(
  PRELOAD,
  "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + " +
    "'\\n'));\n",
);

/** The dist/ files a run loads, relative to dist/. */
function loadedBundles(args: string[]): string[] {
  const home = mkdtempSync(join(scratch, 'home-'));
  const r = spawnSync(NODE, ['--require', PRELOAD, BIN, ...args], {
    env: cleanEnv({ BACKCARE_HOME: home }),
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const line = /LOADED (.*)/.exec(r.stderr)?.[1];
  const files = JSON.parse(line ?? '[]') as string[];
  return files
    .filter((f) => f.startsWith(join(ROOT, 'dist')))
    .map((f) => relative(join(ROOT, 'dist'), f))
    .sort();
}

describe('the files an everyday command loads', () => {
  it.each([
    [['--help'], ['cli.cjs']],
    [['remedies'], ['cli.cjs', 'commands/remedies/run.cjs']],
    [['warning-signs'], ['cli.cjs', 'commands/warning-signs/run.cjs']],
    [
      ['log', '5'],
      ['cli.cjs', 'commands/log/run.cjs'],
    ],
    [
      ['learn', 'prevention'],
      ['cli.cjs', 'commands/learn/run.cjs'],
    ],
    [['history'], ['cli.cjs', 'commands/history/run.cjs']],
  ])('backcare %j loads %j', (args, expected) => {
    expect(loadedBundles(args)).toEqual(expected);
  });

  it('check with a JSON answers file loads no YAML reader and no zod', () => {
    expect(loadedBundles(['check', '--no-input', '--answers', calmAnswersFile()])).toEqual([
      'cli.cjs',
      'commands/check/run.cjs',
    ]);
  });
});
