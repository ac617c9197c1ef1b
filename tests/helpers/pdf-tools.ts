// Headless Chromium and poppler-utils for the tests that print a page to PDF
// and read it back: which of them this machine has, and how to run them.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { findBrowser } from '../../src/commands/report/print-pdf.js';

/** An A4 page in PDF points. */
export const A4 = { width: 595.28, height: 841.89 };

function browserOrNull(): string | null {
  try {
    return findBrowser(process.env);
  } catch {
    return null;
  }
}

export const browser = browserOrNull();
const hasPoppler = spawnSync('pdfinfo', ['-v']).error === undefined;

/** What this machine lacks for printing and reading PDFs, in words for a skip message. */
export const missingPdfTools = [
  browser ? '' : 'Chrome or Chromium',
  hasPoppler ? '' : 'poppler-utils (pdfinfo, pdftotext)',
].filter((m) => m !== '');

/** Runs a tool that must succeed, and returns what it printed. */
export function runTool(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a reader sees in the HTML: no styles, tags or entities. */
export function visibleWords(html: string): string[] {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<head[\s\S]*?<\/head>/, '');
  return unescapeHtml(body.replace(/<[^>]+>/g, ' '))
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Word boxes from pdftotext -bbox. */
export function wordBoxes(pdf: string): { word: string; xMax: number }[] {
  return [
    ...runTool('pdftotext', ['-bbox', pdf, '-']).matchAll(
      /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    word: unescapeHtml(m[2]!),
    xMax: Number(m[1]),
  }));
}
