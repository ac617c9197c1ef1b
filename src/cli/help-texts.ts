// The help that is not about one option: the program's exit codes, environment
// and files, the timers' keys, where the diary lives. Kept as data, so --help
// and the man page are made from the same rows.
import { EXIT_CODES_NOTE, exitCodeRows } from '../runtime/errors.js';
import { wrap } from '../ui/wrap.js';

export type Row = readonly [term: string, text: string];

/** A titled block of help: rows of a term and its text, then indented paragraphs. */
export interface HelpBlock {
  readonly title: string;
  readonly rows: readonly Row[];
  /** Where the text column starts, counted after the two-space indent. */
  readonly column: number;
  readonly paragraphs?: readonly string[];
}

export const ENVIRONMENT: HelpBlock = {
  title: 'Environment',
  column: 18,
  rows: [
    ['BACKCARE_KB', 'knowledge-base directory to use instead of the built-in one'],
    ['BACKCARE_REGION', 'two-letter country code for emergency numbers: GB, US, NZ'],
    ['BACKCARE_HOME', 'folder for the pain diary (default: $XDG_DATA_HOME/backcare, else ~/.local/share/backcare)'],
    ['BACKCARE_ACCESSIBLE=1', 'plain numbered questions in check, and plain lines instead of redrawing in timers'],
    ['NO_COLOR', 'turn colour off (any non-empty value); FORCE_COLOR turns it on'],
    [
      'BACKCARE_BROWSER',
      'Chrome or Chromium for report --format pdf (default: chromium, google-chrome, … on the PATH)',
    ],
    ['BACKCARE_BROWSER_TIMEOUT', 'seconds to wait for it to print the PDF (default 60)'],
    ['NODE_DISABLE_COMPILE_CACHE', 'any value: keep no compiled code in the cache (see Files)'],
  ],
};

export const FILES: HelpBlock = {
  title: 'Files',
  column: 31,
  rows: [
    ['$BACKCARE_HOME/diary.jsonl', 'pain scores, checks and timer sessions, one JSON record a line'],
    ['$BACKCARE_HOME/episodes.jsonl', 'episode starts and ends (BACKCARE_HOME: see Environment)'],
    [
      '~/.cache/backcare/',
      'caches that save work on the next run: compiled code, --kb folders already validated; ' +
        'safe to delete ($XDG_CACHE_HOME/backcare where that is set)',
    ],
  ],
};

export function exitCodesBlock(): HelpBlock {
  return {
    title: 'Exit codes',
    column: 5,
    rows: exitCodeRows().map((r) => [r.codes, r.meaning]),
    paragraphs: [EXIT_CODES_NOTE],
  };
}

export const TIMER_KEYS: HelpBlock = {
  title: 'Keys (in a terminal)',
  column: 7,
  rows: [
    ['space', 'pause or resume'],
    ['s', 'skip to the next phase'],
    ['q', 'quit'],
    ['?', 'show the keys'],
    ['Ctrl-C', 'quit with exit code 130; SIGTERM exits 143'],
  ],
};

export const TIMER_NOTE =
  'Not in a terminal, it prints one line per event with its time, reads no keys and prints the checklist once on ' +
  'stderr. Durations: 20m, 90s, 1m30s, 1h.';

export const DIARY_NOTE =
  'Your diary is kept on this computer only, as plain JSON Lines files in $BACKCARE_HOME, else ' +
  '$XDG_DATA_HOME/backcare, ' +
  'else ~/.local/share/backcare.';

/** `examples`, `blocks` and `notes` of a command, as help prints them after its options, wrapped to `width`. */
export function helpAfter(
  parts: { examples?: readonly string[]; blocks?: readonly HelpBlock[]; notes?: readonly string[] },
  width: number,
): string {
  const examples = parts.examples?.length ? [`Examples:\n${parts.examples.map((l) => `  $ ${l}`).join('\n')}`] : [];
  const blocks = (parts.blocks ?? []).map((block) => renderBlock(block, width));
  const notes = (parts.notes ?? []).map((note) => wrap(note, width).join('\n'));
  const all = [...examples, ...blocks, ...notes];
  return all.length > 0 ? `\n${all.join('\n\n')}` : '';
}

function renderBlock(block: HelpBlock, width: number): string {
  const rows = block.rows.map(
    ([term, text]) => `  ${term.length < block.column ? term.padEnd(block.column) : `${term}  `}${text}`,
  );
  const paragraphs = (block.paragraphs ?? []).map((p) => wrap(p, width, '  ').join('\n'));
  return [`${block.title}:`, ...rows, ...paragraphs].join('\n');
}
