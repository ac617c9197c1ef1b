import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations
import { unusedExports } from '../../scripts/unused-exports.mjs';

const root = mkdtempSync(join(tmpdir(), 'backcare-unused-exports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

write({
  'src/lib.ts': [
    'export const named = 1;',
    'export const viaNamespace = 2;',
    'export const neverImported = 3;',
    'export interface Shape { size: number }',
    'export type Lonely = string;',
    'export function area(shape: Shape): number { return shape.size; }',
  ].join('\n'),
  'src/lazy.ts':
    'export const taken = 1;\nexport const viaThen = 2;\nexport const inAll = 3;\nexport const left = 4;\n',
  'src/again.ts': "export { named as renamed } from './lib.js';\n",
  'src/main.ts': [
    "import { area } from './lib.js';",
    "import * as lib from './lib.js';",
    "import { renamed } from './again.js';",
    'export async function main() {',
    "  const { taken } = await import('./lazy.js');",
    "  const later = await import('./lazy.js').then((m) => m.viaThen);",
    "  const [{ inAll }] = await Promise.all([import('./lazy.js')]);",
    '  return [area({ size: 1 }), lib.viaNamespace, renamed, taken, later, inAll];',
    '}',
  ].join('\n'),
  'tests/main.test.ts': "import { main } from '../src/main.js';\nexport const inATest = main;\n",
  'scripts/tool.mjs': 'export function helper() {}\nhelper();\n',
});

describe('the unused-export check', () => {
  it('lists each export no other file imports, following namespaces, re-exports and import()', () => {
    const found = unusedExports(root).map(({ path, name }: { path: string; name: string }) => `${path}: ${name}`);
    expect(found.sort()).toEqual(
      ['scripts/tool.mjs: helper', 'src/lazy.ts: left', 'src/lib.ts: Lonely', 'src/lib.ts: neverImported'].sort(),
    );
  });
});
