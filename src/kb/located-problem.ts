// A knowledge-base problem placed in a file, ready to print as
// `data/remedies.yaml:42:5 remedies[3].dose.session.max: expected a number`.
import { formatPath, type PathSegment } from '../core/kb/problems.js';

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

/** Thrown when a knowledge base cannot be used; carries every problem found. */
export class KnowledgeBaseError extends Error {
  readonly problems: LocatedProblem[];

  constructor(problems: LocatedProblem[]) {
    super(problems.map(formatLocatedProblem).join('\n'));
    this.problems = problems;
    this.name = 'KnowledgeBaseError';
  }
}
