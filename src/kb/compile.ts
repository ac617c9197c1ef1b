// Build step: validate data/ and write each part as dist/kb-data/<part>.json for fast start-up, and each
// view (core/kb-views.ts) as dist/kb-data/views/<view>.json.
// Exits 2 with every located problem when the base is broken.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from './load.js';
import { KnowledgeBaseError } from './located-problem.js';
import { ledgerWarning } from '../core/review/review-line.js';
import { KB_VIEWS } from '../core/kb-views.js';

/**
 * JSON with every character past ASCII written as a \u escape. V8 holds a
 * text with even one character past Latin-1 in two bytes a character, so escaping
 * halves what reading a part allocates, and start-up pays for allocation.
 */
function asciiJson(value: unknown): string {
  const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, escaped);
}

const [dataDir = 'data', outDir = 'dist/kb-data'] = process.argv.slice(2);
try {
  const kb = loadKnowledgeBase(dataDir);
  const review = ledgerWarning(kb.review.state);
  if (review !== undefined) process.stderr.write(`backcare: warning: ${review}\n`);
  mkdirSync(outDir, { recursive: true });
  for (const [part, value] of Object.entries(kb)) writeFileSync(join(outDir, `${part}.json`), asciiJson(value));
  mkdirSync(join(outDir, 'views'), { recursive: true });
  for (const [name, view] of Object.entries(KB_VIEWS))
    writeFileSync(join(outDir, 'views', `${name}.json`), asciiJson(view(kb)));
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  process.stderr.write(`${error.message}\n${error.total} problem(s) in the knowledge base; nothing was built.\n`);
  process.exitCode = 2;
}
