// Build: bundle src/ into dist/ (one entry, lazy chunks per command), then
// validate data/ and compile it to dist/kb.json. Fails with located errors.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
  // Some bundled CommonJS dependencies call require(); give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: '[name]-[hash]',
  minifySyntax: true,
  define: { __BACKCARE_VERSION__: JSON.stringify(pkg.version) },
});
await build({ ...common, entryPoints: ['src/kb/compile.ts'], outfile: 'dist/tools/compile-kb.js' });

const compiled = spawnSync(process.execPath, ['dist/tools/compile-kb.js', process.env.BACKCARE_BUILD_DATA ?? 'data', 'dist/kb.json'], { stdio: 'inherit' });
process.exitCode = compiled.status ?? 1;
