// Errors that end a command with a known exit code and a one-line message.
// One copy for the whole program (the runtime bundle), so instanceof works everywhere.
import type { LocatedProblem } from '../kb/located-problem.js';

/**
 * Every exit code backcare ends with, and what it means: EXIT and the
 * "Exit codes:" help and man page section are made from this one table.
 */
const EXIT_CODES = [
  { name: 'ok', code: 0, meaning: 'success' },
  {
    name: 'failure',
    code: 1,
    meaning: 'unexpected failure (please report it), or the diary or a report file cannot be written',
  },
  {
    name: 'usage',
    code: 2,
    meaning: 'usage or input error: unknown option, bad value, missing answer, broken knowledge base',
  },
  { name: 'failOn', code: 3, meaning: 'check --fail-on: the result is at or above the level given' },
  { name: 'interrupted', code: 130, meaning: 'interrupted with Ctrl-C' },
  { name: 'terminated', code: 143, meaning: 'stopped by SIGTERM or SIGHUP, after putting the terminal back' },
  // Shown with the row above: the same meaning for another signal.
  { name: 'hangUp', code: 129, meaning: '' },
] as const;

/** What the exit codes mean together, after the table. */
export const EXIT_CODES_NOTE =
  'A closed output pipe (backcare remedies | head -1) ends quietly with 0; a full disk or an I/O error on the ' +
  'output is one line on stderr and 1.';

type ExitName = (typeof EXIT_CODES)[number]['name'];
type CodeOf<N extends ExitName> = Extract<(typeof EXIT_CODES)[number], { name: N }>['code'];

export const EXIT = Object.fromEntries(EXIT_CODES.map((row) => [row.name, row.code])) as {
  readonly [N in ExitName]: CodeOf<N>;
};

/** The table's rows for help: codes that share a meaning on one row ("143, 129"). */
export function exitCodeRows(): { codes: string; meaning: string }[] {
  const rows: { codes: string; meaning: string }[] = [];
  for (const { code, meaning } of EXIT_CODES) {
    const last = rows.at(-1);
    if (meaning === '' && last) last.codes += `, ${code}`;
    else rows.push({ codes: String(code), meaning });
  }
  return rows;
}

/**
 * A value an option or argument cannot take; the message says what to give instead. Thrown by the
 * specs' parsers (in the entry bundle) and caught by commander's adapter (in its own bundle): one class.
 */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

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
