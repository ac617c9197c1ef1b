// The review book as text and as JSON: what needs attention first, then each
// chapter (its hazards and their proofs), then each entry with what the
// person sees, its level or stance, its sources, its tests and its sign-off.
import type { KnowledgeBase, Signature } from '../../kb/types.js';
import type { Book, BookEntry, Chapter } from '../../core/review/book.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { shownLines } from './review-entry.js';

export const STATUS_LABEL = {
  signed: 'signed',
  unreviewed: 'not yet reviewed',
  changed: 'CHANGED since it was signed',
  rejected: 'REJECTED by a reviewer',
} as const;

export function entryTitle(e: BookEntry): string {
  return `${e.entry.kind}:${e.entry.id}`;
}

export function bookIntro(book: Book, shown: string): string[] {
  const s = book.summary;
  return [
    `Review book of the knowledge base in ${shown}`,
    `${s.entries} entries: ${s.signed} signed, ${s.unreviewed} not yet reviewed, ${s.changed} changed since ` +
      `signed, ${s.rejected} rejected.`,
    `Kinds: ${Object.entries(s.byKind)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}.`,
    'Sign with: backcare kb sign DIR --reviewer NAME --role ROLE --entry KIND:ID (or --all), adding ' +
      '--decision rejected --note WHY to reject.',
  ];
}

export function renderBookText(kb: KnowledgeBase, book: Book, shown: string, style: Style, width: number): string {
  const out: string[] = [
    style.strong(bookIntro(book, shown)[0] as string),
    ...bookIntro(book, shown)
      .slice(1)
      .flatMap((l) => wrap(l, width)),
    '',
  ];
  out.push(style.heading('Needs attention first'));
  if (book.attention.length === 0) out.push('  Nothing changed since it was signed, and nothing rejected.');
  for (const e of book.attention)
    out.push(
      ...wrap(
        `${entryTitle(e)}: ` +
          `${STATUS_LABEL[e.status]}${lastSignature(e) ? ` (${signatureText(lastSignature(e) as Signature)})` : ''}`,
        width,
        '  • ',
        '    ',
      ),
    );
  out.push('', style.heading('Contents'));
  book.chapters.forEach((c, i) =>
    out.push(
      `  ${i + 1}. ${c.title} ` +
        `(${c.entries.length})${c.hazards.length > 0 ? ` — ${c.hazards.map((h) => h.id).join(', ')}` : ''}`,
    ),
  );
  book.chapters.forEach((c, i) => out.push('', ...chapterText(kb, c, i + 1, style, width)));
  return out.join('\n');
}

function chapterText(kb: KnowledgeBase, chapter: Chapter, n: number, style: Style, width: number): string[] {
  const out: string[] = [style.strong(`${n}. ${chapter.title.toUpperCase()}`), ...wrap(chapter.why, width)];
  for (const h of chapter.hazards) {
    out.push('', style.heading(`Hazard ${h.id}. ${h.title}`));
    for (const c of h.controls) {
      out.push(...wrap(c.control, width, '  • ', '    '));
      for (const p of c.proofs) out.push(...wrap(p, width, '      proved by ', '        ').map((l) => style.dim(l)));
    }
  }
  for (const e of chapter.entries) out.push('', ...entryText(kb, e, style, width));
  return out;
}

function entryText(kb: KnowledgeBase, e: BookEntry, style: Style, width: number): string[] {
  const facts = [e.entry.level ? `level ${e.entry.level}` : '', e.entry.stance ? `stance ${e.entry.stance}` : '']
    .filter(Boolean)
    .join(', ');
  const out = [`${style.id(entryTitle(e))}  [${STATUS_LABEL[e.status]}]${facts ? `  ${facts}` : ''}`];
  out.push('  What the person sees:', ...shownLines(kb, e.entry, width - 4).map((l) => `    ${l}`));
  out.push(...wrap(`Sources: ${sourceText(kb, e.entry.sources)}`, width, '  ', '    '));
  out.push(
    ...(e.tests.length === 0
      ? ['  Tests: no scenario or generated test names this entry.']
      : ['  Tests:', ...shownTests(e.tests).flatMap((t) => wrap(t, width, '    - ', '      '))]),
  );
  out.push(...signatureLines(e, width));
  out.push(style.dim(`  Hash: ${e.hash}`));
  return out;
}

function sourceText(kb: KnowledgeBase, ids: readonly string[]): string {
  if (ids.length === 0) return 'none (wording or structure of backcare itself)';
  return ids
    .map((id) => {
      const s = kb.sources.sources.find((x) => x.id === id);
      return s ? `[${id}] ${s.publisher}: ${s.title} ${s.url}` : `[${id}]`;
    })
    .join('; ');
}

function signatureLines(e: BookEntry, width: number): string[] {
  const out = e.current.flatMap((s) => wrap(`Signed: ${signatureText(s)}`, width, '  ', '    '));
  if (e.status === 'changed')
    out.push(
      ...wrap(
        `Edited after it was signed; earlier signatures: ${e.earlier.map(signatureText).join('; ')}`,
        width,
        '  ',
        '    ',
      ),
    );
  if (out.length === 0) out.push('  Sign-off: none yet.');
  return out;
}

function lastSignature(e: BookEntry): Signature | undefined {
  return e.current[e.current.length - 1] ?? e.earlier[e.earlier.length - 1];
}

export function signatureText(s: Signature): string {
  const reg = s.registration ? `, ${s.registration}` : '';
  return `${s.decision} by ${s.reviewer} (${s.role}${reg}) on ${s.date}${s.note ? `: ${s.note}` : ''}`;
}

export function bookJson(kb: KnowledgeBase, book: Book, width = 100): Record<string, unknown> {
  return {
    entries: book.chapters.flatMap((c) =>
      c.entries.map((e) => ({
        kind: e.entry.kind,
        id: e.entry.id,
        hash: e.hash,
        status: e.status,
        chapter: c.title,
        level: e.entry.level ?? null,
        stance: e.entry.stance ?? null,
        shown: shownLines(kb, e.entry, width),
        sources: e.entry.sources.map((id) => ({ id, url: kb.sources.sources.find((s) => s.id === id)?.url ?? null })),
        tests: e.tests,
        signatures: e.current,
        earlierSignatures: e.earlier,
      })),
    ),
    hazards: book.chapters.flatMap((c) => c.hazards.map((h) => ({ chapter: c.title, id: h.id, title: h.title }))),
    summary: book.summary,
  };
}

/** Printed books list the first few tests of an entry; --json lists them all. */
const TESTS_SHOWN = 6;

export function shownTests(tests: readonly string[]): string[] {
  if (tests.length <= TESTS_SHOWN) return [...tests];
  return [
    ...tests.slice(0, TESTS_SHOWN),
    `and ${tests.length - TESTS_SHOWN} more (backcare kb review --json lists them all)`,
  ];
}
