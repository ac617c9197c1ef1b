// Prints the report's HTML to a PDF with a Chrome or Chromium already on this
// computer, run headless in a throw-away profile with nothing from the
// network. backcare ships no browser: without one, the user prints the HTML.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StoreError, UsageError } from '../../runtime/errors.js';
import { echoed } from '../../core/echo.js';
import { LIMITS } from '../../core/limits.js';

const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
const DEFAULT_TIMEOUT_SECONDS = 60;

const HOW_TO_PRINT_HTML =
  'or save the report with --format html --output report.html and print it from any browser (it fits one A4 page)';

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** BACKCARE_BROWSER if set, else the first of the usual names on the PATH; a usage error when there is none. */
export function findBrowser(env: NodeJS.ProcessEnv): string {
  const chosen = env.BACKCARE_BROWSER;
  if (chosen) {
    if (isExecutableFile(chosen)) return chosen;
    throw new UsageError(
      `BACKCARE_BROWSER=${echoed(chosen)} is not an executable file; point it at Chrome or ` +
        `Chromium, ${HOW_TO_PRINT_HTML}`,
    );
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of BROWSER_NAMES) {
    const found = dirs.map((d) => join(d, name)).find(isExecutableFile);
    if (found) return found;
  }
  throw new UsageError(
    `--format pdf needs Chrome or Chromium, and none was found (looked for ${BROWSER_NAMES.join(', ')} on the ` +
      `PATH); set BACKCARE_BROWSER to one, ${HOW_TO_PRINT_HTML}`,
  );
}

/** BACKCARE_BROWSER_TIMEOUT in seconds (1 to an hour), else the default. */
export function browserTimeoutMs(env: NodeJS.ProcessEnv): number {
  const raw = env.BACKCARE_BROWSER_TIMEOUT;
  if (raw === undefined || raw === '') return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(seconds >= 1 && seconds <= LIMITS.browserTimeoutSeconds)) {
    throw new UsageError(
      `BACKCARE_BROWSER_TIMEOUT=${echoed(raw)} is not a number of seconds from 1 ` +
        `to ${LIMITS.browserTimeoutSeconds}; for example BACKCARE_BROWSER_TIMEOUT=120`,
    );
  }
  return seconds * 1000;
}

/** Headless, a fresh profile, nothing fetched in the background, no header or footer. */
export function browserArgs(profile: string, pdf: string, page: string): string[] {
  return [
    '--headless',
    // Chrome will not start as root with its sandbox on; the page is backcare's own, with no scripts.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${profile}`,
    // No date, title or file name printed on the page (the flag's old and new names).
    '--no-pdf-header-footer',
    '--print-to-pdf-no-header',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(page).href,
  ];
}

/** The PDF's bytes; a one-line StoreError (exit 1) when the browser fails, times out or writes no PDF. */
export async function printToPdf(html: string, browser: string, timeoutMs: number): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'backcare-pdf-'));
  const page = join(dir, 'report.html');
  const pdf = join(dir, 'report.pdf');
  try {
    writeFileSync(page, html, { mode: 0o600 });
    const failure = await runBrowser(browser, browserArgs(join(dir, 'profile'), pdf, page), timeoutMs);
    const bytes = failure === undefined ? readPdf(pdf) : undefined;
    if (bytes === undefined) {
      throw new StoreError(
        `cannot print the PDF with ${browser} (${failure ?? 'it wrote no PDF'}); nothing was written. Try ` +
          `--format html and print it from a browser`,
      );
    }
    return bytes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readPdf(path: string): Uint8Array | undefined {
  try {
    const bytes = readFileSync(path);
    return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** How long the browser's process group has after SIGTERM before SIGKILL. */
const BROWSER_KILL_GRACE_MS = 2000;

/**
 * Resolves with why the browser failed, or undefined when it exited 0. The browser runs in a
 * process group of its own, so stopping it stops every helper it started, even one that outlived
 * it or ignores SIGTERM; and so the group is stopped too if backcare is interrupted meanwhile.
 */
function runBrowser(browser: string, args: string[], timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    // Listening for Ctrl-C before the browser starts: one that came in between would end backcare and leave
    // the browser running.
    const group = browserGroup();
    const child = spawnInGroup(group, browser, args);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let timedOut = false;
    const finish = (why: string | undefined): void => {
      clearTimeout(timer);
      group.release();
      resolve(why);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      // A helper process it started may still hold the pipe: stop waiting for it.
      child.stderr.destroy();
      child.unref();
      void group.stop().then(() => finish(`it did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => finish(error.message));
    child.on('close', (code, signal) => {
      if (timedOut) return; // the timeout says why, once the group is stopped
      if (code === 0) return finish(undefined);
      const lastLine = stderr.trim().split('\n').at(-1)?.trim().slice(0, 200);
      finish(`it exited with ${signal ?? `code ${code}`}${lastLine ? `: ${lastLine}` : ''}`);
    });
  });
}

/** Starts the browser in a process group of its own, which `group` then stands for. */
function spawnInGroup(group: BrowserGroup, browser: string, args: string[]) {
  try {
    const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    group.attach(child.pid);
    return child;
  } catch (error) {
    group.release();
    throw error;
  }
}

interface BrowserGroup {
  /** The browser's pid, which is also its group's id. */
  attach(pid: number | undefined): void;
  /** SIGTERM to the group, then SIGKILL to whatever is left after the grace period. */
  stop(): Promise<void>;
  /** Done with it: no more killing on backcare's exit. */
  release(): void;
}

function browserGroup(): BrowserGroup {
  let pid: number | undefined;
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    if (pid === undefined) return false;
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  // Out of the terminal's process group, the browser no longer gets the terminal's Ctrl-C: pass it on.
  const killOnExit = (): void => void signalGroup('SIGKILL');
  const onInterrupt = (): void => {
    signalGroup('SIGKILL');
    process.exit(130);
  };
  process.on('exit', killOnExit);
  process.on('SIGINT', onInterrupt);
  return {
    attach(browserPid) {
      pid = browserPid;
    },
    async stop() {
      if (!signalGroup('SIGTERM')) return;
      for (let waited = 0; waited < BROWSER_KILL_GRACE_MS && signalGroup(0); waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      signalGroup('SIGKILL');
    },
    release() {
      process.off('exit', killOnExit);
      process.off('SIGINT', onInterrupt);
    },
  };
}
