// Reading a knowledge base from a directory: YAML -> zod -> cross-references,
// collecting every problem (with file, line and column) before giving up.
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { KB_FILES, type KbPart, type KnowledgeBase } from './schema.js';
import { findReferenceProblems } from './references.js';
import { findSafetyFloorProblems } from './safety-floor.js';
import { fillFollowUpTimes } from './follow-up-text.js';
import { reviewEntries } from '../core/review/entries.js';
import { ledgerState, reviewStatuses } from '../core/review/ledger.js';
import type { PathSegment } from './problems.js';
import { readRegularBytes } from '../files/regular-file.js';
import { describeIssue } from './issue-message.js';
import { knowledgeBaseError, ProblemCollector, type LocatedProblem } from './located-problem.js';
import { decodeText } from './text-encoding.js';
import {
  locate,
  MAX_FILE_BYTES,
  MAX_LEDGER_TOKENS,
  MAX_YAML_TOKENS,
  parseYamlFile,
  type ParsedYaml,
} from './yaml-file.js';

/** kb sign appends through the loader's bundle (see commands/kb/sign.ts). */
export { appendToLedger } from './ledger-file.js';

/** Loads and fully validates the base in `dir`; throws KnowledgeBaseError listing every problem. */
export function loadKnowledgeBase(dir: string, displayDir = relative(process.cwd(), dir) || '.'): KnowledgeBase {
  assertDirectory(dir, displayDir);
  const problems = new ProblemCollector();
  const parsedFiles = new Map<string, ParsedYaml>();
  const parts: Partial<Record<KbPart, unknown>> = {};

  for (const part of Object.keys(KB_FILES) as KbPart[]) {
    const { file, schema } = KB_FILES[part];
    const shownFile = join(displayDir, file);
    if ('optional' in KB_FILES[part] && !existsSync(join(dir, file))) {
      parts[part] = (schema as z.ZodType).parse({ signatures: [] });
      continue;
    }
    const text = readText(join(dir, file), shownFile, problems);
    if (text === undefined) continue;
    const result = parseYamlFile(shownFile, text, part === 'review' ? MAX_LEDGER_TOKENS : MAX_YAML_TOKENS);
    if (!result.ok) {
      problems.addAll(result.problems, (p) => p);
      continue;
    }
    parsedFiles.set(part, result.parsed);
    const checked = (schema as z.ZodType).safeParse(result.value);
    if (checked.success) parts[part] = checked.data;
    else problems.addAll(checked.error.issues, (issue) => placeIssue(issue, result.parsed, result.value));
  }
  problems.throwIfAny();

  const { kb, problems: textProblems } = fillFollowUpTimes(parts as KnowledgeBase);
  const refProblems = new ProblemCollector();
  refProblems.addAll([...textProblems, ...findReferenceProblems(kb)], (p) => {
    const parsed = parsedFiles.get(p.part) as ParsedYaml;
    return { file: parsed.file, ...locate(parsed, p.path), path: p.path, message: p.message };
  });
  refProblems.throwIfAny();
  // Only a base whose references hold can be triaged against the floor.
  const floorProblems = new ProblemCollector();
  floorProblems.addAll(findSafetyFloorProblems(kb), (p) => {
    const parsed = parsedFiles.get(p.part) as ParsedYaml;
    return { file: parsed.file, ...locate(parsed, p.path), path: p.path, message: p.message };
  });
  floorProblems.throwIfAny();
  const entries = reviewEntries(kb);
  kb.review.state = ledgerState(reviewStatuses(entries, kb.review.signatures));
  kb.review.entryCount = entries.length;
  return kb;
}

function placeIssue(issue: z.core.$ZodIssue, parsed: ParsedYaml, value: unknown): LocatedProblem {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  return { file: parsed.file, ...locate(parsed, path, key), path, message: describeIssue(issue, valueAt(value, path)) };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[seg];
  }
  return node;
}

function assertDirectory(dir: string, shown: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw knowledgeBaseError([
      { file: shown, path: [], message: 'no such directory (pass the folder that holds meta.yaml, remedies.yaml, …)' },
    ]);
  }
  if (!isDir)
    throw knowledgeBaseError([
      { file: shown, path: [], message: 'not a directory (pass the folder that holds meta.yaml, remedies.yaml, …)' },
    ]);
}

function readText(path: string, shown: string, problems: ProblemCollector): string | undefined {
  const read = readRegularBytes(path, MAX_FILE_BYTES);
  if (!read.ok) {
    const why =
      read.code === 'ENOENT'
        ? 'file is missing (every knowledge base needs it)'
        : read.code === 'EFBIG'
          ? `file is ${read.bytes ?? 'over the limit of'} bytes; the limit is ${MAX_FILE_BYTES} bytes (split or ` +
            `trim it)`
          : `cannot read the file: ${read.reason}`;
    problems.add(() => ({ file: shown, path: [], message: why }));
    return undefined;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok)
    problems.add(() => ({ file: shown, line: decoded.line, col: decoded.col, path: [], message: decoded.message }));
  return decoded.ok ? decoded.text : undefined;
}
