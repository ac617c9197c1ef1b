#!/usr/bin/env node
// Launcher. CommonJS on purpose, like the bundles in dist/ (see
// bin/package.json and scripts/build.mjs): on Node 20 the ES module loader
// alone costs about 6% of start-up, and start-up is the product's latency.
// The sources are ES modules. dist/boot.cjs loads dist/cli.cjs with V8's code
// cache (src/boot/load-bundles.ts).
'use strict';

const { join } = require('node:path');

function cannotStart(error) {
  // Only a broken installation gets here; main() reports everything else itself.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`backcare: cannot start (${detail}); run "npm run build" or reinstall backcare\n`);
  process.exitCode = 1;
}

let cli;
try {
  const { loadEntry } = require('../dist/boot.cjs');
  cli = loadEntry(join(__dirname, '..', 'dist', 'cli.cjs'), process.argv, process.env);
} catch (error) {
  cannotStart(error);
}
if (cli) {
  cli.main(process.argv).then((code) => {
    process.exitCode = code;
  }, cannotStart);
}
