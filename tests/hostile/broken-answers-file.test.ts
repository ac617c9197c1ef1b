// An answers file that cannot be used as a whole (a YAML or JSON syntax
// error, a question answered twice, a list instead of a mapping) stops the
// check (exit 2, one line naming why), but what the file does say is still
// read for one purpose: an emergency answer in it is shown first, never
// dropped with the rest of the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_YAML_DEPTH, parseYamlFile, statedPairs } from '../../src/kb/yaml-file.js';
import { runInProcess } from '../helpers/test-io.js';

const dir = mkdtempSync(join(tmpdir(), 'backcare-broken-answers-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const EMERGENCY_LINE = /^EMERGENCY: call 999 now \(United Kingdom; 112 also works\)/;
const SYNTAX_ERROR = /^backcare: .*:\d+:\d+: YAML syntax: .*\(answers files are YAML or JSON: id: value\)$/;
/** The one error line of a file that cannot be used: its syntax error, or that it is not a mapping. */
const FILE_ERROR = /^backcare: .*(YAML syntax: |expected a mapping of question ids)/;

describe('an answers file that cannot be used as a whole', () => {
  it.each([
    ['JSON cut off after the answer', 'cut.json', '{"fever": "no", "saddle-numbness": "yes",'],
    ['JSON cut off inside the word yes', 'cut-word.json', '{"saddle-numbness": "ye'],
    ['YAML broken on a later line', 'later.yaml', 'saddle-numbness: yes\nfever: [no\n'],
    ['YAML with an unclosed quote after it', 'quote.yaml', 'chest-pain: yes\n"age: 40\n'],
    ['YAML with the sign answered twice, yes then no', 'twice.yaml', 'saddle-numbness: yes\nsaddle-numbness: no\n'],
    ['JSON with the sign answered twice', 'twice.json', '{"saddle-numbness": "yes", "saddle-numbness": "no"}'],
    ['a list of answers instead of a mapping', 'list.yaml', '- fever: no\n- saddle-numbness: yes\n'],
  ])('shows the emergency it states (%s) before the error, then exits 2', async (_case, name, text) => {
    const r = await runInProcess(['check', '--answers', file(name, text), '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
    const stderr = r.stderr.trimEnd().split('\n');
    expect(stderr[0]).toMatch(EMERGENCY_LINE);
    expect(stderr.at(-1)).toMatch(FILE_ERROR);
  });

  it.each([
    ['the list it names', 'loop-list.yaml', 'saddle-numbness: yes\nconditions: &x [*x]\n'],
    ['the mapping it names, before the sign', 'loop-map.yaml', 'fever: &x {a: *x}\nchest-pain: yes\n'],
  ])('refuses an alias inside %s in one line, and still shows the emergency', async (_case, name, text) => {
    const r = await runInProcess(['check', '--answers', file(name, text), '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^backcare: .*:\d+:\d+: the alias \*x is inside .* itself/);
  });

  it('does the same for answers on stdin', async () => {
    const r = await runInProcess(['check', '--answers', '-', '--region', 'GB'], {
      input: 'saddle-numbness: yes\nfever: {no\n',
    });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^backcare: stdin:\d+:\d+: YAML syntax: /);
  });

  it('gives the emergency as JSON on stdout with --json, and the error on stderr', async () => {
    const broken = file('json-mode.json', '{"saddle-numbness": "yes", "fever": ');
    const r = await runInProcess(['check', '--answers', broken, '--region', 'GB', '--json']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { level: string }).level).toBe('emergency');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(SYNTAX_ERROR);
  });

  it('takes the most urgent value when a flag contradicts what the broken file says', async () => {
    const broken = file('contradicted.yaml', 'saddle-numbness: yes\nfever: [no\n');
    const r = await runInProcess(['check', '--answers', broken, '--answer', 'saddle-numbness=no', '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')[0]).toMatch(EMERGENCY_LINE);
    expect(r.stderr).toMatch(/saddle-numbness is answered/);
  });

  it.each([
    ['calm answers (over-triage guard)', 'calm-broken.json', '{"saddle-numbness": "no", "chest-pain": "no", "fever": '],
    ['garbage the error leaves around it', 'garbage.yaml', 'fever: no\nsaddle-numbness: maybe\n  bad: : :\n'],
  ])('gives only the syntax error line, nothing on stdout, for %s', async (_case, name, text) => {
    const r = await runInProcess(['check', '--answers', file(name, text), '--region', 'GB']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(SYNTAX_ERROR)]);
  });
});

describe('parseYamlFile', () => {
  it('gives the document as far as it parsed, and statedPairs every pair in it, a key given twice twice', () => {
    const parsed = parseYamlFile('a.yaml', 'saddle-numbness: yes\nfever: no\nsaddle-numbness: no\n');
    expect(parsed.ok).toBe(false);
    const doc = parsed.ok ? undefined : parsed.doc;
    expect(doc && statedPairs(doc)).toEqual([
      ['saddle-numbness', 'yes'],
      ['fever', 'no'],
      ['saddle-numbness', 'no'],
    ]);
  });

  it('refuses an alias inside what it names at its line, and statedPairs leaves only that value out', () => {
    const parsed = parseYamlFile('loop.yaml', 'saddle-numbness: yes\nconditions: &x [a, *x]\n');
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/alias \*x is inside .* contain itself/) }),
    ]);
    const doc = parsed.ok ? undefined : parsed.doc;
    expect(doc && statedPairs(doc)).toEqual([['saddle-numbness', 'yes']]);
  });

  it('keeps an alias that names something outside it', () => {
    const parsed = parseYamlFile('reuse.yaml', 'a: &x [1, 2]\nb: [*x, 3]\n');
    expect(parsed.ok ? parsed.value : parsed.problems).toEqual({ a: [1, 2], b: [[1, 2], 3] });
  });

  it('gives nothing for a file refused before it was parsed', () => {
    const deep = `saddle-numbness: yes\nx: ${'['.repeat(MAX_YAML_DEPTH + 2)}${']'.repeat(MAX_YAML_DEPTH + 2)}\n`;
    const parsed = parseYamlFile('deep.yaml', deep);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? 'parsed' : parsed.doc).toBeUndefined();
  });
});
