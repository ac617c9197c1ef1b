#!/usr/bin/env node
// Launcher. CommonJS on purpose, like the bundles in dist/ (see
// bin/package.json and scripts/build.mjs): on Node 20 the ES module loader
// alone costs about 6% of start-up, and start-up is the product's latency.
// The sources are ES modules.
'use strict';

// The V8 compile cache, where Node has it (22.1 and later). node:module is not
// even loaded before that: on Node 20 loading it costs start-up for nothing.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 1)) {
  try {
    require('node:module').enableCompileCache();
  } catch {
    // A read-only cache directory only costs speed.
  }
}

function cannotStart(error) {
  // Only a broken installation gets here; main() reports everything else itself.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`backcare: cannot start (${detail}); run "npm run build" or reinstall backcare\n`);
  process.exitCode = 1;
}

let cli;
try {
  cli = require('../dist/cli.cjs');
} catch (error) {
  cannotStart(error);
}
if (cli) {
  cli.main(process.argv).then((code) => {
    process.exitCode = code;
  }, cannotStart);
}
