// Which bundles of dist/ a run of the built binary loads. The bundle loader
// (src/launch/bundle-loader.ts) opens each bundle's file once and keeps it out
// of Node's require.cache, so a preload notes every dist/*.cjs file opened.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './run-cli.js';

/** A --require preload that prints `LOADED ["cli.cjs", …]` (paths relative to dist/) on stderr at exit. */
export const LIST_LOADED_PRELOAD = join(mkdtempSync(join(tmpdir(), 'backcare-loaded-')), 'list-loaded.cjs');
writeFileSync(
  LIST_LOADED_PRELOAD,
  [
    "const fs = require('node:fs');",
    'const opened = new Set();',
    'const openSync = fs.openSync;',
    'fs.openSync = (path, ...rest) => {',
    "  if (/\\.cjs$/.test(String(path))) opened.add(require('node:path').resolve(String(path)));",
    '  return openSync(path, ...rest);',
    '};',
    "process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify([...opened]) + '\\n'));",
  ].join('\n'),
);

/** The dist/ bundles named in a run's stderr (run with LIST_LOADED_PRELOAD), relative to dist/, sorted. */
export function bundlesLoaded(stderr: string): string[] {
  const files = JSON.parse(/LOADED (.*)/.exec(stderr)?.[1] ?? '[]') as string[];
  const dist = join(ROOT, 'dist');
  return files
    .filter((f) => f.startsWith(dist))
    .map((f) => relative(dist, f))
    .sort();
}
