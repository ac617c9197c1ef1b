// Build: one self-contained ESM file per lazy boundary, then the knowledge base.
//
// Start-up time is the product's latency, and every extra module file costs
// about a millisecond to load. So instead of letting the bundler split shared
// code into many small chunks, each place the code loads lazily (a command, the
// YAML/zod loader, chalk, the prompt library) becomes its own bundle, and every
// dynamic import() between them is rewritten to point at that bundle's file.
// A command therefore loads at most two files: dist/cli.cjs and its own.
//
// Finally data/ is validated and compiled to dist/kb-data/*.json (exit 2 on errors).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Packages that are only ever loaded lazily, each bundled once into dist/vendor/. */
const LAZY_PACKAGES = { chalk: 'vendor/chalk.js', '@inquirer/prompts': 'vendor/inquirer.js' };


/** dist path (relative to dist/) of a source file or lazy package. */
function outputOf(srcFile) {
  return relative(SRC, srcFile).replace(/\.ts$/, '.js');
}

function lazyBoundaries(outFile, discovered) {
  return {
    name: 'lazy-boundaries',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        let target = LAZY_PACKAGES[args.path];
        if (target === undefined && args.path.startsWith('.')) {
          const srcFile = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
          target = outputOf(srcFile);
          discovered.add(relative(SRC, srcFile));
        }
        if (target === undefined) return undefined;
        let path = relative(dirname(outFile), target);
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
}

/**
 * commander loads node:child_process for stand-alone executable subcommands,
 * which backcare does not use; loading it costs about 4% of start-up.
 */
const stubChildProcessForCommander = {
  name: 'stub-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'commander')}`) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "module.exports = new Proxy({}, { get() { throw new Error('executable subcommands are not supported'); } });",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Bundled CommonJS code (commander) calls require() for Node built-ins, which
 * an ES module lacks. The shim costs about 1 ms per file, so only bundles that
 * need it get it: esbuild's stand-in for require throws "Dynamic require of …".
 */
const REQUIRE_SHIM = { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" };
const needsRequire = (code) => code.includes('Dynamic require of');

/**
 * The entry bundle (dist/cli.cjs, loaded by bin/backcare.js) is CommonJS: on
 * Node 20 the ES module loader costs about 6% of a bare start before any code
 * runs, and the commands people run most (help, remedies, warning-signs, log)
 * live entirely in this bundle. The sources stay ES modules, and every lazy
 * bundle is still ESM, reached with import(), which CommonJS can call.
 */
const COMMONJS_ENTRY = {
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl=require('node:url').pathToFileURL(__filename).href;" },
};

async function bundle(entry, outFile, discovered = new Set()) {
  const toRoot = relative(dirname(outFile), '.') || '.';
  const commonjs = outFile === ENTRY_OUTPUT;
  const options = {
    ...common,
    ...(commonjs ? { format: COMMONJS_ENTRY.format, banner: COMMONJS_ENTRY.banner } : {}),
    entryPoints: [entry],
    outfile: join(DIST, outFile),
    define: {
      __BACKCARE_VERSION__: JSON.stringify(pkg.version),
      // Lets bundled code find dist/kb-data/ and data/ wherever its own file ends up.
      __PACKAGE_ROOT__: JSON.stringify(`${toRoot}/../`),
      ...(commonjs ? COMMONJS_ENTRY.define : {}),
    },
    plugins: [lazyBoundaries(outFile, discovered), stubChildProcessForCommander],
    write: false,
  };
  let result = await build(options);
  if (!commonjs && needsRequire(result.outputFiles[0].text)) result = await build({ ...options, banner: REQUIRE_SHIM });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
}

const ENTRY_OUTPUT = 'cli.cjs';

/** Bundles src/cli.ts and, transitively, every source file some bundle imports lazily. */
async function bundleSources() {
  const done = new Set();
  let pending = ['cli.ts'];
  while (pending.length > 0) {
    const discovered = new Set();
    const outFile = (entry) => (entry === 'cli.ts' ? ENTRY_OUTPUT : outputOf(join(SRC, entry)));
    await Promise.all(pending.map((entry) => bundle(join(SRC, entry), outFile(entry), discovered)));
    pending.forEach((entry) => done.add(entry));
    pending = [...discovered].filter((entry) => !done.has(entry));
  }
}

rmSync(DIST, { recursive: true, force: true });
await Promise.all([
  bundleSources(),
  ...Object.entries(LAZY_PACKAGES).map(([name, outFile]) => bundle(name, outFile)),
  bundle(join(SRC, 'kb/compile.ts'), 'tools/compile-kb.js'),
]);

const compiled = spawnSync(process.execPath, [join(DIST, 'tools/compile-kb.js'), process.env.BACKCARE_BUILD_DATA ?? 'data', join(DIST, 'kb-data')], {
  stdio: 'inherit',
  cwd: ROOT,
});
process.exitCode = compiled.status ?? 1;
