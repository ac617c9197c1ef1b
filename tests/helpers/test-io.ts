// Runs a backcare command in this process, through the same program and
// option tables as the binary, with a test io: captured stdout and stderr, a
// chosen environment and clock, no terminal. No spawn, no build: fast.
// The spawn tests (run-cli.ts) stay the contract for the binary itself.
import { Readable, Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommanderError } from 'commander';
import { ioFrom, type Io } from '../../src/cli/io.js';
import { GLOBAL_OPTIONS, type GlobalOptions } from '../../src/cli/global-options.js';
import { buildProgram } from '../../src/cli/program.js';
import { reportError } from '../../src/runtime/report-error.js';
import { openKnowledgeBase } from '../../src/kb/source.js';
import type { KnowledgeBase } from '../../src/kb/types.js';
import { styleFor } from '../../src/ui/style.js';
import { wantsColor, type Terminal } from '../../src/runtime/term.js';
import { cleanEnv, ROOT, type CliResult } from './run-cli.js';
import { questionsOf, type QuestionJson } from './calm-answers.js';

/**
 * The knowledge base the binary has built in, read from its sources: commands that open it through the io need no
 * build.
 */
const BUILT_IN_KB = join(ROOT, 'data');

// The build defines the version and where the package's own files are (data/, dist/kb-data/); from the
// sources, the package is the repository. A command that opens the built-in base itself needs a build.
Object.assign(globalThis, {
  __PACKAGE_ROOT__: pathToFileURL(`${ROOT}/`).href,
  __BACKCARE_VERSION__: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
});

export interface TestIoOptions {
  /** Added to (or, as undefined, removed from) the clean environment run-cli gives the binary. */
  env?: Record<string, string | undefined>;
  now?: Date;
  /** What stdin holds. */
  input?: string;
}

const opened = new Map<string, Promise<KnowledgeBase>>();

/** Each knowledge base folder is read and validated once per test file: that is most of a command's time. */
function knowledgeBase(dir: string): Promise<KnowledgeBase> {
  if (!opened.has(dir)) opened.set(dir, openKnowledgeBase(dir));
  return opened.get(dir)!;
}

/** A stream that keeps what is written to it. */
class Capture extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface TestIo {
  io: (globals: GlobalOptions) => Io;
  stdout: Capture;
  stderr: Capture;
  env: NodeJS.ProcessEnv;
}

function testIo(options: TestIoOptions = {}): TestIo {
  const env = cleanEnv(options.env);
  const stdout = new Capture();
  const stderr = new Capture();
  // Not a terminal: nothing reads keys from it, so a plain stream stands in for process.stdin.
  const stdin = Readable.from(options.input === undefined ? [] : [options.input]) as unknown as NodeJS.ReadStream;
  const now = options.now ?? new Date();
  const io = (globals: GlobalOptions): Io => {
    const term: Terminal = { stdout, stderr, stdinIsTTY: false, env, color: wantsColor(env, globals.color, false) };
    const io = ioFrom(
      globals,
      term,
      () => stdin,
      () => now,
    );
    const kb = (): Promise<KnowledgeBase> => knowledgeBase(globals.kb ?? BUILT_IN_KB);
    return {
      ...io,
      context: async ({ json = false } = {}) => ({
        globals,
        term,
        kb: await kb(),
        style: await styleFor(term.color && !json),
      }),
    };
  };
  return { io, stdout, stderr, env };
}

/** `backcare ...args` in this process: the exit code and what it printed, as runCli gives them. */
export async function runInProcess(args: string[], options: TestIoOptions = {}): Promise<CliResult> {
  const test = testIo(options);
  let code = 0;
  const program = buildProgram({ io: test.io, exit: (returned) => (code = returned) });
  const quiet = (cmd: typeof program): void => {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => test.stdout.write(s), writeErr: (s) => test.stderr.write(s) });
    cmd.commands.forEach(quiet);
  };
  quiet(program);
  const restore = commanderEnv(test.env);
  try {
    await program.parseAsync(['node', 'backcare', ...args]);
  } catch (error) {
    const commander = (error as Partial<CommanderError>).code?.startsWith('commander.');
    code = commander ? ((error as CommanderError).exitCode === 0 ? 0 : 2) : reportError(error, test.stderr, test.env);
  } finally {
    restore();
  }
  return { code, stdout: test.stdout.text, stderr: test.stderr.text };
}

/** What `check --questions --json` lists, in this process: the questions a test builds its answers from. */
export async function listedQuestions(): Promise<QuestionJson[]> {
  return questionsOf((await runInProcess(['check', '--questions', '--json'])).stdout);
}

/**
 * Commander reads an option's environment variable (BACKCARE_KB,
 * BACKCARE_REGION) from process.env itself: those few are set there from the
 * test's environment while the command line is parsed, and put back after.
 */
function commanderEnv(env: NodeJS.ProcessEnv): () => void {
  const keys = GLOBAL_OPTIONS.flatMap((o) => ('env' in o ? [o.env] : []));
  const saved = keys.map((key) => [key, process.env[key]] as const);
  for (const key of keys) setEnv(key, env[key]);
  return () => saved.forEach(([key, value]) => setEnv(key, value));
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}
