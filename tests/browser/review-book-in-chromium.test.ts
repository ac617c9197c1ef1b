// The review book in a real browser: `kb review --html` of a signed copy of
// data/ with one rule edited, printed to PDF by headless Chromium: A4 pages,
// every heading in the PDF's text, nothing cut off at the right edge, and the
// changed rule named. Needs Chromium and poppler-utils; where they are missingPdfTools
// the test is skipped, and says why.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserArgs } from '../../src/commands/report/print-pdf.js';
import { A4, browser, missingPdfTools, runTool, unescapeHtml, visibleWords, wordBoxes } from '../helpers/pdf-tools.js';
import { copyKb } from '../helpers/kb-copy.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';

/** The book's @page side margin, 12 mm, in points. */
const MARGIN = (12 / 25.4) * 72;

if (missingPdfTools.length > 0)
  skipVisibly(`the review book in headless Chromium: skipped, ${missingPdfTools.join(' and ')} not installed here`);

describe.skipIf(missingPdfTools.length > 0)('the review book in headless Chromium', () => {
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
    runTool(browser!, browserArgs(join(work, 'profile'), pdfFile, htmlFile));
  }, 180_000);

  it('prints on A4 pages, and says how many', () => {
    const info = runTool('pdfinfo', [pdfFile]);
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
    const text = runTool('pdftotext', ['-layout', pdfFile, '-']).replace(/\s+/g, '');
    for (const heading of headings) expect(text, heading).toContain(heading.replace(/\s+/g, ''));
    const attention = text.slice(text.indexOf('Needsattentionfirst'), text.indexOf('Contents'));
    expect(attention).toContain('rule:chest-pain:CHANGEDsinceitwassigned');
  });

  it('cuts no text off at the right edge: every word is on its page, inside the margin', () => {
    const boxes = wordBoxes(pdfFile);
    expect(Math.max(...boxes.map((b) => b.xMax))).toBeLessThanOrEqual(A4.width - MARGIN + 1);
    const printed = boxes.map((b) => b.word).join('');
    const words = visibleWords(html);
    // Each distinct word once: the book has tens of thousands of words.
    const lost = [...new Set(words)].filter((word) => !printed.includes(word));
    expect(lost.slice(0, 20)).toEqual([]);
  });
});
