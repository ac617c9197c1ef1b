// Which files of dist/ a run of the built binary opens: the bundles (the
// bundle loader, src/launch/bundle-loader.ts, opens each bundle's file once
// and keeps it out of Node's require.cache) and the compiled knowledge-base
// files. A preload notes every path fs.openSync is given.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './run-cli.js';

/** A --require preload that prints `OPENED ["/abs/path", …]` on stderr at exit. */
export const LIST_OPENED_PRELOAD = join(mkdtempSync(join(tmpdir(), 'backcare-opened-')), 'list-opened.cjs');
writeFileSync(
  LIST_OPENED_PRELOAD,
  [
    "const fs = require('node:fs');",
    'const opened = new Set();',
    'const openSync = fs.openSync;',
    'fs.openSync = (path, ...rest) => {',
    "  opened.add(require('node:path').resolve(String(path instanceof URL ? path.pathname : path)));",
    '  return openSync(path, ...rest);',
    '};',
    "process.on('exit', () => process.stderr.write('\\nOPENED ' + JSON.stringify([...opened]) + '\\n'));",
  ].join('\n'),
);

/** The files under dist/ named in a run's stderr (run with LIST_OPENED_PRELOAD), relative to dist/, sorted. */
function openedInDist(stderr: string): string[] {
  const files = JSON.parse(/OPENED (.*)/.exec(stderr)?.[1] ?? '[]') as string[];
  const dist = join(ROOT, 'dist');
  return files
    .filter((f) => f.startsWith(`${dist}/`))
    .map((f) => relative(dist, f))
    .sort();
}

/** The bundles a run loaded ("cli.cjs", "commands/check/run.cjs"). */
export function bundlesLoaded(stderr: string): string[] {
  return openedInDist(stderr).filter((f) => f.endsWith('.cjs'));
}

/** The compiled knowledge-base files a run read ("questions", "views/remedyNames"). */
export function kbFilesRead(stderr: string): string[] {
  return openedInDist(stderr).flatMap((f) => /^kb-data\/(.*)\.json$/.exec(f)?.[1] ?? []);
}
