// Cleaning up after a killed `report --output` removes only temporary files
// whose names backcare wrote and can prove (a marker and a check value made
// from the rest of the name), whose process is gone. A look-alike someone else
// made, such as .notes.txt.99999999.cafebabe.tmp, is never touched.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnTempName, ownTempName } from '../../src/files/temp-files.js';
import { tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';

const deadPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

function homeWithScore(): string {
  const home = tempDir();
  const at = new Date(Date.now() - 3_600_000).toISOString();
  writeFileSync(
    join(home, 'diary.jsonl'),
    `${JSON.stringify({ schemaVersion: 1, type: 'pain', id: 'p1', at, recordedAt: at, score: 4 })}\n`,
  );
  return home;
}

describe('the names of backcare’s temporary files', () => {
  it('are recognised when backcare made them', () => {
    const name = ownTempName('r.html', 4242);
    expect(name).toMatch(/^\.r\.html\.backcare-4242-[0-9a-f]{8}-[0-9a-f]{8}\.tmp$/);
    expect(isOwnTempName(name)).toEqual({ pid: 4242 });
  });

  it.each([
    '.notes.txt.99999999.cafebabe.tmp',
    '.r.html.12345.0123abcd.tmp',
    '.r.html.backcare-12345-0123abcd-00000000.tmp',
    '.r.html.backcare-12345-0123abcd.tmp',
    'r.html.backcare-12345-0123abcd-00000000.tmp',
  ])('never match a look-alike: %s', (name) => {
    expect(isOwnTempName(name)).toBeUndefined();
  });

  it('do not match when the check value belongs to another name', () => {
    const name = ownTempName('r.html', 4242);
    expect(isOwnTempName(name.replace('.r.html.', '.s.html.'))).toBeUndefined();
    expect(isOwnTempName(name.replace('-4242-', '-4243-'))).toBeUndefined();
  });
});

describe('report --output after a killed report', () => {
  it('removes its own stale temporary file and nothing that only looks like one', () => {
    const dir = tempDir();
    const dead = deadPid();
    const stale = ownTempName('r.html', dead);
    const live = ownTempName('r.html', process.pid);
    const lookAlikes = [
      '.notes.txt.99999999.cafebabe.tmp',
      `.r.html.${dead}.0123abcd.tmp`,
      `.r.html.backcare-${dead}-0123abcd-00000000.tmp`,
    ];
    for (const name of [stale, live, ...lookAlikes]) writeFileSync(join(dir, name), 'half a report');
    const r = runCli(['report', '--format', 'html', '--output', join(dir, 'r.html')], {
      env: { BACKCARE_HOME: homeWithScore() },
    });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, ...lookAlikes, 'r.html'].sort());
  });
});
