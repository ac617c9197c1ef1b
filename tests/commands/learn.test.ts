// backcare learn, run in this process (tests/helpers/test-io.ts) against the built-in knowledge base.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyKb } from '../helpers/kb-copy.js';
import { runInProcess } from '../helpers/test-io.js';

/** Lines that can be wrapped: a URL on its own cannot. */
function wrappable(stdout: string): string[] {
  return stdout.split('\n').filter((line) => !/https?:\/\//.test(line));
}

describe('backcare learn', () => {
  it('lists the topics, one line each, with how to open one', async () => {
    const r = await runInProcess(['learn']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Learn about back spasms\n\n {2}spasm {9}What a back spasm is and how it feels\n/);
    expect(r.stdout).toMatch(/\n {2}prevention {4}Making the next one less likely\n/);
    expect(r.stdout).toContain('backcare learn <topic>');
    expect(r.stdout).toContain('not a diagnosis');
  });

  it.each(['60', '80'])('keeps the list within %s columns', async (columns) => {
    const list = await runInProcess(['learn'], { env: { COLUMNS: columns } });
    for (const line of list.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(Number(columns));
  });

  it.each(
    ['spasm', 'prevention', 'duration', 'recurring'].flatMap((topic) => [
      ['60', topic],
      ['80', topic],
    ]),
  )('keeps lines within %s columns in %s', async (columns, topic) => {
    const r = await runInProcess(['learn', topic], { env: { COLUMNS: columns } });
    expect(r.code).toBe(0);
    for (const line of wrappable(r.stdout)) expect(line.length).toBeLessThanOrEqual(Number(columns));
  });

  it('opens a topic by a close word, with evidence, links to remedies and sources', async () => {
    const r = await runInProcess(['learn', 'posture']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Making the next one less likely {2}\(prevention\)\n/);
    expect(r.stdout).toContain('\nSet up your desk\n');
    expect(r.stdout).toContain('Evidence: common practice, not tested in trials [hse-dse, nhs-back]');
    expect(r.stdout).toContain('See backcare remedies safe-lifting');
    expect(r.stdout).toContain('[ccohs-standing] Canadian Centre for Occupational Health and Safety');
  });

  it('shows how long it lasts from timelines.yaml', async () => {
    const r = await runInProcess(['learn', 'how', 'long']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('about 58%');
    expect(r.stdout).toContain('After 2 to 3 weeks: Your back pain is not getting better');
  });

  it('puts the emergency number first on a topic that names an emergency sign', async () => {
    const r = await runInProcess(['learn', 'recurring'], { env: { BACKCARE_REGION: 'NZ' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('In an emergency call 111 now (New Zealand).');
    expect(r.stdout).toContain('EMERGENCY: ');
  });

  it('ends every topic with the emergency number, even without an emergency sign in it', async () => {
    const r = await runInProcess(['learn', 'prevention'], { env: { BACKCARE_REGION: 'GB' } });
    expect(r.stdout).toMatch(/\nIn an emergency call 999 now \(United Kingdom[^)]*\)\.\n\nSources\n/);
  });

  it('refuses a near miss with a suggestion on one line and exit code 2', async () => {
    const r = await runInProcess(['learn', 'prevnetion']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'backcare: unknown topic "prevnetion"; did you mean "prevention"? run "backcare learn" to list the topics\n',
    );
  });

  it('prints the list and one topic as JSON with a schemaVersion', async () => {
    const list = await runInProcess(['learn', '--json']);
    expect(list.code).toBe(0);
    const topics = JSON.parse(list.stdout) as { schemaVersion: number; topics: { id: string; summary: string }[] };
    expect(topics.schemaVersion).toBe(1);
    expect(topics.topics.map((t) => t.id)).toContain('prevention');

    const one = await runInProcess(['learn', 'causes', '--json', '--region', 'AU']);
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    const doc = JSON.parse(one.stdout) as {
      schemaVersion: number;
      region: { region: { emergency: string } };
      topic: { id: string; sections: { heading: string; evidence?: string; remedies: { id: string }[] }[] };
      sources: { id: string; url: string }[];
    };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.topic.id).toBe('causes');
    expect(doc.region.region.emergency).toBe('000');
    expect(doc.topic.sections.find((s) => s.heading === 'Staying bent forward')?.evidence).toBe('very-low');
    expect(doc.sources.map((s) => s.id)).toContain('static-flexion-lab');
  });

  it('shows help with examples', async () => {
    const r = await runInProcess(['learn', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ backcare learn posture');
  });

  it('completes topic ids in bash and fish', async () => {
    const script = (await runInProcess(['completion', 'bash'])).stdout;
    const complete = (words: string): string => {
      const shell =
        `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _backcare_complete; echo ` +
        `"\${COMPREPLY[*]}"`;
      return spawnSync('bash', ['-c', shell], { encoding: 'utf8' }).stdout.trim();
    };
    expect(complete('backcare learn prev')).toBe('prevention');
    expect(complete('backcare learn r')).toBe('risk-factors recurring');
    expect((await runInProcess(['completion', 'fish'])).stdout).toContain(
      'complete -c backcare -n "__fish_seen_subcommand_from learn" -a "spasm cycle causes risk-factors ' +
        'diagnosis duration prevention recurring pregnancy children"',
    );
  });

  it('is checked by kb validate, which names the file, line and problem', async () => {
    expect((await runInProcess(['kb', 'validate'])).stdout).toMatch(/, \d+ learn topics\.\n/);
    const kb = copyKb();
    kb.edit('learn.yaml', (t) => t.replace('remedies: [heat-pack]', 'remedies: [heat-pak]'));
    const r = await runInProcess(['kb', 'validate', kb.dir]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(
      new RegExp(
        String.raw`learn\.yaml:\d+:\d+ topics\[1\]\.sections\[0\]\.remedies\[0\]: unknown remedy id "heat-pak" ` +
          String.raw`\(did you mean "heat-pack"\?\)`,
      ),
    );
  });
});
