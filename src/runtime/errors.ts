// Errors that end a command with a known exit code and a one-line message.

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

/** The diary's folder or file cannot be read or written: a full disk, a read-only folder, wrong permissions. */
export class StoreError extends Error {
  readonly exitCode = EXIT.failure;

  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
