// backcare report [--from DATE] [--to DATE] [--format md|html|csv|fhir|pdf] [--output FILE] [--force]
import { repeatedIds } from '../../core/diary/fhir.js';
import { buildReport, type ReportModel } from '../../core/diary/report.js';
import { addLocalDays, startOfDay } from '../../core/diary/stats.js';
import { dayAndTime } from '../../core/diary/time.js';
import { localDate } from '../../core/time/when.js';
import type { Diary, Episode } from '../../core/diary/types.js';
import { closestId } from '../../core/suggest.js';
import { UsageError } from '../../runtime/errors.js';
import { reportCsvChunks } from '../../ui/render/report-csv.js';
import { reportFhirChunks } from '../../ui/render/report-fhir.js';
import { reportHtml } from '../../ui/render/report-html.js';
import { reportMarkdown } from '../../ui/render/report-markdown.js';
import { safeText } from '../../runtime/safe-text.js';
import type { OutputStream } from '../../runtime/process-output.js';
import { wholeStream, writeErr } from '../../runtime/term.js';
import { echoed } from '../../core/echo.js';
import type { Io } from '../../cli/io.js';
import { readDiaryReporting } from '../../cli/diary-reader.js';
import { pastTimeFlag, periodEndFlag } from '../../cli/flag-values.js';
import { browserTimeoutMs, findBrowser, printToPdf } from './print-pdf.js';
import { ALIASES, FORMATS, type Format } from './formats.js';
import { checkOutputTarget, writeChunks, writeWhole } from '../../files/output-file.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { reportOptions } from './options.js';

declare const __BACKCARE_VERSION__: string;

type ReportOptions = OptionsOf<typeof reportOptions>;

/** With no --from and no episode: this many days back. */
export const DEFAULT_DAYS = 28;

export async function run(options: Input<ReportOptions>, io: Io): Promise<void> {
  const format = parseFormat(options.format);
  const now = io.now();
  const to = options.to === undefined ? now : periodEndFlag('--to', options.to, now);
  const explicitFrom = options.from === undefined ? undefined : pastTimeFlag('--from', options.from, now);
  const output = outputFor(format, options.output, to);
  if (output !== undefined) checkOutputTarget(output, options.force === true);
  // Before any work, so a missing browser is one quick line.
  const browser = format === 'pdf' ? browserFor(io.term.env) : undefined;
  const ctx = await io.context({ json: true });
  const { value: diary } = readDiaryReporting(
    ctx.term,
    (episodes) => explicitFrom ?? defaultFromEpisodes(episodes, to),
    now,
  );
  const from = explicitFrom ?? defaultFrom(diary, to);
  if (from > to) throw new UsageError(`--from (${dayAndTime(from)}) is after --to (${dayAndTime(to)}); swap them`);
  const model = buildReport(ctx.kb, {
    diary,
    from,
    to,
    now,
    software: { name: 'backcare', version: __BACKCARE_VERSION__ },
  });
  if (format === 'fhir') warnRepeatedIds(ctx.term.stderr, repeatedIds(model.pain.points));
  if (browser !== undefined && output !== undefined) {
    writeWhole(output, [await printReport(model, browser)], options.force === true);
  } else {
    // Every piece made safe on its way out (control characters from a hand-edited diary).
    const chunks = mapChunks(render(format as Exclude<Format, 'pdf'>, model), (chunk) => safeText(chunk));
    if (output === undefined) {
      await writeChunks(wholeStream(ctx.term.stdout), chunks);
      return;
    }
    writeWhole(output, chunks, options.force === true);
  }
  writeErr(ctx.term, `backcare: wrote ${echoed(output, 300)} (${describe(format, model)})\n`);
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

function warnRepeatedIds(stderr: OutputStream, repeats: number): void {
  if (repeats === 0) return;
  const what =
    repeats === 1
      ? '1 pain score has the same id as an earlier one'
      : `${repeats} pain scores have the same id as an earlier one`;
  stderr.write(
    `backcare: warning: ${what} (a copied diary line?); each is kept as its own Observation, with a new id\n`,
  );
}

/**
 * `--output -` is stdout, as with most tools; a PDF never goes to stdout: without --output it gets a file name of its
 * own.
 */
function outputFor(format: Format, given: string | undefined, to: Date): string | undefined {
  if (format !== 'pdf') return given === '-' ? undefined : given;
  if (given === '-')
    throw new UsageError(
      'a PDF is not written to stdout; give --output FILE, or leave --output out for back-pain-report-DATE.pdf',
    );
  return given ?? defaultPdfName(to);
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
  throw new UsageError(
    `--format "${echoed(value)}" is not one of ${FORMATS.join(', ')}${close ? `; did you mean "${close}"?` : ''}`,
  );
}

/**
 * Entries this long before an episode was started belong to it (when no
 * earlier episode was open then): a score logged in the morning and
 * `episode start` typed in the afternoon are one episode, as history shows.
 */
export const LEAD_IN_HOURS = 48;

/** From the first entry of the latest episode (its lead-in included), else the first entry of the last 28 days. */
function defaultFrom(diary: Diary, to: Date): Date {
  const episode = latestBy(diary.episodes, to);
  const floor = episode ? leadInFloor(diary.episodes, episode) : defaultFloor(to);
  const first = [...diary.pain, ...diary.checks, ...diary.timers]
    .map((x) => x.at)
    .filter((at) => at >= floor && at <= to)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (episode) return first && first < episode.start ? first : episode.start;
  return first ? startOfDay(first) : floor;
}

/** The earliest the default period can start: all the diary a report without --from needs. */
function defaultFromEpisodes(episodes: readonly Episode[], to: Date): Date {
  const episode = latestBy(episodes, to);
  return episode ? leadInFloor(episodes, episode) : defaultFloor(to);
}

function latestBy(episodes: readonly Episode[], to: Date): Episode | undefined {
  return episodes.filter((e) => e.start <= to).at(-1);
}

/** The lead-in starts LEAD_IN_HOURS before the episode, never before the episode before it ended. */
function leadInFloor(episodes: readonly Episode[], episode: Episode): Date {
  const leadIn = new Date(episode.start.getTime() - LEAD_IN_HOURS * 3_600_000);
  const previousEnd = episodes.filter((e) => e !== episode && e.start < episode.start).at(-1)?.end;
  return previousEnd && previousEnd > leadIn ? previousEnd : leadIn;
}

function defaultFloor(to: Date): Date {
  return startOfDay(addLocalDays(to, -(DEFAULT_DAYS - 1)));
}

function* mapChunks(chunks: Iterable<string>, change: (chunk: string) => string): Generator<string> {
  for (const chunk of chunks) yield change(chunk);
}

function render(format: Exclude<Format, 'pdf'>, model: ReportModel): Iterable<string> {
  switch (format) {
    case 'md':
      return [reportMarkdown(model)];
    case 'html':
      return [reportHtml(model)];
    case 'csv':
      return reportCsvChunks(model);
    case 'fhir':
      return reportFhirChunks(model);
  }
}

function describe(format: Format, model: ReportModel): string {
  const n = model.pain.summary.count;
  const scores = `${n} pain score${n === 1 ? '' : 's'}`;
  return {
    md: `Markdown, ${scores}`,
    html: `HTML for one A4 page, ${scores}`,
    pdf: `PDF of one A4 page, ${scores}`,
    csv: 'CSV of every entry',
    fhir: `FHIR R4 Bundle, ${scores} as Observations`,
  }[format];
}
