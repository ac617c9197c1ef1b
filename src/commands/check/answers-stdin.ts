// `check --answers -`: the answers come on stdin, however slowly (a script may
// still be writing them), up to a size no answers file comes near.
import { UsageError } from '../../runtime/errors.js';
import { LIMITS } from '../../core/limits.js';

export async function readAnswersFromStdin(stdin: NodeJS.ReadStream): Promise<string> {
  if (stdin.isTTY)
    throw new UsageError(
      '--answers - reads answers from a pipe or file, not from the terminal; for example: backcare check ' +
        '--answers - < answers.yaml',
    );
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buffer.length;
      if (size > LIMITS.answersBytes) {
        stdin.destroy();
        throw new UsageError(
          `--answers -: more than ${LIMITS.answersBytes} bytes on stdin; an answers file is one "id: value" ` +
            `line per question`,
        );
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A stdin that cannot be read (closed, a directory) has given no answers.
    throw new UsageError(
      `--answers -: cannot read stdin (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); pipe the ` +
        `answers in, for example: backcare check --answers - < answers.yaml`,
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}
