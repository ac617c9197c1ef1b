// Writes man/backcare.1 with the renderer the build bundles from
// src/cli/man-page.ts: the page comes from the same command specs and option
// tables as --help, so the two never disagree.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Loads the bundled renderer (dist/tools/man-page.cjs) and writes the page. */
export function writeManPage(rendererBundle, target, version) {
  const { manPage } = createRequire(import.meta.url)(rendererBundle);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, manPage(version));
}
