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

// Temporary files backcare writes beside a target, `.NAME.backcare-<pid>-<nonce>-<check>.tmp`.
// The check is a hash of the rest of the name, so a file is only ever cleaned up as a
// leftover when its name is one backcare wrote, never because it looks like one.
const OWN_TEMP = /^\.(.+)\.backcare-(\d{1,10})-([0-9a-f]{8})-([0-9a-f]{8})\.tmp$/;

export function ownTempName(target: string, pid: number, nonce: string = randomHex()): string {
  return `.${target}.backcare-${pid}-${nonce}-${checkValue(target, pid, nonce)}.tmp`;
}

/** The pid in one of backcare's own temporary file names; undefined for any other name. */
export function isOwnTempName(name: string): { pid: number } | undefined {
  const match = OWN_TEMP.exec(name);
  if (!match) return undefined;
  const [, target, pid, nonce, check] = match as unknown as [string, string, string, string, string];
  return checkValue(target, Number(pid), nonce) === check ? { pid: Number(pid) } : undefined;
}

function randomHex(): string {
  return Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

/** FNV-1a (32 bits) of the name's parts: not a secret, a proof against look-alikes. */
function checkValue(target: string, pid: number, nonce: string): string {
  let hash = 0x811c9dc5;
  for (const ch of `backcare-temp:${target}:${pid}:${nonce}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
