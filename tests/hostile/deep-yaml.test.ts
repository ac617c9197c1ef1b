// A knowledge-base file nested far deeper than any real one (1,300 levels of
// block maps, sequences or flow brackets) is refused before it is parsed, with
// the line and column where it first goes too deep: never "Maximum call stack
// size exceeded" at a position the parser made up when it ran out of stack.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MAX_YAML_DEPTH, parseYamlFile } from '../../src/kb/yaml-file.js';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const LEVELS = 1300;
const blockMaps = 'sources:\n' + Array.from({ length: LEVELS }, (_, i) => `${' '.repeat(i + 1)}k${i}:\n`).join('');
const blockSeqs = 'sources:\n' + Array.from({ length: LEVELS }, (_, i) => `${' '.repeat(i + 1)}-\n`).join('');
const compactSeqs = `sources:\n  ${'- '.repeat(LEVELS)}x\n`;
const flow = `sources: ${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}\n`;

describe('deeply nested YAML', () => {
  it.each([
    ['block maps', blockMaps, MAX_YAML_DEPTH + 1, MAX_YAML_DEPTH + 1],
    ['block sequences', blockSeqs, MAX_YAML_DEPTH + 1, MAX_YAML_DEPTH + 1],
    ['compact sequences on one line', compactSeqs, 2, 3 + 2 * (MAX_YAML_DEPTH - 1)],
    ['flow brackets', flow, 1, 10 + MAX_YAML_DEPTH - 1],
  ])('of %s is refused where it first goes too deep', (_kind, text, line, col) => {
    const parsed = parseYamlFile('sources.yaml', text);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems).toEqual([
      {
        file: 'sources.yaml',
        line,
        col,
        path: [],
        message: `nested more than ${MAX_YAML_DEPTH} levels deep (the built-in files need about 10); flatten it`,
      },
    ]);
  });

  it('is one located line and exit 2 from kb validate and --kb', () => {
    const kb = copyKb();
    writeFileSync(join(kb.dir, 'sources.yaml'), blockMaps);
    for (const args of [
      ['kb', 'validate', kb.dir],
      ['--kb', kb.dir, 'remedies'],
    ]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `sources.yaml:${MAX_YAML_DEPTH + 1}:${MAX_YAML_DEPTH + 1}: nested more than ${MAX_YAML_DEPTH} levels deep`,
      );
      expect(r.stderr).not.toMatch(/call stack/i);
    }
  });

  it('is refused in an answers file too, exit 2', () => {
    const file = join(copyKb().dir, 'answers.yaml');
    writeFileSync(file, blockMaps.replace('sources:', 'saddle-numbness:'));
    const r = runCli(['check', '--answers', file, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nested more than 64 levels deep/);
    expect(r.stderr).not.toMatch(/call stack/i);
  });

  it('leaves every built-in file inside a quarter of the limit', () => {
    const dir = join(ROOT, 'data');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(parseYamlFile(file, text).ok, file).toBe(true);
      expect(depthOf(text), file).toBeLessThanOrEqual(MAX_YAML_DEPTH / 4);
    }
  });
});

function depthOf(text: string): number {
  const deepest = (value: unknown): number =>
    value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(deepest)) : 0;
  return deepest(parseDocument(text).toJS());
}
