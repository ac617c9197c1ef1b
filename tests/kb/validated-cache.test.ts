// A --kb folder loaded once is read back from the cache while it is unchanged,
// and validated in full again as soon as any of its files changes.
import { chmodSync, chownSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { bundlesLoaded, LIST_OPENED_PRELOAD } from '../helpers/opened-files.js';
import { runCli } from '../helpers/run-cli.js';

/** Runs `remedies` on `dir` with its own cache folder; whether the loader (YAML, zod) was loaded. */
function remedies(
  dir: string,
  cache: string,
): { code: number | null; stdout: string; stderr: string; validated: boolean } {
  const r = runCli(['--kb', dir, 'remedies'], {
    env: { XDG_CACHE_HOME: cache, NODE_OPTIONS: `--require ${LIST_OPENED_PRELOAD}` },
    timeoutMs: 60_000,
  });
  return { ...r, validated: bundlesLoaded(r.stderr).includes('kb/load.cjs') };
}

describe('a --kb folder', () => {
  it('is validated once, then read from the cache while unchanged, with the same output', () => {
    const cache = mkdtempSync(join(tmpdir(), 'backcare-cache-'));
    const kb = copyKb();
    const first = remedies(kb.dir, cache);
    const second = remedies(kb.dir, cache);
    expect([first.code, first.validated]).toEqual([0, true]);
    expect([second.code, second.validated]).toEqual([0, false]);
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(join(cache, 'backcare', 'validated-kb'))).toHaveLength(1);
  });

  it('is validated in full again when a file changes, and a broken one is refused', () => {
    const cache = mkdtempSync(join(tmpdir(), 'backcare-cache-'));
    const kb = copyKb();
    expect(remedies(kb.dir, cache).code).toBe(0);
    kb.edit('remedies.yaml', (text) => `${text}\nnot: [closed\n`);
    const broken = remedies(kb.dir, cache);
    expect(broken.validated).toBe(true);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/remedies\.yaml:\d+:\d+/);
  });

  it.each([
    ['cut short', '{"meta": {'],
    ['valid JSON of the wrong shape', '{"meta": {}}'],
    ['not JSON at all', 'garbage'],
  ])('is validated again, not trusted, when its cache file is %s', (_what, damaged) => {
    const cache = mkdtempSync(join(tmpdir(), 'backcare-cache-'));
    const kb = copyKb();
    const first = remedies(kb.dir, cache);
    const folder = join(cache, 'backcare', 'validated-kb');
    const [file] = readdirSync(folder);
    writeFileSync(join(folder, file ?? ''), damaged);
    const again = remedies(kb.dir, cache);
    expect([again.code, again.validated, again.stderr.includes('    at ')]).toEqual([0, true, false]);
    expect(again.stdout).toBe(first.stdout);
  });

  // A cached base is trusted like the built-in one: a file another user could have written is not read.
  const loosened: [string, (file: string) => void][] = [['anyone may write it', (file) => chmodSync(file, 0o666)]];
  if (process.getuid?.() === 0) loosened.push(['another user owns it', (file) => chownSync(file, 65534, 65534)]);
  it.each(loosened)('is validated again, not trusted, when %s', (_what, loosen) => {
    const cache = mkdtempSync(join(tmpdir(), 'backcare-cache-'));
    const kb = copyKb();
    const first = remedies(kb.dir, cache);
    const folder = join(cache, 'backcare', 'validated-kb');
    const [file] = readdirSync(folder);
    loosen(join(folder, file ?? ''));
    const again = remedies(kb.dir, cache);
    expect([again.code, again.validated]).toEqual([0, true]);
    expect(again.stdout).toBe(first.stdout);
  });
});
