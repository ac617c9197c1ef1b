// What each bundle in dist/ may contain, read from esbuild's metafile
// (.build/metafile.json, written by `npm run build`, which `npm test` runs
// first). Start-up is the product's latency: a package in the wrong bundle, or
// a bundle that grows, is paid on every run of the commands that load it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const METAFILE = join(ROOT, '.build', 'metafile.json');

interface Metafile {
  outputs: Record<string, { bytes: number; inputs: Record<string, { bytesInOutput: number }> }>;
}

function readMetafile(): Metafile {
  if (!existsSync(METAFILE)) throw new Error(`${METAFILE} is missing: run npm run build first`);
  return JSON.parse(readFileSync(METAFILE, 'utf8')) as Metafile;
}

/** Bundle (relative to dist/) → the npm packages and source folders it holds. */
function bundleContents(meta: Metafile): Map<string, { bytes: number; packages: Set<string>; sources: Set<string> }> {
  const bundles = new Map<string, { bytes: number; packages: Set<string>; sources: Set<string> }>();
  for (const [out, output] of Object.entries(meta.outputs)) {
    const packages = new Set<string>();
    const sources = new Set<string>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      if (pkg !== undefined) packages.add(pkg);
      else sources.add(input);
    }
    bundles.set(out.replace(/^dist\//, ''), { bytes: output.bytes, packages, sources });
  }
  return bundles;
}

const KB_LOADERS = ['kb/load.cjs', 'kb/yaml-file.cjs', 'tools/compile-kb.cjs'];

/** Packages that may appear only in the bundles listed; every other bundle must do without them. */
const PACKAGE_HOMES: Record<string, readonly string[]> = {
  zod: ['kb/load.cjs', 'tools/compile-kb.cjs'],
  yaml: KB_LOADERS,
  chalk: ['vendor/chalk.cjs'],
  // Off the start-up path: the everyday lines are read without it (src/cli/direct-parse.ts).
  commander: ['cli/run-program.cjs'],
};
const INQUIRER_HOME = 'ui/prompt-library.cjs';

/**
 * Bytes per bundle: today's size and about 10% headroom. Raise one only for
 * code that must load there, and say why in the commit.
 */
const SIZE_BUDGETS: Record<string, number> = {
  'cli.cjs': 44_000,
  'cli/home.cjs': 10_000,
  'cli/run-program.cjs': 60_000,
  'commands/check/run.cjs': 64_000,
  'commands/completion/run.cjs': 8_000,
  'commands/episode/run.cjs': 50_000,
  'commands/history/run.cjs': 24_000,
  'commands/ice-heat-timer/run.cjs': 41_000,
  'commands/kb/questionnaire.cjs': 5_000,
  'commands/kb/review.cjs': 36_000,
  'commands/kb/sign.cjs': 9_000,
  'commands/kb/validate.cjs': 7_000,
  'commands/learn/run.cjs': 12_000,
  'commands/log/run.cjs': 14_000,
  'commands/plan/run.cjs': 35_000,
  'commands/remedies/run.cjs': 13_000,
  'commands/report/run.cjs': 58_000,
  'commands/sources/run.cjs': 6_000,
  'commands/stretch/run.cjs': 30_000,
  'commands/warning-signs/run.cjs': 7_000,
  'core/check/fhir-check.cjs': 10_000,
  'core/remedies.cjs': 5_000,
  'kb/load.cjs': 682_000,
  'launch.cjs': 6_000,
  'kb/source.cjs': 6_000,
  'kb/validated-cache.cjs': 5_000,
  'kb/yaml-file.cjs': 130_000,
  'store/index.cjs': 6_000,
  'store/load.cjs': 13_000,
  'store/lock.cjs': 7_000,
  'tools/compile-kb.cjs': 678_000,
  'tools/man-page.cjs': 6_000,
  'ui/accessible-prompter.cjs': 7_000,
  'ui/countdown/ask-mode.cjs': 9_000,
  'ui/prompt-library.cjs': 74_000,
  'ui/prompter.cjs': 7_000,
  'ui/questionnaire.cjs': 18_000,
  'vendor/chalk.cjs': 9_000,
};

describe('the bundles in dist/', () => {
  const bundles = bundleContents(readMetafile());

  it.each(Object.entries(PACKAGE_HOMES))('%s is only in its own bundles', (pkg, homes) => {
    const holding = [...bundles].filter(([, b]) => b.packages.has(pkg)).map(([name]) => name);
    expect(holding.filter((name) => !homes.includes(name))).toEqual([]);
    expect(holding.length).toBeGreaterThan(0);
  });

  it('the prompt library (@inquirer/*) is only in its own bundle', () => {
    const holding = [...bundles]
      .filter(([, b]) => [...b.packages].some((p) => p.startsWith('@inquirer/')))
      .map(([name]) => name);
    expect(holding).toEqual([INQUIRER_HOME]);
  });

  it.each([
    ['the diary read path: history', 'commands/history/run.cjs'],
    ['the diary read path: report', 'commands/report/run.cjs'],
    ['the diary read path: the records reader', 'store/load.cjs'],
    ['--help and every command line (the entry bundle)', 'cli.cjs'],
    ['log', 'commands/log/run.cjs'],
    ['remedies', 'commands/remedies/run.cjs'],
    ['warning-signs', 'commands/warning-signs/run.cjs'],
    ['check with a JSON answers file', 'commands/check/run.cjs'],
  ])('%s holds neither zod nor yaml', (_what, name) => {
    const packages = bundles.get(name)?.packages;
    expect(packages, name).toBeDefined();
    expect([...(packages ?? [])].filter((p) => p === 'zod' || p === 'yaml')).toEqual([]);
  });

  it('src/runtime is in the entry bundle only, one copy that every other bundle requires', () => {
    const holding = [...bundles]
      .filter(([, b]) => [...b.sources].some((s) => s.startsWith('src/runtime/')))
      .map(([name]) => name);
    expect(holding).toEqual(['cli.cjs']);
  });

  it.each(Object.entries(SIZE_BUDGETS))('%s is within its size budget', (name, budget) => {
    const bytes = bundles.get(name)?.bytes;
    expect(bytes, `${name} was not built`).toBeDefined();
    expect(bytes).toBeLessThanOrEqual(budget);
  });

  // V8 keeps a text in two bytes a character as soon as one character is past
  // Latin-1 (a single "\u2212" in a regular expression once doubled the check
  // bundle), and the scanner is slower on it. Start-up reads every one of these.
  it('every bundle and every compiled knowledge-base file is plain ASCII', () => {
    const files = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(cjs|json)$/.test(f),
    );
    const wide = files.filter((f) => /[^\x00-\x7f]/.test(readFileSync(join(ROOT, 'dist', f), 'latin1')));
    expect(files.length).toBeGreaterThan(40);
    expect(wide).toEqual([]);
  });

  it('every bundle has a size budget', () => {
    expect([...bundles.keys()].filter((name) => SIZE_BUDGETS[name] === undefined)).toEqual([]);
  });

  it('the metafile is not shipped: it is outside dist/, and the package ships only what "files" names', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files.filter((f) => f.includes('.build'))).toEqual([]);
    expect(METAFILE.startsWith(join(ROOT, 'dist'))).toBe(false);
  });
});
