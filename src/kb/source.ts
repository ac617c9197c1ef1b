// Where a command's knowledge base comes from: the base compiled into
// dist/kb.json at build time (validated then, so no YAML or zod at run time),
// or a directory given with --kb / BACKCARE_KB (parsed and validated now).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KnowledgeBase } from '../core/kb/types.js';

declare const __PACKAGE_ROOT__: string;

export async function openKnowledgeBase(kbDir: string | undefined): Promise<KnowledgeBase> {
  if (kbDir !== undefined && kbDir !== '') {
    const { loadKnowledgeBase } = await import('./load.js');
    return loadKnowledgeBase(resolve(kbDir), kbDir);
  }
  return readCompiledKnowledgeBase();
}

export class InstallationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallationError';
  }
}

function readCompiledKnowledgeBase(): KnowledgeBase {
  const url = new URL(`${__PACKAGE_ROOT__}dist/kb.json`, import.meta.url);
  let text: string;
  try {
    text = readFileSync(url, 'utf8');
  } catch {
    throw new InstallationError('the built-in knowledge base (dist/kb.json) is missing; run "npm run build" or reinstall backcare');
  }
  try {
    return JSON.parse(text) as KnowledgeBase;
  } catch {
    throw new InstallationError('the built-in knowledge base (dist/kb.json) is damaged; run "npm run build" or reinstall backcare');
  }
}
