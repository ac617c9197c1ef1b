// Answers for `backcare check` from flags and files: each --answers FILE (YAML
// or JSON, `-` for stdin), then each --answer ID=VALUE, merged: one question
// answered differently in two places is a conflict, never "the last one wins".
// A bad answer does not throw: the good ones are kept, so an emergency among
// them can be shown before the error. So are the answers of a file that cannot
// be used as a whole (a syntax error, a key given twice, a list instead of a
// mapping): the run stops at the error, but never without showing an
// emergency the file does state.
import { readRegularFile } from '../../files/regular-file.js';
import { parseAnswer, type Answers, type AnswerValue } from '../../core/check/answers.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { closestId } from '../../core/suggest.js';
import { UsageError } from '../../runtime/errors.js';
import { readAnswersFromStdin } from './answers-stdin.js';
import { echoed } from '../../core/echo.js';
import { LIMITS } from '../../core/limits.js';
import { parseFlatJsonObject } from '../../core/flat-json.js';

export interface CollectedAnswers {
  answers: Answers;
  /** Where each answer came from: "--answer fever=no", "in answers.yaml". */
  sources: Readonly<Record<string, string>>;
  /** Questions answered differently in two places: every value given, with its source. */
  conflicts: readonly AnswerConflict[];
  /** One line per answer, flag or file that could not be used. */
  problems: string[];
}

export interface AnswerConflict {
  id: string;
  given: { value: AnswerValue; sources: string[] }[];
}

/**
 * Files first (each file once, in the order given; `-` is stdin, made only then), then the flags. The same
 * value given twice is fine; two different values for one question are a conflict, never a silent "last one wins".
 */
export async function collectAnswers(
  kb: KnowledgeBase,
  files: readonly string[],
  flags: readonly string[],
  now: Date,
  stdin: () => NodeJS.ReadStream,
): Promise<CollectedAnswers> {
  const answers: Record<string, AnswerValue> = {};
  const sources: Record<string, string> = {};
  const conflicts = new Map<string, AnswerConflict>();
  const problems: string[] = [];
  const keep = (id: string, source: string, read: () => AnswerValue): void => {
    try {
      const value = read();
      const earlier = answers[id];
      if (earlier === undefined) {
        answers[id] = value;
        sources[id] = source;
      } else {
        // Every place a value was given is kept, so a conflict can name them all.
        const conflict = conflicts.get(id) ?? { id, given: [{ value: earlier, sources: [sources[id] ?? ''] }] };
        const same = conflict.given.find((g) => sameAnswer(g.value, value));
        if (same) same.sources.push(source);
        else conflict.given.push({ value, sources: [source] });
        conflicts.set(id, conflict);
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  };
  for (const file of [...new Set(files)]) {
    const where = `in ${file === '-' ? 'stdin' : echoed(file)}`;
    try {
      const read = await readAnswersFile(file, stdin);
      if (read.problem !== undefined) problems.push(read.problem);
      for (const [id, raw] of read.answers) {
        const answer = () => checked(kb, id, raw, now, where);
        // In a file that cannot be used, only what reads as a valid answer counts: its problem is the message.
        if (read.problem === undefined || valid(answer)) keep(id, where, answer);
      }
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  }
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const id = flag.slice(0, eq).trim();
    if (eq <= 0) problems.push(`--answer "${echoed(flag)}" is not ID=VALUE; for example --answer fever=no`);
    else
      keep(id, `--answer ${echoed(flag)}`, () => checked(kb, id, flag.slice(eq + 1), now, `--answer ${echoed(flag)}`));
  }
  return { answers, sources, conflicts: [...conflicts.values()].filter((c) => c.given.length > 1), problems };
}

function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join(',') === [...b].sort().join(',');
  return a === b;
}

/** "fever is answered "yes" (in a.yaml) and "no" (--answer fever=no); ..." */
export function conflictMessage(conflict: AnswerConflict): string {
  const given = conflict.given
    .map((g) => `"${echoed(String(g.value))}" (${g.sources.map((s) => echoed(s)).join(', ')})`)
    .join(' and ');
  return `${conflict.id} is answered ${given}; give one answer for it`;
}

function checked(kb: KnowledgeBase, id: string, raw: unknown, now: Date, where: string): AnswerValue {
  const question = kb.questions.questions.find((q) => q.id === id);
  if (!question) {
    const close = closestId(
      id,
      kb.questions.questions.map((q) => q.id),
    );
    throw new UsageError(
      `${where}: unknown question id "${echoed(id)}"${close ? `; did you mean "${close}"?` : ''} (backcare ` +
        `check --questions lists them)`,
    );
  }
  const parsed = parseAnswer(question, raw, kb, now);
  if (!parsed.ok) throw new UsageError(`${where}: ${id}: ${parsed.message}`);
  return parsed.value;
}

function valid(answer: () => AnswerValue): boolean {
  try {
    answer();
    return true;
  } catch {
    return false;
  }
}

interface AnswersFile {
  /** Each id and value in the order written; in a file with a problem, a key given twice is there twice. */
  answers: [string, unknown][];
  /** Why the file cannot be used as a whole; `answers` is then what it states that could still be read. */
  problem?: string;
}

async function readAnswersFile(path: string, stdin: () => NodeJS.ReadStream): Promise<AnswersFile> {
  const text = path === '-' ? await readAnswersFromStdin(stdin()) : readFile(path);
  if (text.trim() === '') throw new UsageError(emptyAnswers(path));
  const json = parseFlatJsonObject(text);
  if (json !== undefined) return { answers: Object.entries(json) };
  const { parseYamlFile, statedPairs } = await import('../../kb/yaml-file.js');
  const parsed = parseYamlFile(path === '-' ? 'stdin' : path, text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const file = echoed(first?.file ?? path);
    const where = first?.line === undefined ? file : `${file}:${first.line}:${first.col ?? 1}`;
    const message = first?.message ?? 'cannot read the answers';
    const problem = `${where}: ${message} (answers files are YAML or JSON: id: value)`;
    if (parsed.doc === undefined) throw new UsageError(problem);
    return { answers: statedPairs(parsed.doc), problem };
  }
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const file = path === '-' ? 'stdin' : echoed(path);
    const problem = `${file}: expected a mapping of question ids to answers, such as "fever: no"`;
    return { answers: statedPairs(parsed.parsed.doc), problem };
  }
  return { answers: Object.entries(value) };
}

function emptyAnswers(path: string): string {
  return path === '-'
    ? '--answers -: nothing came on stdin (closed or empty); pipe the answers in, for example: backcare check ' +
        '--answers - < answers.yaml'
    : `--answers ${echoed(path)}: the file is empty; write one "id: value" line per question`;
}

function readFile(path: string): string {
  const read = readRegularFile(path, LIMITS.answersBytes);
  if (read.ok) return read.text;
  throw new UsageError(
    `--answers ${echoed(path)}: ${read.code === 'ENOENT' ? 'no such file' : read.reason}; give a YAML or JSON ` +
      `file of answers`,
  );
}
