// Answers for `backcare check` from flags and files: --answers FILE (YAML or
// JSON, `-` for stdin) first, then each --answer ID=VALUE on top. A bad answer
// does not throw: the good ones are kept, so an emergency among them can be
// shown before the error.
import { readFileSync } from 'node:fs';
import { parseAnswer, type Answers, type AnswerValue } from '../core/check/answers.js';
import type { KnowledgeBase } from '../core/kb/types.js';
import { closestId } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { readAnswersFromStdin } from './answers-stdin.js';

export interface CollectedAnswers {
  answers: Answers;
  /** One line per answer, flag or file that could not be used. */
  problems: string[];
}

export async function collectAnswers(kb: KnowledgeBase, files: string | undefined, flags: readonly string[], now: Date): Promise<CollectedAnswers> {
  const answers: Record<string, AnswerValue> = {};
  const problems: string[] = [];
  const keep = (id: string, read: () => AnswerValue): void => {
    try {
      answers[id] = read();
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  };
  if (files !== undefined) {
    const where = `in ${files === '-' ? 'stdin' : files}`;
    try {
      for (const [id, raw] of Object.entries(await readAnswersFile(files))) keep(id, () => checked(kb, id, raw, now, where));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      problems.push(error.message);
    }
  }
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) problems.push(`--answer "${flag}" is not ID=VALUE; for example --answer fever=no`);
    else keep(flag.slice(0, eq).trim(), () => checked(kb, flag.slice(0, eq).trim(), flag.slice(eq + 1), now, `--answer ${flag}`));
  }
  return { answers, problems };
}

function checked(kb: KnowledgeBase, id: string, raw: unknown, now: Date, where: string): AnswerValue {
  const question = kb.questions.questions.find((q) => q.id === id);
  if (!question) {
    const close = closestId(id, kb.questions.questions.map((q) => q.id));
    throw new UsageError(`${where}: unknown question id "${id}"${close ? `; did you mean "${close}"?` : ''} (backcare check --questions lists them)`);
  }
  const parsed = parseAnswer(question, raw, kb, now);
  if (!parsed.ok) throw new UsageError(`${where}: ${id}: ${parsed.message}`);
  return parsed.value;
}

async function readAnswersFile(path: string): Promise<Record<string, unknown>> {
  const text = path === '-' ? await readAnswersFromStdin() : readFile(path);
  const { parseYamlFile } = await import('../kb/yaml-file.js');
  const parsed = parseYamlFile(path === '-' ? 'stdin' : path, text);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    const where = first?.line === undefined ? first?.file : `${first.file}:${first.line}:${first.col ?? 1}`;
    throw new UsageError(`${where}: ${first?.message ?? 'cannot read the answers'} (answers files are YAML or JSON: id: value)`);
  }
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${path === '-' ? 'stdin' : path}: expected a mapping of question ids to answers, such as "fever: no"`);
  }
  return value as Record<string, unknown>;
}

function readFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--answers ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'unknown error'})`}`);
  }
}
