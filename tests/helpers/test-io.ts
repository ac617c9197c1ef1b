// Runs a backcare command in this process, through the same program and
// option tables as the binary, with a test io: captured stdout and stderr, a
// chosen environment and clock, no terminal, and a person who types the
// answers given, if any. No spawn, no build: fast.
// The spawn tests (run-cli.ts) stay the contract for the binary itself.
import { Readable, Writable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ioFrom, type Io } from '../../src/cli/io.js';
import { GLOBAL_OPTIONS, type GlobalOptions } from '../../src/cli/global-options.js';
import { PROGRAM } from '../../src/cli/registry.js';
import { runLine } from '../../src/cli/run-line.js';
import { reportError } from '../../src/runtime/report-error.js';
import { openKnowledgeBase } from '../../src/kb/source.js';
import type { KnowledgeBase } from '../../src/kb/types.js';
import { styleFor } from '../../src/ui/style.js';
import { accessiblePrompter } from '../../src/ui/accessible-prompter.js';
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
  __PACKAGE_ROOT__: ROOT,
  __BACKCARE_VERSION__: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
});

export interface TestIoOptions {
  /** Added to (or, as undefined, removed from) the clean environment run-cli gives the binary. */
  env?: Record<string, string | undefined>;
  now?: Date;
  /** What stdin holds. */
  input?: string;
  /**
   * Lines a person types at the questions, one per question asked: given, there is someone to ask, and the
   * plain-text prompter (a screen reader's) asks on stdout and reads them. Run out, and the questions are left.
   */
  answers?: readonly string[];
}

const opened = new Map<string, Promise<KnowledgeBase>>();

/**
 * Each knowledge base folder is read and validated once per test file: that is most of a command's time. Its review
 * warning, if any, goes to the stderr of the test that opened it first.
 */
function knowledgeBase(dir: string, term: Terminal): Promise<KnowledgeBase> {
  if (!opened.has(dir)) opened.set(dir, openKnowledgeBase(dir, term));
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
  // One line a chunk, as a person types them: a prompter takes one line at a time.
  const keyboard = Readable.from((options.answers ?? []).map((line) => `${line}\n`));
  const io = (globals: GlobalOptions): Io => {
    const term: Terminal = { stdout, stderr, stdinIsTTY: false, env, color: wantsColor(env, globals.color, false) };
    const io = ioFrom(
      globals,
      term,
      () => stdin,
      () => now,
    );
    const kb = (): Promise<KnowledgeBase> => knowledgeBase(globals.kb ?? BUILT_IN_KB, term);
    return {
      ...io,
      canPrompt: () => options.answers !== undefined,
      // A new prompter each time, as processIo's, all over the one keyboard.
      prompter: async () => accessiblePrompter(keyboard, stdout),
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
  const settings = { program: PROGRAM, width: () => 80, ...test };
  const restore = commanderEnv(test.env);
  let code: number;
  try {
    code = await runLine(args, settings);
  } catch (error) {
    code = reportError(error, test.stderr, test.env);
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
