// Errors that end a command with a known exit code and a one-line message.
// One copy for the whole program (the runtime bundle), so instanceof works everywhere.
import type { LocatedProblem } from '../kb/located-problem.js';

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** Bad input from the person or script: wrong flag value, unknown id, missing answer. */
export class UsageError extends Error {
  readonly exitCode = EXIT.usage;

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** backcare's own files are missing or broken: the built-in knowledge base, the build. */
export class InstallationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InstallationError';
  }
}

/**
 * A knowledge base that cannot be used; carries the first problems found and
 * how many there are in all. Made by knowledgeBaseError() in src/kb, which
 * writes the message.
 */
export class KnowledgeBaseError extends Error {
  readonly problems: LocatedProblem[];
  readonly total: number;

  constructor(problems: LocatedProblem[], total: number, message: string) {
    super(message);
    this.problems = problems;
    this.total = total;
    this.name = 'KnowledgeBaseError';
  }
}

/** The diary's folder or file cannot be read or written: a full disk, a read-only folder, wrong permissions. */
export class StoreError extends Error {
  readonly exitCode = EXIT.failure;

  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
