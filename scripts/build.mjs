// Build: one self-contained CommonJS file per lazy boundary, then the knowledge base.
//
// Start-up time is the product's latency, and every extra module file costs
// about a millisecond to load. So instead of letting the bundler split shared
// code into many small chunks, each place the code loads lazily (a command, the
// YAML/zod loader, chalk, the prompt library) becomes its own bundle, and every
// dynamic import() between them is rewritten to point at that bundle's file.
// A command therefore loads at most two files: dist/cli.cjs and its own.
// All bundles are CommonJS; see COMMONJS below for why.
//
// src/runtime (errors, signals, the terminal, output errors, colour marks…) and
// the command specs (src/cli/registry.ts) are bundled once, into dist/cli.cjs,
// and every other bundle requires them from there: one copy of their classes
// and their state, so `instanceof` works across bundles. Inside cli.cjs rather
// than a runtime.cjs of its own, because cli.cjs is loaded by every run anyway
// and one file fewer is cheaper (see RUNTIME_OUTPUT).
//
// esbuild's metafile for all bundles goes to .build/metafile.json (outside
// dist/, so it is never shipped): tests/architecture/bundles.test.ts reads it.
//
// Then data/ is validated and compiled to dist/kb-data/*.json (exit 2 on errors),
// dist/review-index.json.gz is written (scripts/review-index.mjs), and man/backcare.1 is written from the command specs
// (src/cli/man-page.ts, scripts/man-page.mjs).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { writeManPage } from './man-page.mjs';
import { writeReviewIndex } from './review-index.mjs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BUILD_ID = `${pkg.version}-${Date.now().toString(36)}-${process.pid}`;

/** Packages that are only ever loaded lazily, each bundled once into dist/vendor/. */
const LAZY_PACKAGES = { chalk: 'vendor/chalk.cjs' };

const RUNTIME_DIR = join(SRC, 'runtime');
const ENTRY_OUTPUT = 'cli.cjs';
/** What bin/backcare.js requires first: the loader that runs every other bundle with a code cache. */
const LAUNCH_OUTPUT = 'launch.cjs';
/** The bundle holding src/runtime; 'runtime.cjs' would make it a file of its own (measured slower). */
const RUNTIME_OUTPUT = ENTRY_OUTPUT;

/** dist path (relative to dist/) of a source file or lazy package. */
function outputOf(srcFile) {
  return relative(SRC, srcFile).replace(/\.ts$/, '.cjs');
}

/** A relative require path from the bundle `outFile` to the bundle `target` (both relative to dist/). */
function requirePath(outFile, target) {
  const path = relative(dirname(outFile), target);
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * The command specs, one copy like the runtime: a bundle that reads them (completion) must not
 * carry specs of its own, whose lazy loaders would point at the commands inside the entry bundle.
 */
const SHARED_FILES = [join(SRC, 'cli', 'registry.ts')];

function isShared(srcFile) {
  return dirname(srcFile) === RUNTIME_DIR || SHARED_FILES.includes(srcFile);
}

/** Imports of src/runtime and the registry point at the one runtime bundle, except inside it. */
function sharedRuntime(outFile) {
  return {
    name: 'shared-runtime',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const srcFile = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        if (!isShared(srcFile) || !args.resolveDir.startsWith(SRC)) return undefined;
        if (outFile === RUNTIME_OUTPUT) return { path: srcFile };
        return { path: requirePath(outFile, RUNTIME_OUTPUT), external: true };
      });
    },
  };
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
        return { path: requirePath(outFile, target), external: true };
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
      args.importer.includes(`${join('node_modules', 'commander')}`)
        ? { path: 'child_process', namespace: 'stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get() { throw new Error('executable subcommands are not supported'); } });",
      loader: 'js',
    }));
  },
};

/**
 * @inquirer/prompts' index imports every prompt, and esbuild keeps the editor
 * prompt even though backcare never uses it (src/ui/prompt-library.ts names
 * the ones it does). The editor's external-editor brings iconv-lite's
 * encoding tables, about 540 kB of the bundle; this stub stands in for it.
 */
const stubExternalEditor = {
  name: 'stub-external-editor',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\/external-editor$/ }, () => ({
      path: 'external-editor',
      namespace: 'stub-editor',
    }));
    b.onLoad({ filter: /.*/, namespace: 'stub-editor' }, () => ({
      contents: "export function editAsync() { throw new Error('the editor prompt is not bundled'); }",
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // A CommonJS bundle has no import.meta.url: code that reads it must fail the build, not get undefined.
  logOverride: { 'empty-import-meta': 'error' },
};

/**
 * Every bundle in dist/ is CommonJS (.cjs), and import() between bundles
 * becomes require(). On Node 20 the ES module loader costs about 6% of a bare
 * start before any code runs, and a CLI pays it on every invocation; the
 * sources stay ES modules (esbuild converts them, and import.meta.dirname
 * becomes __dirname).
 */
const COMMONJS = {
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.dirname': '__dirname' },
};

/** The entry of the runtime bundle: the given source (if any) and everything src/runtime exports. */
function runtimeEntry(entry) {
  const files = readdirSync(RUNTIME_DIR)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const lines = [
    ...(entry ? [`export * from './${relative(SRC, entry)}';`] : []),
    ...files.map((f) => `export * from './runtime/${f}';`),
    ...SHARED_FILES.map((f) => `export * from './${relative(SRC, f)}';`),
  ];
  return { stdin: { contents: lines.join('\n'), resolveDir: SRC, sourcefile: 'runtime-entry.ts', loader: 'ts' } };
}

async function bundle(entry, outFile, discovered = new Set()) {
  const toRoot = relative(dirname(outFile), '.') || '.';
  const result = await build({
    ...common,
    format: COMMONJS.format,
    supported: COMMONJS.supported,
    ...(outFile === RUNTIME_OUTPUT ? runtimeEntry(entry) : { entryPoints: [entry] }),
    outfile: join(DIST, outFile),
    define: {
      __BACKCARE_VERSION__: JSON.stringify(pkg.version),
      // A new build validates a --kb folder again rather than trust an earlier build's cache.
      __BUILD_ID__: JSON.stringify(BUILD_ID),
      // The way up from the bundle's folder to the package (src/files/package-path.ts).
      __PACKAGE_ROOT__: JSON.stringify(`${toRoot}/../`),
      ...COMMONJS.define,
    },
    plugins: [
      sharedRuntime(outFile),
      lazyBoundaries(outFile, discovered),
      stubChildProcessForCommander,
      stubExternalEditor,
    ],
    write: false,
    metafile: true,
  });
  metafiles.push(result.metafile);
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
}

/** esbuild's account of every bundle: which inputs (and packages) each holds, and its size. */
const metafiles = [];
/** Kept out of the npm package (package.json "files"); read by tests/architecture/bundles.test.ts. */
const METAFILE = join(ROOT, '.build', 'metafile.json');

function writeMetafile() {
  const merged = { inputs: {}, outputs: {} };
  for (const m of metafiles) {
    Object.assign(merged.inputs, m.inputs);
    Object.assign(merged.outputs, m.outputs);
  }
  mkdirSync(dirname(METAFILE), { recursive: true });
  writeFileSync(METAFILE, `${JSON.stringify(merged)}\n`);
}

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
  ...(RUNTIME_OUTPUT === ENTRY_OUTPUT ? [] : [bundle(undefined, RUNTIME_OUTPUT)]),
  ...Object.entries(LAZY_PACKAGES).map(([name, outFile]) => bundle(name, outFile)),
  bundle(join(SRC, 'launch/launch.ts'), LAUNCH_OUTPUT),
  bundle(join(SRC, 'kb/compile.ts'), 'tools/compile-kb.cjs'),
  bundle(join(SRC, 'cli/man-page.ts'), 'tools/man-page.cjs'),
]);
writeMetafile();

const compiled = spawnSync(
  process.execPath,
  [join(DIST, 'tools/compile-kb.cjs'), process.env.BACKCARE_BUILD_DATA ?? 'data', join(DIST, 'kb-data')],
  {
    stdio: 'inherit',
    cwd: ROOT,
  },
);
process.exitCode = compiled.status ?? 1;
if (process.exitCode === 0) {
  // The tests behind each entry, for `backcare kb review` (the hazard log and tests are not shipped).
  writeReviewIndex(ROOT, join(DIST, 'kb-data'), join(DIST, 'review-index.json.gz'));
  writeManPage(join(DIST, 'tools/man-page.cjs'), join(ROOT, 'man', 'backcare.1'), pkg.version);
}
