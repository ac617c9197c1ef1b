// stdout and stderr, written straight to their descriptors. Making
// process.stdout or process.stderr loads Node's stream modules (and node:net
// for a pipe or a terminal): about 8% of a bare start, paid by every command
// that only prints. So text goes out with fs.writeSync, which is what Node's
// own stdout does for files and, on Linux, pipes and terminals too, and the
// stream is made only when something needs one: a prompt, the countdown, a
// paced report, or a descriptor that would block.
import { fstatSync, statSync, writeSync } from 'node:fs';

/** What a command writes to: a process's stdout or stderr, or a test's stream. */
export interface OutputStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

type ErrorListener = (error: NodeJS.ErrnoException) => void;

/**
 * Not on Windows: there Node's stream writes a console in its wide characters, where writeSync would
 * send UTF-8 bytes to the console's code page.
 */
const WRITES_DIRECTLY = process.platform !== 'win32';

export class ProcessOutput implements OutputStream {
  private made: NodeJS.WriteStream | undefined;
  private failed = false;
  private tty: boolean | undefined;
  private readonly errorListeners: ErrorListener[] = [];
  readonly fd: 1 | 2;
  private readonly make: () => NodeJS.WriteStream;

  constructor(fd: 1 | 2, make: () => NodeJS.WriteStream) {
    this.fd = fd;
    this.make = make;
  }

  get isTTY(): boolean {
    this.tty ??=
      this.made || !WRITES_DIRECTLY
        ? this.stream().isTTY === true
        : isTerminal(this.fd, () => this.stream().isTTY === true);
    return this.tty;
  }

  get columns(): number | undefined {
    return this.isTTY ? this.stream().columns : undefined;
  }

  get rows(): number | undefined {
    return this.isTTY ? this.stream().rows : undefined;
  }

  /** Whether Node's stream for the descriptor was made: output may then still be on its way. */
  get streamMade(): boolean {
    return this.made !== undefined;
  }

  /** Node's stream for the descriptor, made now if it was not: for code that needs a whole stream. */
  stream(): NodeJS.WriteStream {
    if (this.made === undefined) {
      this.made = this.make();
      for (const listener of this.errorListeners) this.made.on('error', listener);
    }
    return this.made;
  }

  /** Only 'error', as on a stream: told once, on the next tick, when a write fails. */
  on(event: 'error', listener: ErrorListener): this {
    this.errorListeners.push(listener);
    this.made?.on(event, listener);
    return this;
  }

  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean {
    if (this.made || !WRITES_DIRECTLY) return this.stream().write(chunk, callback);
    if (this.failed) return false;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        return this.stream().write(bytes.subarray(written), callback);
      }
      this.fail(error as NodeJS.ErrnoException);
      return false;
    }
    if (callback) process.nextTick(callback);
    return true;
  }

  /** Like a stream that failed: later writes are dropped, and the listeners hear it once, asynchronously. */
  private fail(error: NodeJS.ErrnoException): void {
    this.failed = true;
    process.nextTick(() => {
      for (const listener of this.errorListeners) listener(error);
    });
  }
}

/**
 * Whether `fd` is a terminal, without loading node:tty (which loads node:net) for the usual answers:
 * a pipe, a file or a closed descriptor is not a character device, and /dev/null is not a terminal.
 * Only another character device is asked of node:tty, through `fallback` where Node lacks
 * process.getBuiltinModule (before 20.16).
 */
export function isTerminal(fd: number, fallback: () => boolean): boolean {
  let rdev: number;
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return false;
    rdev = stat.rdev;
  } catch {
    return false;
  }
  if (rdev === nullDeviceId()) return false;
  const tty = process.getBuiltinModule?.('node:tty');
  return tty ? tty.isatty(fd) : fallback();
}

function nullDeviceId(): number | undefined {
  try {
    return statSync('/dev/null').rdev;
  } catch {
    return undefined;
  }
}

export const processStdout = new ProcessOutput(1, () => process.stdout);
export const processStderr = new ProcessOutput(2, () => process.stderr);
