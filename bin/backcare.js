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

try {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv);
} catch (error) {
  // Only a broken installation gets here; main() reports everything else itself.
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`backcare: cannot start (${detail}); run "npm run build" or reinstall backcare\n`);
  process.exitCode = 1;
}
