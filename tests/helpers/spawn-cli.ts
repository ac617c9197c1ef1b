// Starts the built binary without waiting for it, for tests that signal it
// mid-run or keep its stdin open.
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, cleanEnv, NODE, ROOT } from './run-cli.js';

export interface RunningCli {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once stdout contains `text`; rejects after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: string[], env: Record<string, string | undefined> = {}): RunningCli {
  const child = spawn(NODE, [BIN, ...args], { cwd: ROOT, env: cleanEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of [...waiters]) w();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exit,
    waitFor(text, timeoutMs = 8000) {
      const seen = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
      return new Promise((resolve, reject) => {
        if (seen()) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${String(text)}; stdout so far:\n${out}\nstderr:\n${err}`)),
          timeoutMs,
        );
        const check = () => {
          if (!seen()) return;
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(check), 1);
          resolve();
        };
        waiters.push(check);
        void exit.then(() => {
          if (!seen()) {
            clearTimeout(timer);
            reject(new Error(`exited before ${String(text)}; stdout:\n${out}\nstderr:\n${err}`));
          }
        });
      });
    },
  };
}

/** Like runCli, but without blocking, so slow timer runs can share the clock with `it.concurrent`. */
export async function runCliAsync(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = startCli(args, env);
  cli.child.stdin?.end();
  const { code } = await cli.exit;
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}
