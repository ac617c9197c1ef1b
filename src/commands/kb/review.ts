// backcare kb review [DIR] [--json | --html FILE]: the review book.
import type { KnowledgeBase } from '../../kb/types.js';
import { reviewBook, type TestIndex } from '../../core/review/book.js';
import { reviewEntries } from '../../core/review/entries.js';
import { reviewStatuses } from '../../core/review/ledger.js';
import { gunzipSync } from 'node:zlib';
import { packagePath } from '../../files/package-path.js';
import { readRegularBytes } from '../../files/regular-file.js';
import { toJson } from '../../ui/render/json.js';
import { bookJson, renderBookText } from '../../ui/render/review-book.js';
import { renderBookHtml } from '../../ui/render/review-book-html.js';
import { styleFor } from '../../ui/style.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import { safeText } from '../../runtime/safe-text.js';
import type { Io } from '../../cli/io.js';
import { kbDirOf, loadKbDir } from './dir.js';
import { checkOutputTarget, writeWhole } from '../../files/output-file.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { kbReviewOptions } from './options.js';

export async function run(options: Input<OptionsOf<typeof kbReviewOptions>>, io: Io): Promise<void> {
  const term = io.term;
  const where = kbDirOf(options.args, io.globals);
  if (options.html !== undefined) checkOutputTarget(options.html, options.force === true, '--html');
  const kb = await loadKbDir(where, term.env);
  const book = reviewBook(kb, reviewStatuses(reviewEntries(kb), kb.review.signatures), readTestIndex());
  if (options.json) {
    writeOut(term, toJson({ knowledgeBase: where.shown, ...bookJson(kb, book) }));
    return;
  }
  if (options.html !== undefined) {
    writeWhole(options.html, [safeText(renderBookHtml(kb, book, where.shown))], options.force === true);
    writeOut(
      term,
      `Wrote the review book (${book.summary.entries} entries, ${book.summary.changed} ` +
        `changed, ${book.summary.rejected} rejected) to ${options.html}.`,
    );
    return;
  }
  const style = await styleFor(term.color);
  writeOut(term, renderBookText(kb as KnowledgeBase, book, where.shown, style, outputWidth(term)));
}

/** The tests behind each entry, indexed when backcare was built; without it the book says no test names an entry. */
function readTestIndex(): TestIndex | undefined {
  const read = readRegularBytes(packagePath('dist/review-index.json.gz'), 4 * 1024 * 1024);
  if (!read.ok) return undefined;
  try {
    return JSON.parse(gunzipSync(read.bytes, { maxOutputLength: 16 * 1024 * 1024 }).toString('utf8')) as TestIndex;
  } catch {
    return undefined;
  }
}
