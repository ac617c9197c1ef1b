import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb, MINIMAL_KB, problemsOf } from '../helpers/kb-copy.js';

describe('loadKnowledgeBase', () => {
  it('loads a valid base and applies defaults', () => {
    const kb = loadKnowledgeBase(MINIMAL_KB);
    expect(kb.remedies.remedies.map((r) => r.id)).toEqual([
      'ice-pack',
      'anti-inflammatory-tablets',
      'heat-pack',
      'knee-hug',
      'back-arch',
    ]);
    expect(kb.emergency.regions.find((r) => r.code === 'NZ')?.alsoWorks).toEqual([]);
  });

  it('locates a wrong type at its file, line and column', () => {
    const kb = copyKb();
    kb.edit('remedies.yaml', (t) =>
      t.replace('session: { min: 15, max: 20, unit: minutes }', 'session: { min: 15, max: twenty, unit: minutes }'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/remedies.yaml:12:32 remedies[0].dose.session.max: expected a number, got "twenty"',
    ]);
  });

  it('reports a missing key at its parent', () => {
    const kb = copyKb();
    kb.edit('sources.yaml', (t) => t.replace('    kind: consumer\n', ''));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/sources.yaml:8:5 sources[1].kind: missing: expected one of guideline, consumer, review, trial, ' +
        'cohort, label, regulator, textbook, handout, laboratory',
    ]);
  });

  it('points at an unknown (misspelt) key', () => {
    const kb = copyKb();
    kb.edit('conditions.yaml', (t) => t.replace('    group: medical', '    group: medical\n    gruop: medical'));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/conditions.yaml:6:5 conditions[0]: unknown key "gruop" (check the spelling against the schema)',
    ]);
  });

  it('refuses a caution that changes the stance without saying for whom', () => {
    const kb = copyKb();
    kb.edit('remedies.yaml', (t) =>
      t.replace('      - action: adapt\n', '      - action: adapt\n        stance: option\n'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^kb\/remedies\.yaml:\d+:\d+ remedies\[0\]\.cautions\[0\]\.stance: ` +
            'a caution that changes the stance needs `when`',
        ),
      ),
    ]);
  });

  it('reports every problem in every file at once', () => {
    const kb = copyKb();
    kb.edit('meta.yaml', (t) => t.replace('lastReviewed: 2026-11-21', 'lastReviewed: last tuesday'));
    kb.edit('phases.yaml', (t) => t.replace('toHour: 72', 'toHour: -1'));
    kb.edit('emergency-numbers.yaml', (t) => t.replace("emergency: '111'", 'emergency: call-111'));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/meta.yaml:4:15 lastReviewed: expected a date written YYYY-MM-DD',
      'kb/phases.yaml:5:13 phases[0].toHour: expected a number above 0, got number -1',
      'kb/phases.yaml:5:13 phases[0].toHour: toHour must be after fromHour',
      'kb/emergency-numbers.yaml:11:16 regions[1].emergency: expected a phone number of 2 to 5 digits',
    ]);
  });

  it('rejects a session longer than its safety limit', () => {
    const kb = copyKb();
    kb.edit('thermal.yaml', (t) =>
      t.replace('session: { min: 15, max: 20, unit: minutes }', 'session: { min: 15, max: 30, unit: minutes }'),
    );
    expect(problemsOf(kb.dir)).toEqual([
      'kb/thermal.yaml:4:30 protocols[0].session.max: the session maximum must not exceed the safety limit',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const kb = copyKb();
    kb.write('omitted.yaml', 'omitted:\n  - id: [unclosed\n');
    const [first] = problemsOf(kb.dir);
    expect(first).toMatch(/^kb\/omitted\.yaml:\d+:\d+: YAML syntax: /);
  });

  it('rejects duplicate keys, which would otherwise hide an entry', () => {
    const kb = copyKb();
    kb.edit('meta.yaml', (t) => `${t}title: Again\n`);
    expect(problemsOf(kb.dir)[0]).toMatch(/^kb\/meta\.yaml:9:1: YAML syntax: Map keys must be unique/);
  });

  it('reports a missing file', () => {
    const kb = copyKb();
    kb.write('timelines.yaml', '');
    expect(problemsOf(kb.dir)).toEqual(['kb/timelines.yaml:1:1: expected a mapping of keys to values, got nothing']);
  });

  it('reports references that do not resolve, with a suggestion', () => {
    const kb = copyKb();
    kb.edit('remedies.yaml', (t) => t.replace('      - when: [numb-skin]', '      - when: [numb-skn]'));
    kb.edit('warning-signs.yaml', (t) => t.replace('sources: [test-guideline]', 'sources: [nice-ng59]'));
    expect(problemsOf(kb.dir)).toEqual([
      'kb/remedies.yaml:18:16 remedies[0].cautions[1].when[0]: unknown condition id "numb-skn" (did you mean ' +
        '"numb-skin"?)',
      'kb/warning-signs.yaml:10:15 warningSigns[0].sources[0]: unknown source id "nice-ng59"',
    ]);
  });

  it('reports duplicate ids', () => {
    const kb = copyKb();
    kb.edit('sources.yaml', (t) => t.replace('id: test-leaflet', 'id: test-guideline'));
    expect(problemsOf(kb.dir)[0]).toBe('kb/sources.yaml:8:9 sources[1].id: duplicate id "test-guideline"');
  });

  it('refuses an alias bomb without expanding it', () => {
    const kb = copyKb();
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9)
          .fill(`*${'abcdefghi'[i - 1]}`)
          .join(', ')}]`,
      );
    kb.write('omitted.yaml', `${levels.join('\n')}\nomitted: *i\n`);
    const started = Date.now();
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(/^kb\/omitted\.yaml: refused to expand the YAML aliases .*; use fewer aliases$/),
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const kb = copyKb();
    kb.write('omitted.yaml', `# ${'x'.repeat(1024 * 1024)}\n`);
    expect(problemsOf(kb.dir)).toEqual([
      expect.stringMatching(/^kb\/omitted\.yaml: file is \d+ bytes; the limit is 1048576 bytes/),
    ]);
  });

  it('reports a directory that does not exist', () => {
    expect(problemsOf('/nonexistent/backcare-kb')).toEqual([
      'kb: no such directory (pass the folder that holds meta.yaml, remedies.yaml, …)',
    ]);
  });
});
