// report --format pdf without a real browser: none found, one that fails,
// one that hangs, and a stand-in that writes a PDF, for the file handling and
// the flags backcare passes. tests/browser/ prints with real Chromium.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'backcare-pdf-'));
const home = mkdtempSync(join(tmpdir(), 'backcare-pdf-home-'));

function fakeBrowser(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Writes a minimal PDF where it is told to, and its arguments beside it. */
const WRITES_PDF = fakeBrowser(
  'writes-pdf',
  `printf '%s\\n' "$@" > '${join(dir, 'args.txt')}'\nfor a; do case "$a" in --print-to-pdf=*) printf ` +
    `'%%PDF-1.4 stand-in\\n' > "\${a#--print-to-pdf=}" ;; esac; done`,
);

const report = (args: string[], env: Record<string, string | undefined>, cwd = dir) =>
  runCli(['report', '--format', 'pdf', ...args], {
    env: { BACKCARE_HOME: home, BACKCARE_BROWSER: undefined, ...env },
    cwd,
    timeoutMs: 90_000,
  });

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(pattern);
  expect(stderr.trim().split('\n')).toHaveLength(1);
}

describe('backcare report --format pdf', () => {
  it('exits 2 with how to print the HTML when no Chrome or Chromium is found', () => {
    const r = report(['--output', join(dir, 'none.pdf')], { PATH: join(dir, 'empty-path') });
    expect(r.code).toBe(2);
    expectOneLine(
      r.stderr,
      new RegExp(
        '^backcare: --format pdf needs Chrome or Chromium, .*looked for chromium, .*--format html ' +
          String.raw`--output report\.html and print it`,
      ),
    );
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it('exits 2 when BACKCARE_BROWSER is not a program', () => {
    const r = report([], { BACKCARE_BROWSER: join(dir, 'no-such-browser') });
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, /^backcare: BACKCARE_BROWSER=.*no-such-browser is not an executable file; .*--format html/);
  });

  it('turns a failing browser into one line and exit 1, and writes nothing', () => {
    const r = report(['--output', join(dir, 'failed.pdf')], {
      BACKCARE_BROWSER: fakeBrowser('fails', 'echo "noise"; echo "it broke" >&2; exit 3'),
    });
    expect(r.code).toBe(1);
    expectOneLine(
      r.stderr,
      /^backcare: cannot print the PDF with .*fails \(it exited with code 3: it broke\); nothing was written/,
    );
    expect(existsSync(join(dir, 'failed.pdf'))).toBe(false);
  });

  it('gives up on a browser that hangs after BACKCARE_BROWSER_TIMEOUT seconds', { timeout: 120_000 }, () => {
    const started = Date.now();
    // Not exec: like Chrome's helpers, the sleep outlives the killed shell and keeps its stderr open.
    const r = report(['--output', join(dir, 'hung.pdf')], {
      BACKCARE_BROWSER: fakeBrowser('hangs', 'sleep 120'),
      BACKCARE_BROWSER_TIMEOUT: '1',
    });
    // Well under the browser's 120 s, with room for a busy machine.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.code).toBe(1);
    expectOneLine(r.stderr, /did not finish within 1 s\); nothing was written/);
    expect(existsSync(join(dir, 'hung.pdf'))).toBe(false);
  });

  it('writes back-pain-report-DATE.pdf in the current folder without --output, and will not replace it without --force', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const r = report([], { BACKCARE_BROWSER: WRITES_PDF }, cwd);
    expect(r.code, r.stderr).toBe(0);
    const name = /wrote (back-pain-report-\d{4}-\d\d-\d\d\.pdf) \(PDF of one A4 page/.exec(r.stderr)?.[1];
    expect(name).toBeDefined();
    expect(readFileSync(join(cwd, name!), 'latin1')).toMatch(/^%PDF-/);
    expect(r.stdout).toBe('');
    const again = report([], { BACKCARE_BROWSER: WRITES_PDF }, cwd);
    expect(again.code).toBe(2);
    expectOneLine(again.stderr, /already exists; add --force/);
    expect(report(['--force'], { BACKCARE_BROWSER: WRITES_PDF }, cwd).code).toBe(0);
  });

  it('runs the browser headless, in a throw-away profile, with its background networking off', () => {
    expect(report(['--output', join(dir, 'flags.pdf'), '--force'], { BACKCARE_BROWSER: WRITES_PDF }).code).toBe(0);
    const args = readFileSync(join(dir, 'args.txt'), 'utf8').split('\n');
    for (const flag of [
      '--headless',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
    ]) {
      expect(args).toContain(flag);
    }
    expect(args.find((a) => a.startsWith('--user-data-dir='))).toMatch(/backcare-pdf-/);
    expect(args.at(-2)).toMatch(/^file:\/\/.*report\.html$/);
  });
});
