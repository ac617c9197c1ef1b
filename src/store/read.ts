// Reading a diary file: every line is checked on its own. A line that is not
// JSON, not a record, or from a newer backcare is reported with its file and
// line number and skipped; the file itself is never changed by reading.
//
// Cost follows the window. Records are appended, so `recordedAt` grows along
// the file, and a record's `at` is never later than its `recordedAt` (future
// times are refused when writing). A reader that needs records dated from
// `since` on therefore reads the file backwards and stops at the first chunk
// whose records were all written before `since` (less a day's slack for
// clocks and concurrent writers): nothing earlier in the file can be dated
// inside the window, however far it was backdated with --at.
import { closeSync, readSync } from 'node:fs';
import { openRegularFile } from '../files/regular-file.js';
import { StoreError } from '../runtime/errors.js';
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
  safeParse(
    value: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface ReadWindow {
  /** Only records dated (`at`) at or after this are wanted. */
  since: Date;
}

/** Clocks corrected by NTP and writers racing each other can put `recordedAt` slightly out of order. */
const RECORDED_AT_SLACK_MS = 24 * 3_600_000;
export const CHUNK_BYTES = 256 * 1024;
/** No record comes near this (a note is at most 2,000 characters); a longer line is damage. */
export const MAX_LINE_BYTES = 256 * 1024;

interface RawLine {
  bytes: Buffer;
  /** Byte offset of the line's start in the file. */
  offset: number;
  last: boolean;
}

/**
 * Reads the valid records of `file` (those dated in `window`, when given); a
 * missing file is an empty diary. With `visit`, each record goes to it as it
 * is read (in no particular order) instead of into `records`.
 */
export function readRecords<T>(
  file: string,
  schema: Validator<T>,
  knownTypes: readonly string[],
  window?: ReadWindow,
  visit?: (record: T) => void,
): ReadResult<T> {
  const opened = openRegularFile(file, { noFollow: true });
  if (!opened.ok) {
    if (opened.code === 'ENOENT') return { records: [], problems: [] };
    const fix =
      opened.code === 'ELOOP'
        ? '; put the real file there (or set BACKCARE_HOME to the folder it is in)'
        : '; move it away, or set BACKCARE_HOME to another folder';
    throw new StoreError(`cannot read ${file}: ${opened.reason}${fix}`);
  }
  try {
    const { size } = opened.stats;
    const records: T[] = [];
    const problems: { offset: number; message: string }[] = [];
    const keep = lineChecker(schema, knownTypes, window?.since, visit ?? ((record) => records.push(record)), problems);
    if (window === undefined) forEachLineForward(opened.fd, size, keep);
    else forEachChunkBackward(opened.fd, size, keep, window.since.getTime() - RECORDED_AT_SLACK_MS);
    if (window !== undefined) records.reverse();
    return { records, problems: locateProblems(opened.fd, file, problems) };
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'read error'}); check the disk, or set ` +
        `BACKCARE_HOME to another folder`,
    );
  } finally {
    closeSync(opened.fd);
  }
}

/** Checks one line; returns its `recordedAt` in ms when it has a valid one (for the backward reader's stop rule). */
type LineHandler = (line: RawLine) => number | undefined;

function lineChecker<T>(
  schema: Validator<T>,
  knownTypes: readonly string[],
  since: Date | undefined,
  accept: (record: T) => void,
  problems: { offset: number; message: string }[],
): LineHandler {
  const sinceIso = since?.toISOString();
  return ({ bytes, offset, last }) => {
    const problem = (message: string): undefined => {
      problems.push({ offset, message });
      return undefined;
    };
    if (bytes.length > MAX_LINE_BYTES)
      return problem(`a line of over ${MAX_LINE_BYTES} bytes, far longer than any record`);
    const raw = bytes.toString('utf8');
    if (raw.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return problem(last ? 'the last line is cut short (an interrupted write?)' : 'not valid JSON');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return problem('not a backcare record (expected a JSON object)');
    const { schemaVersion, type, at, recordedAt } = value as {
      schemaVersion?: unknown;
      type?: unknown;
      at?: unknown;
      recordedAt?: unknown;
    };
    if (typeof schemaVersion === 'number' && schemaVersion > STORE_SCHEMA_VERSION) {
      return problem(`written by a newer backcare (record version ${schemaVersion}); update backcare to read it`);
    }
    if (typeof type !== 'string' || !knownTypes.includes(type)) {
      return problem(typeof type === 'string' ? `unknown record type "${type}"` : 'not a backcare record (no "type")');
    }
    const written = typeof recordedAt === 'string' ? Date.parse(recordedAt) : Number.NaN;
    // Only records in the window pay for the full check.
    if (sinceIso !== undefined && typeof at === 'string' && Date.parse(at) < (since as Date).getTime())
      return finite(written);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
      return problem(`a ${type} record with a bad field (${where}${issue?.message ?? 'invalid'})`);
    }
    accept(parsed.data);
    return finite(written);
  };
}

function finite(ms: number): number | undefined {
  return Number.isFinite(ms) ? ms : undefined;
}

function forEachLineForward(fd: number, size: number, handle: LineHandler): void {
  let carry: Buffer = Buffer.alloc(0);
  let carryOffset = 0;
  let overlong = false;
  for (let position = 0; position < size; ) {
    const chunk = readChunk(fd, position, Math.min(CHUNK_BYTES, size - position));
    if (chunk.length === 0) break;
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, start)) {
      if (!overlong) handle({ bytes: data.subarray(start, nl), offset: carryOffset + start, last: false });
      overlong = false;
      start = nl + 1;
    }
    carryOffset += start;
    carry = data.subarray(start);
    position += chunk.length;
    if (carry.length > MAX_LINE_BYTES && !overlong) {
      handle({ bytes: carry, offset: carryOffset, last: false }); // reported as too long
      overlong = true;
    }
    if (overlong) {
      carryOffset += carry.length;
      carry = Buffer.alloc(0);
    }
  }
  if (carry.length > 0 && !overlong) handle({ bytes: carry, offset: carryOffset, last: true });
}

/** Reads whole lines from the end; stops after a chunk whose records were all written before `stopBefore`. */
function forEachChunkBackward(fd: number, size: number, handle: LineHandler, stopBefore: number): void {
  const endsOpen = size > 0 && readChunk(fd, size - 1, 1)[0] !== 0x0a;
  // The end of a line whose start is in an earlier chunk (with its newline, unless it ends the file).
  let tail: Buffer = Buffer.alloc(0);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - CHUNK_BYTES);
    const chunk = readChunk(fd, start, end - start);
    const data = Buffer.concat([chunk, tail]);
    end = start;
    // Unless this chunk starts the file, its first bytes finish a line that began earlier.
    // Only the new chunk is searched: `tail` holds no line start.
    const cut = start === 0 ? -1 : chunk.indexOf(0x0a);
    if (cut === -1 && start > 0) {
      // Still inside one line: keep just enough of it to know it is too long, so an
      // enormous line costs one read of its bytes, not a copy of them for every chunk.
      tail = data.length > MAX_LINE_BYTES + 1 ? Buffer.from(data.subarray(data.length - MAX_LINE_BYTES - 1)) : data;
      continue;
    }
    tail = data.subarray(0, cut + 1);
    let seen = 0;
    let allOld = true;
    const lines = splitLines(data.subarray(cut + 1), start + cut + 1);
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i] as { bytes: Buffer; offset: number };
      const written = handle({ ...line, last: endsOpen && line.offset + line.bytes.length === size });
      if (written === undefined) continue;
      seen++;
      if (written >= stopBefore) allOld = false;
    }
    if (seen > 0 && allOld) return;
  }
}

/** Lines of `data` (a newline ends each; a last line without one is included). */
function splitLines(data: Buffer, offset: number): { bytes: Buffer; offset: number }[] {
  const lines: { bytes: Buffer; offset: number }[] = [];
  let start = 0;
  for (let nl = data.indexOf(0x0a); nl !== -1; nl = data.indexOf(0x0a, start)) {
    lines.push({ bytes: data.subarray(start, nl), offset: offset + start });
    start = nl + 1;
  }
  if (start < data.length) lines.push({ bytes: data.subarray(start), offset: offset + start });
  return lines;
}

function readChunk(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const n = readSync(fd, buffer, filled, length - filled, position + filled);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}

/** Line numbers, counted only when there is something to report (reading backwards does not know them). */
function locateProblems(fd: number, file: string, problems: { offset: number; message: string }[]): LineProblem[] {
  if (problems.length === 0) return [];
  const sorted = [...problems].sort((a, b) => a.offset - b.offset);
  const located: LineProblem[] = [];
  let line = 1;
  let position = 0;
  for (const p of sorted) {
    while (position < p.offset) {
      const chunk = readChunk(fd, position, Math.min(CHUNK_BYTES, p.offset - position));
      if (chunk.length === 0) break;
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) line++;
      position += chunk.length;
    }
    located.push({ file, line, message: p.message });
  }
  return located;
}

/** Warnings for stderr, one line each; a long list is cut short with a count. */
export function problemLines(problems: readonly LineProblem[], max = 5): string[] {
  const lines = problems
    .slice(0, max)
    .map((p) => `warning: ${p.file}:${p.line}: ${p.message}; skipped (the line is left as it is)`);
  if (problems.length > max)
    lines.push(`warning: ${problems.length - max} more line${problems.length - max === 1 ? '' : 's'} skipped`);
  return lines;
}
