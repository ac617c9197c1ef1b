// The clinician's report in a real browser: the fullest report the diary can
// produce, printed to PDF by headless Chromium, must be one A4 page with every
// section and no text cut off at the right edge. Then `report --format pdf`
// does the same printing itself. Needs Chromium and poppler-utils (.ci/run
// installs them); where they are missingPdfTools the tests are skipped, and say why.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserArgs } from '../../src/commands/report/print-pdf.js';
import { A4, browser, missingPdfTools, runTool, unescapeHtml, visibleWords, wordBoxes } from '../helpers/pdf-tools.js';
import { fullDiary } from '../helpers/full-diary.js';
import { runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';

/** The report's @page margin, 10 mm, in points. */
const MARGIN = (10 / 25.4) * 72;

function pageInfo(pdf: string): { pages: number; width: number; height: number } {
  const info = runTool('pdfinfo', [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

if (missingPdfTools.length > 0)
  skipVisibly(`the report in headless Chromium: skipped, ${missingPdfTools.join(' and ')} not installed here`);

describe.skipIf(missingPdfTools.length > 0)('the report in headless Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'backcare-chromium-'));
  const htmlFile = join(work, 'report.html');
  const pdfFile = join(work, 'report.pdf');
  let html = '';

  beforeAll(() => {
    const diary = fullDiary();
    const r = runCli(['report', '--format', 'html', '--from', diary.from, '--output', htmlFile], {
      env: { BACKCARE_HOME: diary.home },
    });
    expect(r.code, r.stderr).toBe(0);
    html = readFileSync(htmlFile, 'utf8');
    runTool(browser!, browserArgs(join(work, 'profile'), pdfFile, htmlFile));
  }, 90_000);

  it('prints the fullest report on exactly one A4 page', () => {
    const page = pageInfo(pdfFile);
    expect(page.pages).toBe(1);
    expect(page.width).toBeCloseTo(A4.width, 0);
    expect(page.height).toBeCloseTo(A4.height, 0);
  });

  it('has every section heading in the text of the PDF', () => {
    const headings = [...html.matchAll(/<h[12]>([^<]*)<\/h[12]>|<div class="flag"><b>([^<]*)<\/b>/g)].map((m) =>
      unescapeHtml(m[1] ?? m[2]!),
    );
    expect(headings).toEqual(
      expect.arrayContaining([
        'Episode',
        'Checks run',
        'Tried, and what helped',
        'Conditions and medicines noted',
        'Flags from the diary',
      ]),
    );
    expect(headings.some((h) => h.startsWith("Patient's notes"))).toBe(true);
    const text = runTool('pdftotext', ['-layout', pdfFile, '-']).replace(/\s+/g, ' ');
    for (const heading of headings) expect(text).toContain(heading);
  });

  it('cuts no text off at the right edge: every word is on the page, inside the margin', () => {
    const boxes = wordBoxes(pdfFile);
    const rightmost = Math.max(...boxes.map((b) => b.xMax));
    expect(rightmost).toBeLessThanOrEqual(A4.width - MARGIN + 1);
    // A line run past the edge would lose its end: every word of the HTML must be in the PDF.
    const printed = boxes.map((b) => b.word).join('');
    const lost = visibleWords(html).filter((word) => !printed.includes(word));
    expect(lost).toEqual([]);
  });

  it('report --format pdf prints the same one-page PDF with the browser it finds', () => {
    const diary = fullDiary();
    const output = join(work, 'from-backcare.pdf');
    const r = runCli(['report', '--format', 'pdf', '--from', diary.from, '--output', output], {
      env: { BACKCARE_HOME: diary.home },
      timeoutMs: 90_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/wrote .*from-backcare\.pdf \(PDF of one A4 page, \d+ pain scores\)/);
    expect(pageInfo(output).pages).toBe(1);
    expect(runTool('pdftotext', [output, '-'])).toContain('Back pain diary: summary for a clinician');
  }, 90_000);
});
