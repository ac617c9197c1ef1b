// Telling whether a file another backcare process left is still in use.
import { unlinkSync } from 'node:fs';

/** True while process `pid` exists (as ours or someone else's). */
export function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as someone else's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never created.
  }
}
