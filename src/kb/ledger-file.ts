// Appending signatures to review.yaml: the new ones are added as text at the
// end of the list, so every earlier signature (and every comment) stays
// byte for byte as it was; the result is parsed again and compared before it
// replaces the file, in one rename.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { isDeepStrictEqual } from 'node:util';
import { ReviewFile } from './review-schema.js';
import type { Signature } from './types.js';
import { UsageError } from '../runtime/errors.js';
import { writeWhole } from '../files/output-file.js';
import { MAX_LEDGER_TOKENS, parseYamlFile } from './yaml-file.js';

const LEDGER_FILE = 'review.yaml';

const NEW_LEDGER =
  '# The clinical sign-off ledger, written by `backcare kb sign` (appended to, never rewritten).\nsignatures: []\n';

export function appendToLedger(dir: string, before: readonly Signature[], added: readonly Signature[]): string {
  const path = join(dir, LEDGER_FILE);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : NEW_LEDGER;
  const next = appendedText(text, added);
  const parsed = parseYamlFile(path, next, MAX_LEDGER_TOKENS);
  const checked = parsed.ok ? ReviewFile.safeParse(parsed.value) : undefined;
  if (!checked?.success || !isDeepStrictEqual(checked.data.signatures, [...before, ...added])) {
    throw new UsageError(
      `${path}: the signatures must be the last thing in the file, as "signatures:" and a list, for kb sign ` +
        `to add to them; nothing was written`,
    );
  }
  writeWhole(path, [next], true);
  return path;
}

function appendedText(text: string, added: readonly Signature[]): string {
  const items = stringify(added, { lineWidth: 0 })
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
  const opened = text.replace(/^signatures:[ \t]*\[\][ \t]*$/m, 'signatures:');
  return `${opened}${opened.endsWith('\n') ? '' : '\n'}${items}`;
}
