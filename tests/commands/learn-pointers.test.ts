// The rest of backcare points to the learn topics: the end of an episode and
// the care plan's "Keep moving" and posture sections. The topics come from
// learn.yaml `offeredFrom`, so these run against a base that moves them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswersFileOf } from '../helpers/calm-answers.js';
import { listedQuestions, runInProcess } from '../helpers/test-io.js';

const calmFile = calmAnswersFileOf(await listedQuestions());

/** The lines of one care-plan section, up to the next heading. */
function section(stdout: string, heading: string): string {
  const start = stdout.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = stdout.indexOf('\n\n', start + heading.length + 2);
  return stdout.slice(start, end);
}

describe('pointers to backcare learn', () => {
  it('names the learn topic at the end of the care plan sections on moving and on posture (the full plan)', async () => {
    const r = await runInProcess(['check', '--answers', calmFile, '--region', 'GB', '--full']);
    expect(r.code).toBe(0);
    expect(section(r.stdout, 'Keep moving')).toMatch(/\n {2}More: backcare learn cycle \(the pain–spasm cycle\)$/);
    expect(section(r.stdout, 'Comfort, sleep and posture')).toMatch(
      /\n {2}More: backcare learn prevention \(making the next one less likely\)$/,
    );
  });

  it('offers the prevention topic when an episode ends, in text and JSON', async () => {
    const env = { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-diary-')) };
    expect((await runInProcess(['episode', 'start', '--at', '3d'], { env })).code).toBe(0);
    const ended = await runInProcess(['episode', 'end'], { env });
    expect(ended.code).toBe(0);
    expect(ended.stdout.replace(/\s+/g, ' ')).toMatch(
      /\. Back pain often comes back\. Next: backcare learn prevention \(making the next one less likely\)\. $/,
    );

    const jsonEnv = { BACKCARE_HOME: mkdtempSync(join(tmpdir(), 'backcare-diary-')) };
    expect((await runInProcess(['episode', 'start', '--at', '1h'], { env: jsonEnv })).code).toBe(0);
    const json = JSON.parse((await runInProcess(['episode', 'end', '--json'], { env: jsonEnv })).stdout) as {
      learn: { id: string } | null;
    };
    expect(json.learn?.id).toBe('prevention');
  });
});
