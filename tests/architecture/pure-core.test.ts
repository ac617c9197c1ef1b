// The core is pure: at run time it loads only other core modules (and hashing
// from node:crypto), never an adapter (kb, ui, commands, store, files,
// runtime) nor an npm package. Types may come from anywhere: they vanish when
// compiled. Under verbatimModuleSyntax `import { type X }` still loads the
// module, so only `import type` counts as type-only.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const CORE = join(SRC, 'core');
const PURE_BUILTINS = new Set(['node:crypto']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file loads when it runs: static imports and re-exports that are not type-only, and import() calls. */
function runtimeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      found.push(first && ts.isStringLiteral(first) ? first.text : '<computed>');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Why a core file may not load this module, or undefined when it may. */
function forbidden(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    return target.startsWith(CORE + '/') ? undefined : `${relative(SRC, target)} is outside src/core`;
  }
  if (PURE_BUILTINS.has(specifier)) return undefined;
  return specifier.startsWith('node:') ? 'a Node built-in with I/O' : 'an npm package';
}

describe('the pure core', () => {
  it('loads nothing at run time from the adapters or npm packages', () => {
    const offending = sourceFiles(CORE).flatMap((file) =>
      runtimeImports(file).flatMap((specifier) => {
        const why = forbidden(file, specifier);
        return why ? [`${relative(SRC, file)} imports ${specifier}: ${why}`] : [];
      }),
    );
    expect(offending).toEqual([]);
  });

  it('tells a type-only import from one that loads the module', () => {
    const file = join(CORE, 'example.ts');
    const text = [
      "import type { A } from '../kb/types.js';",
      "import { type B } from '../kb/load.js';",
      "export type { C } from '../ui/wrap.js';",
      "export { D } from 'zod';",
      "const e = await import('../store/load.js');",
      "import { f } from './vocabulary.js';",
    ].join('\n');
    const loaded = runtimeImports(file, text);
    expect(loaded).toEqual(['../kb/load.js', 'zod', '../store/load.js', './vocabulary.js']);
    expect(loaded.map((s) => forbidden(file, s))).toEqual([
      'kb/load.js is outside src/core',
      'an npm package',
      'store/load.js is outside src/core',
      undefined,
    ]);
  });
});
