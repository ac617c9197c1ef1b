// A real full disk for tests: a tiny tmpfs mounted in a temp folder and filled
// up. Needs the right to mount (root, or a user namespace); `reason` says why
// not when it cannot, so a test can skip visibly.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyDisk {
  dir: string;
  /** Fills every free block, so the next write fails with ENOSPC. */
  fill(): void;
  unmount(): void;
}

export function mountTinyDisk(): TinyDisk | { reason: string } {
  const dir = mkdtempSync(join(tmpdir(), 'backcare-tinydisk-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return {
      reason: `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || 'not permitted').trim()})`,
    };
  }
  return {
    dir,
    fill() {
      mkdirSync(dir, { recursive: true });
      const fd = openSync(join(dir, 'filler'), 'w');
      const block = Buffer.alloc(4096, 1);
      try {
        for (;;) writeSync(fd, block);
      } catch {
        // ENOSPC: full.
      } finally {
        closeSync(fd);
      }
    },
    unmount() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const tinyDiskAvailable = (() => {
  const probe = mountTinyDisk();
  if ('reason' in probe) return probe;
  probe.unmount();
  return true as const;
})();
