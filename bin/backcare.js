#!/usr/bin/env node
// Launcher. CommonJS on purpose, like the bundles in dist/ (see
// bin/package.json and scripts/build.mjs): on Node 20 the ES module loader
// alone costs about 6% of start-up, and start-up is the product's latency.
// The sources are ES modules. dist/launch.cjs loads every other bundle with a
// V8 code cache (src/launch/bundle-loader.ts), and ends the process as soon as
// the command is done if nothing is left to finish (src/launch/quick-exit.ts).
'use strict';

function cannotStart(error) {
  // Only a broken installation gets here; main() reports everything else itself.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`backcare: cannot start (${detail}); run "npm run build" or reinstall backcare\n`);
  process.exitCode = 1;
}

let launch;
let bundles;
let cli;
try {
  launch = require('../dist/launch.cjs');
  bundles = launch.createBundleLoader({ distDir: `${__dirname}/../dist`, env: process.env, nodeRequire: require });
  cli = bundles.load('cli.cjs');
} catch (error) {
  cannotStart(error);
}
if (cli) {
  cli.main(process.argv).then((code) => {
    process.exitCode = code;
    bundles.saveCodeCache();
    launch.exitWhenIdle(process, cli.outputStreamsMade);
  }, cannotStart);
}
