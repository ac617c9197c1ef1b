// Reading a diary file: every line is checked on its own. A line that is not
// JSON, not a record, or from a newer backcare is reported with its file and
// line number and skipped; the file itself is never changed by reading.
import { readFileSync } from 'node:fs';
import { storeError } from './write.js';
import { STORE_SCHEMA_VERSION } from './version.js';

export interface LineProblem {
  file: string;
  line: number;
  message: string;
}

export interface ReadResult<T> {
  records: T[];
  problems: LineProblem[];
}

interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Reads every valid record of `file`; a missing file is an empty diary. */
export function readRecords<T>(file: string, schema: Validator<T>, knownTypes: readonly string[]): ReadResult<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], problems: [] };
    throw storeError('cannot read', file, error, false);
  }
  return parseRecords(file, text, schema, knownTypes);
}

export function parseRecords<T>(file: string, text: string, schema: Validator<T>, knownTypes: readonly string[]): ReadResult<T> {
  const records: T[] = [];
  const problems: LineProblem[] = [];
  const lines = text.split('\n');
  const endsWithNewline = text.endsWith('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const isLast = i === lines.length - 1 && !endsWithNewline;
    const problem = (message: string): void => {
      problems.push({ file, line: i + 1, message });
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problem(isLast ? 'the last line is cut short (an interrupted write?)' : 'not valid JSON');
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problem('not a backcare record (expected a JSON object)');
      continue;
    }
    const { schemaVersion, type } = value as { schemaVersion?: unknown; type?: unknown };
    if (typeof schemaVersion === 'number' && schemaVersion > STORE_SCHEMA_VERSION) {
      problem(`written by a newer backcare (record version ${schemaVersion}); update backcare to read it`);
      continue;
    }
    if (typeof type !== 'string' || !knownTypes.includes(type)) {
      problem(typeof type === 'string' ? `unknown record type "${type}"` : 'not a backcare record (no "type")');
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      problem(`a ${type} record with a bad field (${where}${issue?.message ?? 'invalid'})`);
      continue;
    }
    records.push(parsed.data);
  }
  return { records, problems };
}

/** Warnings for stderr, one line each; a long list is cut short with a count. */
export function problemLines(problems: readonly LineProblem[], max = 5): string[] {
  const lines = problems.slice(0, max).map((p) => `warning: ${p.file}:${p.line}: ${p.message}; skipped (the line is left as it is)`);
  if (problems.length > max) lines.push(`warning: ${problems.length - max} more line${problems.length - max === 1 ? '' : 's'} skipped`);
  return lines;
}
