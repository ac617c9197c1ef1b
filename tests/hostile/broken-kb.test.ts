// Knowledge bases that are huge or not UTF-8: the first problems with a count of
// the rest, or one located message, exit 2, in bounded time; never a crash.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { runCli } from '../helpers/run-cli.js';

const TIMEOUT = { timeoutMs: 30_000 };

function kbWithSources(bytes: Buffer | string): string {
  const kb = copyKb();
  writeFileSync(join(kb.dir, 'sources.yaml'), bytes);
  return kb.dir;
}

function validate(dir: string) {
  return runCli(['kb', 'validate', dir], TIMEOUT);
}

describe('a knowledge base with very many problems', () => {
  it('lists the first 20 and counts the rest (5,000 invalid sources)', () => {
    const r = validate(kbWithSources(`sources:\n${'  - 1\n'.repeat(5000)}`));
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => /sources\.yaml:\d+:\d+ sources\[\d+\]/.test(l))).toHaveLength(20);
    expect(r.stderr).toContain('… and 4980 more problems (fix the ones above first)');
    expect(r.stderr).toContain('the knowledge base has 5000 problems');
  }, 40_000);

  it('gives the first 20 and the count in JSON', () => {
    const r = runCli(['kb', 'validate', kbWithSources(`sources:\n${'  - 1\n'.repeat(5000)}`), '--json'], TIMEOUT);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { valid: boolean; problemCount: number; problems: unknown[] };
    expect(json).toMatchObject({ valid: false, problemCount: 5000 });
    expect(json.problems).toHaveLength(20);
  }, 40_000);

  it('refuses 30,000 invalid items before parsing them, in one line', () => {
    const r = validate(kbWithSources(`sources:\n${'  - 1\n'.repeat(30_000)}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml: file has more than 50000 YAML tokens .*; split or trim it\n/);
    expect(r.stderr).not.toContain('Maximum call stack');
  }, 40_000);

  it('refuses 200,000 flow-style items that fit in 1 MiB', () => {
    const r = validate(kbWithSources(`sources: [${Array(200_000).fill('1').join(',')}]\n`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml: file has more than 50000 YAML tokens/);
  }, 40_000);
});

describe('a knowledge-base file that is not UTF-8', () => {
  const SOURCES = `sources:\n  - id: test-leaflet\n    publisher: Test\n`;

  it('locates invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('sources:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const r = validate(kbWithSources(bytes));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml:2:12: not valid UTF-8 \(byte 0xe9\); save the file as UTF-8/);
  });

  it('names UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SOURCES, 'utf16le')]);
    const r = validate(kbWithSources(bytes));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\.yaml:1:1: the file is UTF-16 .*; save the file as UTF-8/);
  });

  it('locates the NUL bytes of UTF-16 without a byte-order mark', () => {
    const r = validate(kbWithSources(Buffer.from(SOURCES, 'utf16le')));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /sources\.yaml:1:2: a NUL byte, as in UTF-16 text or a binary file; save the file as UTF-8/,
    );
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const kb = copyKb();
    kb.edit('sources.yaml', (t) => `\ufeff${t}`);
    const r = validate(kb.dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
