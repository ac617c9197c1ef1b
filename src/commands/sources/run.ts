// backcare sources [--json]
import { citationsBySource } from '../../core/citations.js';
import { reviewCounts } from '../../core/review/review-line.js';
import { toJson } from '../../ui/render/json.js';
import { renderSources } from '../../ui/render/sources.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import { createContext, type GlobalOptions } from '../../cli/context.js';
import { kbInfo } from '../../cli/command-support.js';
import type { OptionsOf } from '../../cli/spec.js';
import type { sourcesOptions } from './options.js';

export async function run(_args: string[], options: OptionsOf<typeof sourcesOptions>, globals: GlobalOptions): Promise<void> {
  const ctx = await createContext(globals, { json: options.json });
  const citations = citationsBySource(ctx.kb);
  if (options.json) {
    const sources = ctx.kb.sources.sources.map((s) => ({ ...s, citedBy: citations.get(s.id) ?? [] }));
    writeOut(ctx.term, toJson({ knowledgeBase: { ...kbInfo(ctx.kb), clinicalReview: reviewCounts(ctx.kb.review) }, sources }));
    return;
  }
  writeOut(ctx.term, renderSources(ctx.kb, citations, ctx.style, outputWidth(ctx.term)));
}
