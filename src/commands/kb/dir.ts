// Which knowledge-base directory a `kb` subcommand works on: the one given,
// else --kb / BACKCARE_KB, else the bundled data/ folder.
import { resolve } from 'node:path';
import { packagePath } from '../../files/package-path.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { GlobalOptions } from '../../cli/context.js';

export interface KbDir {
  dir: string;
  shown: string;
}

export function kbDirOf(args: readonly string[], globals: GlobalOptions): KbDir {
  const given = args[0] ?? (globals.kb || undefined);
  if (given !== undefined) return { dir: given, shown: given };
  return { dir: packagePath('data'), shown: 'data' };
}

/** Through the validation cache: an unchanged folder this build validated before is not validated again. */
export async function loadKbDir(where: KbDir, env: NodeJS.ProcessEnv): Promise<KnowledgeBase> {
  const { loadValidatedDir } = await import('../../kb/source.js');
  return loadValidatedDir(resolve(where.dir), where.shown, env);
}
