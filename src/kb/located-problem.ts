// A knowledge-base problem placed in a file, ready to print as
// `data/remedies.yaml:42:5 remedies[3].dose.session.max: expected a number`.
import { KnowledgeBaseError } from '../runtime/errors.js';
import { formatPath, type PathSegment } from './problems.js';

export interface LocatedProblem {
  file: string;
  line?: number;
  col?: number;
  path: PathSegment[];
  message: string;
}

export function formatLocatedProblem(p: LocatedProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`;
  const path = formatPath(p.path);
  return path ? `${where} ${path}: ${p.message}` : `${where}: ${p.message}`;
}

export { KnowledgeBaseError };

/**
 * The error thrown when a knowledge base cannot be used: the first problems
 * found (at most MAX_SHOWN_PROBLEMS) and how many there are in all.
 */
export function knowledgeBaseError(problems: LocatedProblem[], total = problems.length): KnowledgeBaseError {
  const more = total - problems.length;
  const lines = problems.map(formatLocatedProblem);
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'} (fix the ones above first)`);
  return new KnowledgeBaseError(problems, total, lines.join('\n'));
}

/**
 * Only the first problems are shown, so only those are placed (line and
 * column): a file of 30,000 bad items is reported in bounded time and memory,
 * and its problems are counted rather than listed.
 */
const MAX_SHOWN_PROBLEMS = 20;

export class ProblemCollector {
  readonly shown: LocatedProblem[] = [];
  total = 0;

  add(make: () => LocatedProblem): void {
    this.total += 1;
    if (this.shown.length < MAX_SHOWN_PROBLEMS) this.shown.push(make());
  }

  addAll<T>(items: Iterable<T>, make: (item: T) => LocatedProblem): void {
    for (const item of items) this.add(() => make(item));
  }

  throwIfAny(): void {
    if (this.total > 0) throw knowledgeBaseError(this.shown, this.total);
  }
}
