// Which knowledge-base directory a `kb` subcommand works on: the one given,
// else --kb / BACKCARE_KB, else the bundled data/ folder.
import { resolve } from 'node:path';
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

/** Through the validation cache: an unchanged folder this build validated before is not validated again. */
export async function loadKbDir(where: KbDir, env: NodeJS.ProcessEnv): Promise<KnowledgeBase> {
  const { loadValidatedDir } = await import('../../kb/source.js');
  return loadValidatedDir(resolve(where.dir), where.shown, env);
}
