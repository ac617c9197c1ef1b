// The clinical review process end to end, always in a copy of data/ (the
// shipped ledger stays empty): kb sign, kb review (text, --json, --html),
// kb validate, and what --kb and the check result then say. kb sign's refusals run in this
// process, in tests/commands/kb-sign.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT, runCli as runCliWithin } from '../helpers/run-cli.js';

// Signing, reviewing and loading a signed copy hash every entry (about a second on a quiet
// machine); CI runs the whole suite on two cores, so each run gets a minute, not ten seconds.
const runCli = (args: string[], options: Parameters<typeof runCliWithin>[1] = {}) =>
  runCliWithin(args, { timeoutMs: 60_000, ...options });
import { calmAnswersFile } from '../helpers/calm-answers.js';

const DATA = join(ROOT, 'data');
const SIGNER = ['--reviewer', 'Dr Test Reviewer', '--role', 'GP'];

interface BookJson {
  schemaVersion: number;
  entries: {
    kind: string;
    id: string;
    hash: string;
    status: string;
    chapter: string;
    shown: string[];
    tests: string[];
    sources: { id: string; url: string }[];
  }[];
  summary: {
    entries: number;
    signed: number;
    unreviewed: number;
    changed: number;
    rejected: number;
    byKind: Record<string, number>;
  };
}

function book(dir: string): BookJson {
  const r = runCli(['kb', 'review', dir, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as BookJson;
}

function signAll(dir: string): void {
  const r = runCli(['kb', 'sign', dir, ...SIGNER, '--all']);
  expect(r.code, r.stderr).toBe(0);
}

/** Rewrites one rule's reason, found by its id, so exactly that rule changes. */
function editReason(kb: ReturnType<typeof copyKb>, ruleId: string): void {
  kb.edit('rules.yaml', (text) => {
    const at = text.indexOf(`- id: ${ruleId}\n`);
    const reason = text.indexOf('reason: >-\n', at);
    const end = text.indexOf('\n', reason + 'reason: >-\n'.length);
    return `${text.slice(0, end)} (edited after signing)${text.slice(end)}`;
  });
}

describe('the shipped ledger', () => {
  it('holds no signature: nobody here is a clinician', () => {
    expect(parse(readFileSync(join(DATA, 'review.yaml'), 'utf8'))).toEqual({ signatures: [] });
  });
});

// Each test runs the built binary several times over the full base; a loaded machine needs the time.
describe('backcare kb sign and kb review, in a copy of data/', { timeout: 120_000 }, () => {
  it('never signs a base it was not given: no DIR and no --kb is refused', () => {
    const r = runCli(['kb', 'sign', ...SIGNER, '--all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'backcare: say which knowledge base to sign: backcare kb sign DIR (the folder with review.yaml, e.g. data)\n',
    );
    expect(parse(readFileSync(join(DATA, 'review.yaml'), 'utf8'))).toEqual({ signatures: [] });
  });

  it('shows every entry signed after kb sign --all, and exactly the edited rule as changed', () => {
    const kb = copyKb(DATA);
    const fresh = book(kb.dir);
    expect(fresh.schemaVersion).toBe(1);
    expect(fresh.summary.unreviewed).toBe(fresh.summary.entries);
    signAll(kb.dir);
    const signed = book(kb.dir);
    expect(signed.entries.every((e) => e.status === 'signed')).toBe(true);
    expect(signed.summary).toMatchObject({ signed: fresh.summary.entries, unreviewed: 0, changed: 0, rejected: 0 });

    editReason(kb, 'ces-saddle-numbness');
    const after = book(kb.dir);
    expect(after.entries.filter((e) => e.status !== 'signed').map((e) => `${e.kind}:${e.id}:${e.status}`)).toEqual([
      'rule:ces-saddle-numbness:changed',
    ]);
  });

  it('lists the changed rule first in the book, and kb validate and --kb say so', () => {
    const kb = copyKb(DATA);
    signAll(kb.dir);
    editReason(kb, 'ces-saddle-numbness');
    const text = runCli(['kb', 'review', kb.dir]).stdout;
    const attention = text.slice(text.indexOf('Needs attention first'), text.indexOf('Contents'));
    expect(attention).toContain('rule:ces-saddle-numbness: CHANGED since it was signed');
    const validate = runCli(['kb', 'validate', kb.dir]);
    expect(validate.stdout).toMatch(
      /Clinical review: \d+ of \d+ entries signed, 0 not yet reviewed, 1 changed since signed, 0 rejected\./,
    );
    expect(validate.stdout).toContain('Changed since signed: rule:ces-saddle-numbness.');
    const listed = runCli(['--kb', kb.dir, 'remedies']);
    expect(listed.code).toBe(0);
    expect(listed.stderr.trimEnd().split('\n')).toEqual([
      `backcare: warning: ${kb.dir}: 1 entry changed since signed and 0 rejected by a clinical reviewer ` +
        `(backcare kb review lists them)`,
    ]);
  });

  it('appends only: earlier signatures stay byte for byte, and a second reviewer is added', () => {
    const kb = copyKb(DATA);
    signAll(kb.dir);
    const first = readFileSync(join(kb.dir, 'review.yaml'), 'utf8');
    const r = runCli([
      'kb',
      'sign',
      kb.dir,
      '--reviewer',
      'P Test',
      '--role',
      'Physiotherapist',
      '--registration',
      'HCPC PH0000',
      '--entry',
      'rule:ces-saddle-numbness',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const second = readFileSync(join(kb.dir, 'review.yaml'), 'utf8');
    expect(second.startsWith(first)).toBe(true);
    const signatures = (parse(second) as { signatures: { id: string; reviewer: string }[] }).signatures;
    expect(signatures.filter((s) => s.id === 'ces-saddle-numbness').map((s) => s.reviewer)).toEqual([
      'Dr Test Reviewer',
      'P Test',
    ]);
    expect(runCli(['kb', 'sign', kb.dir, ...SIGNER, '--all']).stdout).toMatch(
      /^Added 0 signatures .* already carried this signature/,
    );
  });

  it('records a rejection with its note, and shows the entry as rejected', () => {
    const kb = copyKb(DATA);
    const r = runCli([
      'kb',
      'sign',
      kb.dir,
      ...SIGNER,
      '--entry',
      'rule:chest-pain',
      '--decision',
      'rejected',
      '--note',
      'Name the ambulance first',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(
      book(kb.dir)
        .entries.filter((e) => e.status === 'rejected')
        .map((e) => e.id),
    ).toEqual(['chest-pain']);
    expect(runCli(['kb', 'validate', kb.dir]).stdout).toContain('Rejected: rule:chest-pain.');
  });
});

describe('the review book', { timeout: 120_000 }, () => {
  const shipped = book(DATA);

  it('holds every kind of entry a person can be shown, emergencies first', () => {
    for (const kind of [
      'level',
      'rule',
      'warning-sign',
      'question',
      'emergency-number',
      'medicine',
      'remedy',
      'thermal',
      'follow-up',
      'learn-section',
      'omitted-claim',
    ]) {
      expect(shipped.summary.byKind[kind], kind).toBeGreaterThan(0);
    }
    expect(shipped.entries[0]).toMatchObject({ kind: 'level', id: 'emergency', chapter: 'Emergencies' });
    const firstNonEmergency = shipped.entries.findIndex((e) => e.chapter !== 'Emergencies');
    expect(shipped.entries.slice(firstNonEmergency).some((e) => e.chapter === 'Emergencies')).toBe(false);
  });

  it('shows what the person sees, with sources as links and the tests that name the entry', () => {
    const rule = shipped.entries.find((e) => e.id === 'ces-saddle-numbness' && e.kind === 'rule');
    expect(rule?.shown.join(' ')).toContain('cauda equina');
    expect(rule?.sources.every((s) => /^https?:\/\//.test(s.url))).toBe(true);
    expect(rule?.tests).toContain(
      'tests/scenarios/warning-sign-scenarios.test.ts › every warning sign, answered yes, gives its urgency › ' +
        'saddle-numbness via ces-saddle-numbness gives emergency',
    );
    const ibuprofen = shipped.entries.find((e) => e.kind === 'medicine' && e.id === 'nsaid-tablets');
    expect(ibuprofen?.shown.join('\n')).toMatch(/Cautions/);
  });

  it("puts the hazard log's hazards at the head of the chapters whose entries control them", () => {
    const text = runCli(['kb', 'review']).stdout;
    expect(text).toContain('Hazard H1. A missed emergency');
    expect(text.indexOf('Hazard H1. A missed emergency')).toBeLessThan(text.indexOf('rule:ces-saddle-numbness'));
    expect(text).toContain('Hazard H4. An unsafe medicine suggestion');
  });

  it('writes a self-contained HTML page that names a changed entry', () => {
    const kb = copyKb(DATA);
    signAll(kb.dir);
    editReason(kb, 'ces-saddle-numbness');
    const out = join(kb.dir, 'book.html');
    const r = runCli(['kb', 'review', kb.dir, '--html', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/<li><b>rule:ces-saddle-numbness<\/b>: CHANGED since it was signed<\/li>/);
    expect(html).not.toMatch(/<script|<link|src="http/);
  });
});

describe('kb review --html FILE', () => {
  it('never replaces a file that exists without --force, and names the flag', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcare-review-html-'));
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'my notes\n');
    const refused = runCli(['kb', 'review', '--html', notes]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/notes\.txt already exists; add --force to replace it, or choose another --html/);
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    const forced = runCli(['kb', 'review', '--html', notes, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it.each([
    ['an empty name', '', /--html.*It is empty; give a file name/],
    ['a folder', '.', /^backcare: --html \. is a folder, not a regular file; backcare only writes to files$/m],
  ])('refuses %s with exit 2, naming --html', (_case, target, message) => {
    const r = runCli(['kb', 'review', '--html', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('what a person is told about review', { timeout: 120_000 }, () => {
  it('says "not yet reviewed" with the shipped base, and names the reviewer once every entry behind a result is signed', () => {
    const answers = calmAnswersFile();
    const unsigned = runCli(['check', '--answers', answers, '--no-input']);
    expect(unsigned.stdout).toMatch(/Not yet reviewed by a clinician \(0 of the \d+ entries behind this signed\)\./);
    const kb = copyKb(DATA);
    signAll(kb.dir);
    const signed = runCli(['--kb', kb.dir, 'check', '--answers', answers, '--no-input']);
    expect(signed.stdout).toMatch(/Reviewed by Dr Test Reviewer \(GP\) on \d{4}-\d{2}-\d{2}\./);
    expect(JSON.parse(runCli(['--kb', kb.dir, 'check', '--answers', answers, '--json']).stdout).review).toMatch(
      /^Reviewed by Dr Test Reviewer/,
    );
  });

  it('shows the state in sources and --version', () => {
    expect(runCli(['sources']).stdout.replace(/\s+/g, ' ')).toMatch(
      /Clinical review: 0 of \d+ entries signed, \d+ not yet reviewed, 0 changed since signed, 0 rejected/,
    );
    expect(runCli(['--version']).stdout.split('\n')[1]).toMatch(
      /^knowledge base: not yet reviewed by a clinician \(0 of \d+ entries signed/,
    );
  });
});
