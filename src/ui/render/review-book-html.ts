// The review book as one printable, self-contained HTML page: no scripts, no
// external files, long words and URLs wrapped so nothing is cut off in print.
import type { KnowledgeBase } from '../../kb/types.js';
import type { Book, BookEntry, Chapter } from '../../core/review/book.js';
import { bookIntro, entryTitle, shownTests, signatureText, STATUS_LABEL } from './review-book.js';
import { shownLines } from './review-entry.js';

const CSS =
  `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 8.5pt/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: ` +
  `#111; margin: 0 auto; padding: 8mm; max-width: 186mm; overflow-wrap: anywhere; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 1.5mm; border-bottom: 2px solid #333; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
h4 { font-size: 10pt; margin: 0 0 1mm; font-family: ui-monospace, Menlo, Consolas, monospace; break-after: avoid; }
p, ul { margin: 0 0 1.5mm; } ul { padding-left: 5mm; }
.entry { border-top: 1px solid #bbb; padding: 1.2mm 0 0.5mm; margin: 1mm 0; }
.shown { white-space: pre-wrap; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 7.8pt; ` +
  `background: #f6f6f6; padding: 1mm 1.5mm; margin: 0.6mm 0; }
.status { font-weight: 600; } .changed, .rejected { color: #a00; } .signed { color: #060; }
.small { font-size: 7.5pt; color: #333; margin-bottom: 0.6mm; } .hazard { border-left: 3px solid #a00; ` +
  `padding-left: 3mm; }
.attention { border: 2px solid #a00; padding: 2mm 3mm; }
@media print { body { padding: 0; max-width: none; } h4, .status { break-after: avoid; } }
`;

export function renderBookHtml(kb: KnowledgeBase, book: Book, shown: string): string {
  const [title = '', ...intro] = bookIntro(book, shown);
  const body: string[] = [`<h1>${esc(title)}</h1>`, ...intro.map((l) => `<p>${esc(l)}</p>`)];
  body.push('<div class="attention"><h3>Needs attention first</h3>');
  if (book.attention.length === 0) body.push('<p>Nothing changed since it was signed, and nothing rejected.</p>');
  else
    body.push(
      '<ul>',
      ...book.attention.map((e) => `<li><b>${esc(entryTitle(e))}</b>: ${esc(STATUS_LABEL[e.status])}</li>`),
      '</ul>',
    );
  body.push(
    '</div>',
    '<h3>Contents</h3><ol>',
    ...book.chapters.map((c) => `<li>${esc(c.title)} (${c.entries.length})</li>`),
    '</ol>',
  );
  book.chapters.forEach((c, i) => body.push(...chapterHtml(kb, c, i + 1)));
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>${CSS}</style></head><body>\n${body.join('\n')}\n</body></html>\n`
  );
}

function chapterHtml(kb: KnowledgeBase, chapter: Chapter, n: number): string[] {
  const out = [`<h2>${n}. ${esc(chapter.title)}</h2>`, `<p>${esc(chapter.why)}</p>`];
  for (const h of chapter.hazards) {
    out.push(`<div class="hazard"><h3>Hazard ${esc(h.id)}. ${esc(h.title)}</h3><ul class="small">`);
    for (const c of h.controls)
      out.push(
        `<li>${esc(c.control)}${c.proofs.length > 0 ? `<br>Proved by: ${c.proofs.map(esc).join('<br>')}` : ''}</li>`,
      );
    out.push('</ul></div>');
  }
  for (const e of chapter.entries) out.push(entryHtml(kb, e));
  return out;
}

function entryHtml(kb: KnowledgeBase, e: BookEntry): string {
  const facts = [e.entry.level ? `level ${e.entry.level}` : '', e.entry.stance ? `stance ${e.entry.stance}` : '']
    .filter(Boolean)
    .join(', ');
  const sources = e.entry.sources.map((id) => {
    const s = kb.sources.sources.find((x) => x.id === id);
    return s
      ? `[${esc(id)}] ${esc(s.publisher)}: ${esc(s.title)} <a href="${esc(s.url)}">${esc(s.url)}</a>`
      : `[${esc(id)}]`;
  });
  const signatures = [
    ...e.current.map((s) => `Signed: ${esc(signatureText(s))}`),
    ...(e.status === 'changed'
      ? [`Edited after it was signed; earlier: ${e.earlier.map((s) => esc(signatureText(s))).join('; ')}`]
      : []),
  ];
  return [
    `<div class="entry" id="${esc(`${e.entry.kind}-${e.entry.id}`)}">`,
    `<h4>${esc(entryTitle(e))}</h4>`,
    `<p><span class="status ${e.status}">${esc(STATUS_LABEL[e.status])}</span>${facts ? ` · ${esc(facts)}` : ''}</p>`,
    `<div class="shown">${esc(shownLines(kb, e.entry, 100).join('\n'))}</div>`,
    `<p class="small"><b>Sources:</b> ` +
      `${sources.length > 0 ? sources.join('; ') : 'none (wording or structure of backcare itself)'}</p>`,
    `<p class="small"><b>Tests:</b> ${
      e.tests.length > 0 ? shownTests(e.tests).map(esc).join('<br>') : 'no scenario or generated test names this entry.'
    }</p>`,
    `<p class="small"><b>Sign-off:</b> ` +
      `${signatures.length > 0 ? signatures.join('<br>') : 'none yet.'}<br>${esc(e.hash)}</p>`,
    '</div>',
  ].join('\n');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
