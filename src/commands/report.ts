// backcare report [--from DATE] [--to DATE] [--format md|html|csv|fhir|pdf] [--output FILE] [--force]
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fhirBundle } from '../core/diary/fhir.js';
import { buildReport, type ReportModel } from '../core/diary/report.js';
import { addLocalDays, startOfDay } from '../core/diary/stats.js';
import { dayAndTime } from '../core/diary/time.js';
import { localDate } from '../core/time/when.js';
import type { Diary } from '../core/diary/types.js';
import { closestId } from '../core/suggest.js';
import { StoreError, UsageError } from '../errors.js';
import { reportCsv } from '../ui/render/report-csv.js';
import { reportHtml } from '../ui/render/report-html.js';
import { reportMarkdown } from '../ui/render/report-markdown.js';
import { safeText } from '../ui/safe-text.js';
import { createContext, type GlobalOptions } from './context.js';
import { readDiaryReporting } from './diary-context.js';
import { pastTimeFlag, periodEndFlag } from './flags.js';
import { browserTimeoutMs, findBrowser, printToPdf } from './print-pdf.js';
import { ALIASES, FORMATS, type Format } from './report-formats.js';

declare const __BACKCARE_VERSION__: string;

interface ReportOptions {
  from?: string;
  to?: string;
  format?: string;
  output?: string;
  force?: boolean;
}

/** With no --from and no episode: this many days back. */
export const DEFAULT_DAYS = 28;

export async function run(_args: string[], options: ReportOptions, globals: GlobalOptions): Promise<void> {
  const format = parseFormat(options.format);
  const now = new Date();
  const to = options.to === undefined ? now : periodEndFlag('--to', options.to, now);
  const explicitFrom = options.from === undefined ? undefined : pastTimeFlag('--from', options.from, now);
  // A PDF never goes to stdout: without --output it gets a file name of its own.
  const output = options.output ?? (format === 'pdf' ? defaultPdfName(to) : undefined);
  if (output !== undefined && !options.force && existsSync(output)) {
    throw new UsageError(`${output} already exists; add --force to replace it, or choose another --output`);
  }
  // Before any work, so a missing browser is one quick line.
  const browser = format === 'pdf' ? browserFor(process.env) : undefined;
  const ctx = await createContext(globals, { json: true });
  const { value: diary } = readDiaryReporting(ctx.term);
  const from = explicitFrom ?? defaultFrom(diary, to);
  if (from > to) throw new UsageError(`--from (${dayAndTime(from)}) is after --to (${dayAndTime(to)}); swap them`);
  const model = buildReport(ctx.kb, { diary, from, to, now, software: { name: 'backcare', version: __BACKCARE_VERSION__ } });
  const content = format === 'pdf' ? await printReport(model, browser ?? browserFor(process.env)) : safeText(render(format, model));
  if (output === undefined) {
    ctx.term.stdout.write(content);
    return;
  }
  writeWhole(output, content);
  ctx.term.stderr.write(`backcare: wrote ${output} (${describe(format, model)})\n`);
}

interface Browser {
  path: string;
  timeoutMs: number;
}

function browserFor(env: NodeJS.ProcessEnv): Browser {
  return { path: findBrowser(env), timeoutMs: browserTimeoutMs(env) };
}

function printReport(model: ReportModel, browser: Browser): Promise<Uint8Array> {
  return printToPdf(safeText(reportHtml(model)), browser.path, browser.timeoutMs);
}

/** back-pain-report-2026-11-21.pdf, in the current folder, dated by the end of the period. */
export function defaultPdfName(to: Date): string {
  return `back-pain-report-${localDate(to)}.pdf`;
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'md';
  const v = value.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  const alias = ALIASES[v];
  if (alias) return alias;
  const close = closestId(v, [...FORMATS]);
  throw new UsageError(`--format "${value}" is not one of ${FORMATS.join(', ')}${close ? `; did you mean "${close}"?` : ''}`);
}

/** From the start of the latest episode, else the first entry of the last 28 days. */
function defaultFrom(diary: Diary, to: Date): Date {
  const episode = diary.episodes.filter((e) => e.start <= to).at(-1);
  if (episode) return episode.start;
  const floor = startOfDay(addLocalDays(to, -(DEFAULT_DAYS - 1)));
  const first = [...diary.pain, ...diary.checks, ...diary.timers].map((x) => x.at).filter((at) => at >= floor && at <= to).sort((a, b) => a.getTime() - b.getTime())[0];
  return first ? startOfDay(first) : floor;
}

function render(format: Exclude<Format, 'pdf'>, model: ReportModel): string {
  switch (format) {
    case 'md':
      return reportMarkdown(model);
    case 'html':
      return reportHtml(model);
    case 'csv':
      return reportCsv(model);
    case 'fhir':
      return `${JSON.stringify(fhirBundle(model), null, 2)}\n`;
  }
}

function describe(format: Format, model: ReportModel): string {
  const n = model.pain.summary.count;
  const scores = `${n} pain score${n === 1 ? '' : 's'}`;
  return { md: `Markdown, ${scores}`, html: `HTML for one A4 page, ${scores}`, pdf: `PDF of one A4 page, ${scores}`, csv: 'CSV of every entry', fhir: `FHIR R4 Bundle, ${scores} as Observations` }[format];
}

/**
 * The whole file or nothing: write a private temporary file beside the target,
 * flush it, then rename it over the target in one step.
 */
function writeWhole(target: string, content: string | Uint8Array): void {
  const path = resolve(target);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // It was never created.
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const reason = { EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'no such folder', ENOSPC: 'the disk is full', EROFS: 'the disk is read-only', EISDIR: 'it is a folder' }[code] ?? code;
    throw new StoreError(`cannot write ${target} (${reason}); nothing was written`);
  }
}
