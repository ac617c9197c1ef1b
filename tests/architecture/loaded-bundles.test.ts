// Which files of dist/ each everyday command loads, seen from inside a run of
// the built binary: the knowledge-base loader (zod) and the YAML reader stay
// off the start-up path of --help, the listings, learn, log, history and
// check with a JSON answers file.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { bundlesLoaded, kbFilesRead, LIST_OPENED_PRELOAD } from '../helpers/opened-files.js';
import { BIN, cleanEnv, NODE } from '../helpers/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'backcare-loaded-'));

/** The stderr of a successful run with LIST_OPENED_PRELOAD, which ends with the files it opened. */
function openedBy(args: string[], home = mkdtempSync(join(scratch, 'home-'))): string {
  const r = spawnSync(NODE, ['--require', LIST_OPENED_PRELOAD, BIN, ...args], {
    env: cleanEnv({ BACKCARE_HOME: home }),
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stderr;
}

/** The dist/ bundles a run loads, relative to dist/. */
const loadedBundles = (args: string[]): string[] => bundlesLoaded(openedBy(args));

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

const MODULES_PRELOAD = join(scratch, 'list-modules.cjs');
writeFileSync(
  MODULES_PRELOAD,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.MODULES_OUT, " +
    "process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));\n",
);

type Stdout = 'a pipe' | 'a file' | '/dev/null';

/** Node's own modules a run loads, with stdout on `stdout` and stderr on a pipe. */
function loadedNodeModules(args: string[], stdout: Stdout): string[] {
  const out = join(mkdtempSync(join(scratch, 'modules-')), 'modules.txt');
  const fd = stdout === 'a pipe' ? 'pipe' : openSync(stdout === 'a file' ? `${out}.stdout` : '/dev/null', 'w');
  try {
    const r = spawnSync(NODE, ['--require', MODULES_PRELOAD, BIN, ...args], {
      env: cleanEnv({ BACKCARE_HOME: mkdtempSync(join(scratch, 'home-')), MODULES_OUT: out }),
      stdio: ['pipe', fd, 'pipe'],
      input: '',
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  } finally {
    if (typeof fd === 'number') closeSync(fd);
  }
  return readFileSync(out, 'utf8').split('\n');
}

// Making process.stdout or process.stderr loads these (node:net too for a pipe): about 8% of a bare start.
const STREAM_MODULES = ['stream', 'net', 'tty', 'internal/fs/sync_write_stream'];

describe("Node's stream modules, for a command that only prints", () => {
  const everyday = [['--help'], ['remedies'], ['warning-signs'], ['learn', 'prevention'], ['history'], ['log', '5']];
  it.each<Stdout>(['a pipe', 'a file', '/dev/null'])('are not loaded with stdout on %s', (stdout) => {
    for (const args of [...everyday, ['check', '--no-input', '--answers', calmAnswersFile()]]) {
      const loaded = loadedNodeModules(args, stdout);
      expect(loaded, `backcare ${args.join(' ')}`).toContain('fs');
      expect(
        loaded.filter((m) => STREAM_MODULES.includes(m)),
        `backcare ${args.join(' ')}`,
      ).toEqual([]);
    }
  });
});

/** The compiled knowledge-base files (parts and views/) a run opens. */
const kbFilesOpened = (args: string[], home: string): string[] => kbFilesRead(openedBy(args, home));

describe('the compiled knowledge base an everyday command reads', () => {
  it('learn names remedies, lists warning signs and cites sources from the views, without the whole parts', () => {
    const files = kbFilesOpened(['learn', 'prevention'], mkdtempSync(join(scratch, 'home-')));
    expect(files).toEqual(
      expect.arrayContaining(['learn', 'views/remedyNames', 'views/sourcesInBrief', 'views/warningSignsInBrief']),
    );
    for (const part of ['remedies', 'warningSigns', 'sources']) expect(files).not.toContain(part);
  });

  it('history names what helped from the remedy names, without the remedies part', () => {
    const home = mkdtempSync(join(scratch, 'home-'));
    expect(
      spawnSync(NODE, [BIN, 'log', '4', '--helped', 'heat-pack'], { env: cleanEnv({ BACKCARE_HOME: home }) }).status,
    ).toBe(0);
    const files = kbFilesOpened(['history'], home);
    expect(files).toContain('views/remedyNames');
    expect(files).not.toContain('remedies');
  });
});
