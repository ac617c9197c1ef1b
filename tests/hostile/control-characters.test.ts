// Control characters in text from files (a --kb knowledge base, an answers
// file, a hand-edited diary) never reach the terminal or a report raw: they
// are shown as visible \u00XX escapes, and JSON stays exact.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { runCli } from '../helpers/run-cli.js';

/** Clears the screen, retitles the window, rings the bell; plus NUL, DEL and a C1 CSI. */
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u0000\u007f\u009b';
const HOSTILE_YAML = '\\e[2J\\e]0;pwned\\a\\0\\x7f\\x9b';
const SHOWN = '\\u001b[2J\\u001b]0;pwned\\u0007\\u0000\\u007f\\u009b';
/** As SHOWN, allowing for a renderer's own escaping (Markdown puts a backslash before "["). */
const SHOWN_ANYHOW = /\\u001b\\?\[2J\\u001b\\?\]0;pwned\\u0007\\u0000\\u007f\\u009b/;
/** Anything a terminal acts on, other than newline and tab (and CRLF line ends, which CSV needs). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /(?!\r\n)[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

function expectSafe(text: string): void {
  expect(text.replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL);
}

function hostileKb(): string {
  const kb = copyKb();
  kb.edit('remedies.yaml', (t) => t.replace(/^(\s+name: )(.*)$/m, `$1"$2 ${HOSTILE_YAML}"`));
  return kb.dir;
}

describe('text from a --kb knowledge base', () => {
  it('is shown escaped in the remedies list', () => {
    const r = runCli(['--kb', hostileKb(), 'remedies']);
    expect(r.code).toBe(0);
    expectSafe(r.stdout);
    expect(r.stdout).toContain(SHOWN);
  });

  it('keeps its exact value in JSON', () => {
    const r = runCli(['--kb', hostileKb(), 'remedies', '--json']);
    expect(r.code).toBe(0);
    expectSafe(r.stdout);
    const names = (JSON.parse(r.stdout) as { remedies: { name: string }[] }).remedies.map((x) => x.name);
    expect(names.some((n) => n.endsWith(HOSTILE))).toBe(true);
  });
});

describe('an id from an answers file', () => {
  it('is escaped in the error message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcare-answers-'));
    const file = join(dir, 'answers.json');
    writeFileSync(file, JSON.stringify({ [`fever${HOSTILE}`]: 'no' }));
    const r = runCli(['check', '--answers', file, '--json']);
    expect(r.code).toBe(2);
    expectSafe(r.stderr);
    expect(r.stderr).toContain(`unknown question id "fever${SHOWN}"`);
  });
});

describe('a note and a remedy id in a hand-edited diary', () => {
  const home = mkdtempSync(join(tmpdir(), 'backcare-hostile-diary-'));
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const pain = { schemaVersion: 1, type: 'pain', id: 'p1', at, recordedAt: at, score: 5 };
  writeFileSync(
    join(home, 'diary.jsonl'),
    `${JSON.stringify({ ...pain, note: `after a walk ${HOSTILE}`, helped: [`walking${HOSTILE}`] })}\n` +
      `${JSON.stringify({ schemaVersion: 1, type: `odd${HOSTILE}`, id: 'p2', at })}\n`,
  );
  const env = { BACKCARE_HOME: home };

  it('is escaped in history (what helped) and in the warning about an unreadable line', () => {
    const r = runCli(['history', '--days', '2'], { env });
    expect(r.code).toBe(0);
    expectSafe(r.stdout + r.stderr);
    expect(r.stdout).toContain(`walking${SHOWN}`);
    expect(r.stderr).toContain(`unknown record type "odd${SHOWN}"`);
  });

  it.each(['md', 'html', 'csv', 'fhir'])('is escaped in the %s report on stdout', (format) => {
    const r = runCli(['report', '--format', format], { env });
    expect(r.code).toBe(0);
    expectSafe(r.stdout);
    expect(r.stdout).toMatch(SHOWN_ANYHOW);
  });

  it.each(['md', 'html', 'csv', 'fhir'])('is escaped in the %s report written with --output', (format) => {
    const out = join(home, `report.${format}`);
    const r = runCli(['report', '--format', format, '--output', out], { env });
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expectSafe(text);
    expect(text).toMatch(SHOWN_ANYHOW);
  });
});
