// Build step: validate data/ and write it as dist/kb.json for fast start-up.
// Exits 2 with every located problem when the base is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadKnowledgeBase } from './load.js';
import { KnowledgeBaseError } from './located-problem.js';

const [dataDir = 'data', outFile = 'dist/kb.json'] = process.argv.slice(2);
try {
  const kb = loadKnowledgeBase(dataDir);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(kb));
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  process.stderr.write(`${error.message}\n${error.problems.length} problem(s) in the knowledge base; nothing was built.\n`);
  process.exitCode = 2;
}
