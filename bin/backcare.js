#!/usr/bin/env node
// Launcher: turn on the V8 compile cache where Node has it (22.1+), then run the built CLI.
import module from 'node:module';

if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // A read-only cache directory only costs speed.
  }
}

process.stdout.on('error', (error) => {
  // `backcare remedies | head` closes the pipe early; that is not a failure.
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv);
