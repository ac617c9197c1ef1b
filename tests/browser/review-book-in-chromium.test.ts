// The review book in a real browser: `kb review --html` of a signed copy of
// data/ with one rule edited, printed to PDF by headless Chromium: A4 pages,
// every heading in the PDF's text, nothing cut off at the right edge, and the
// changed rule named. Needs Chromium and poppler-utils; where they are missing
// the test is skipped, and says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserArgs, findBrowser } from '../../src/commands/print-pdf.js';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';

const A4 = { width: 595.28, height: 841.89 };
/** The book's @page side margin, 12 mm, in points. */
const MARGIN = (12 / 25.4) * 72;

function browserOrNull(): string | null {
  try {
    return findBrowser(process.env);
  } catch {
    return null;
  }
}
const browser = browserOrNull();
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;
const missing = [browser ? '' : 'Chrome or Chromium', hasPoppler ? '' : 'poppler-utils (pdfinfo, pdftotext)'].filter((m) => m !== '');

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
}

if (missing.length > 0) skipVisibly(`the review book in headless Chromium: skipped, ${missing.join(' and ')} not installed here`);

describe.skipIf(missing.length > 0)('the review book in headless Chromium', () => {
  // Outside the copied base: copyKb removes its folder after the first test.
  const work = mkdtempSync(join(tmpdir(), 'backcare-book-'));
  const htmlFile = join(work, 'book.html');
  const pdfFile = join(work, 'book.pdf');
  let html = '';

  beforeAll(() => {
    const kb = copyKb(join(ROOT, 'data'));
    expect(runCli(['kb', 'sign', kb.dir, '--reviewer', 'Dr Test Reviewer', '--role', 'GP', '--all']).code).toBe(0);
    kb.edit('rules.yaml', (t) => t.replace(/(- id: chest-pain\n[\s\S]*?reason: >-\n[^\n]*)/, '$1 (edited)'));
    const r = runCli(['kb', 'review', kb.dir, '--html', htmlFile]);
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(htmlFile, 'utf8');
    run(browser!, browserArgs(join(work, 'profile'), pdfFile, htmlFile));
  }, 180_000);

  it('prints on A4 pages, and says how many', () => {
    const info = run('pdfinfo', [pdfFile]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    console.log(`the review book prints on ${pages} A4 pages`);
    expect(pages).toBeGreaterThan(1);
    expect(Number(size?.[1])).toBeCloseTo(A4.width, 0);
    expect(Number(size?.[2])).toBeCloseTo(A4.height, 0);
  });

  it('has every heading in the text of the PDF, and names the changed rule first', () => {
    const headings = [...html.matchAll(/<h[1-4]>([^<]*)<\/h[1-4]>/g)].map((m) => unescapeHtml(m[1]!));
    expect(headings.length).toBeGreaterThan(300);
    // Compared without spaces: a long path or id may wrap at a hyphen.
    const text = run('pdftotext', ['-layout', pdfFile, '-']).replace(/\s+/g, '');
    for (const heading of headings) expect(text, heading).toContain(heading.replace(/\s+/g, ''));
    const attention = text.slice(text.indexOf('Needsattentionfirst'), text.indexOf('Contents'));
    expect(attention).toContain('rule:chest-pain:CHANGEDsinceitwassigned');
  });

  it('cuts no text off at the right edge: every word is on its page, inside the margin', () => {
    const boxes = [...run('pdftotext', ['-bbox', pdfFile, '-']).matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
      word: unescapeHtml(m[2]!),
      xMax: Number(m[1]),
    }));
    expect(Math.max(...boxes.map((b) => b.xMax))).toBeLessThanOrEqual(A4.width - MARGIN + 1);
    const printed = boxes.map((b) => b.word).join('');
    const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<head[\s\S]*?<\/head>/, '');
    const words = unescapeHtml(body.replace(/<[^>]+>/g, ' ')).split(/\s+/).filter((w) => w !== '');
    // Each distinct word once: the book has tens of thousands of words.
    const lost = [...new Set(words)].filter((word) => !printed.includes(word));
    expect(lost.slice(0, 20)).toEqual([]);
  });
});
