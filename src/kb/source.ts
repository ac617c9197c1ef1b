// Where a command's knowledge base comes from: the base compiled into
// dist/kb-data/ at build time (validated then, so no YAML or zod at run time),
// or a directory given with --kb / BACKCARE_KB (parsed and validated now).
import { resolve } from 'node:path';
import type { KbPart, KnowledgeBase } from './types.js';
import { KB_PARTS } from '../core/vocabulary.js';
import { COMPILED_VIEWS, type CompiledViews, type KbViewName } from '../core/kb-views.js';
import { ledgerWarning, reviewCounts } from '../core/review/review-line.js';
import { packagePath } from '../files/package-path.js';
import { readRegularFile } from '../files/regular-file.js';
import { InstallationError } from '../runtime/errors.js';
import type { Terminal } from '../runtime/term.js';

/** Where a --kb folder's review warning is written, and the environment that names the validation cache. */
export type KbTerminal = Pick<Terminal, 'stderr' | 'env'>;

export async function openKnowledgeBase(kbDir: string | undefined, term: KbTerminal): Promise<KnowledgeBase> {
  if (kbDir !== undefined && kbDir !== '') {
    const kb = await loadValidatedDir(resolve(kbDir), kbDir, term.env);
    const review = ledgerWarning(kb.review.state);
    if (review !== undefined) term.stderr.write(`backcare: warning: ${kbDir}: ${review}\n`);
    return kb;
  }
  return readCompiledKnowledgeBase();
}

/**
 * A knowledge-base folder, validated in full unless this build already validated it unchanged
 * (see validated-cache.ts); problems are thrown as a KnowledgeBaseError naming it as `shown`.
 */
export async function loadValidatedDir(dir: string, shown: string, env: NodeJS.ProcessEnv): Promise<KnowledgeBase> {
  // Loaded only here: it needs node:crypto, which the built-in base never does.
  const { readValidated, validatedCacheKey, writeValidated } = await import('./validated-cache.js');
  const cache = validatedCacheKey(dir, env);
  const cached = cache && readValidated(cache);
  if (cached !== undefined) return cached;
  const { loadKnowledgeBase } = await import('./load.js');
  const kb = loadKnowledgeBase(dir, shown);
  // Cached only if the folder did not change while it was read.
  if (cache && validatedCacheKey(dir, env)?.key === cache.key) writeValidated(cache, kb);
  return kb;
}

/**
 * The compiled base is one JSON file per part (dist/kb-data/remedies.json, …),
 * each read on first use: a command pays only for the parts it touches, and
 * parsing less JSON also means less garbage to collect at start-up.
 */
function readCompiledKnowledgeBase(): KnowledgeBase {
  const kb = {} as KnowledgeBase & CompiledViews;
  // Not enumerable: the views are not parts, and nothing that lists the parts should see them.
  Object.defineProperty(kb, COMPILED_VIEWS, { value: (name: KbViewName) => readCompiled(viewFile(name)) });
  for (const part of KB_PARTS) {
    Object.defineProperty(kb, part, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value: unknown = readCompiled(partFile(part));
        Object.defineProperty(kb, part, { value, enumerable: true });
        return value;
      },
    });
  }
  return kb;
}

/** Each compiled part is a few hundred KiB at most; the bound only stops a device or a pipe put in its place. */
const MAX_PART_BYTES = 16 * 1024 * 1024;

const partFile = (part: KbPart): string => `dist/kb-data/${part}.json`;
const viewFile = (name: KbViewName): string => `dist/kb-data/views/${name}.json`;

function readCompiled(file: string): unknown {
  const read = readRegularFile(packagePath(file), MAX_PART_BYTES);
  if (!read.ok) {
    const why = read.code === 'ENOENT' ? 'is missing' : `cannot be read (${read.reason})`;
    throw new InstallationError(
      `the built-in knowledge base (${file}) ${why}; run "npm run build" or reinstall backcare`,
    );
  }
  try {
    return JSON.parse(read.text);
  } catch {
    throw new InstallationError(
      `the built-in knowledge base (${file}) is damaged; run "npm run build" or reinstall backcare`,
    );
  }
}

/** The second line of --version: the built-in knowledge base's clinical sign-off, from its compiled state. */
export function versionReviewLine(): string {
  try {
    const review = readCompiled(partFile('review')) as KnowledgeBase['review'];
    const c = reviewCounts(review);
    const status =
      c.signed === c.entries && c.entries > 0 ? 'every entry signed by a clinician' : 'not yet reviewed by a clinician';
    return (
      `knowledge base: ${status} ` +
      `(${c.signed} of ${c.entries} entries signed, ${c.changed} changed since signed, ${c.rejected} rejected)`
    );
  } catch (error) {
    return `knowledge base: ${(error as Error).message}`;
  }
}
