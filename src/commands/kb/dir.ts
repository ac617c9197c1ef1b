// Which knowledge-base directory a `kb` subcommand works on: the one given,
// else --kb / BACKCARE_KB, else the bundled data/ folder.
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../../kb/types.js';
import type { GlobalOptions } from '../../cli/context.js';

declare const __PACKAGE_ROOT__: string;

export interface KbDir {
  dir: string;
  shown: string;
}

export function kbDirOf(args: readonly string[], globals: GlobalOptions): KbDir {
  const given = args[0] ?? (globals.kb || undefined);
  if (given !== undefined) return { dir: given, shown: given };
  return { dir: fileURLToPath(new URL(`${__PACKAGE_ROOT__}data`, import.meta.url)), shown: 'data' };
}

/** Loaded lazily so each command shares dist/kb/load.cjs (zod and the schema) instead of carrying a copy. */
export async function loadKbDir(where: KbDir): Promise<KnowledgeBase> {
  const { loadKnowledgeBase } = await import('../../kb/load.js');
  return loadKnowledgeBase(where.dir, where.shown);
}
