// backcare sources [--json]
import { citationsBySource } from '../../core/citations.js';
import { reviewCounts } from '../../core/review/review-line.js';
import { toJson } from '../../ui/render/json.js';
import { renderSources } from '../../ui/render/sources.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { kbInfo } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { sourcesOptions } from './options.js';

export async function run(options: Input<OptionsOf<typeof sourcesOptions>>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const citations = citationsBySource(ctx.kb);
  if (options.json) {
    const sources = ctx.kb.sources.sources.map((s) => ({ ...s, citedBy: citations.get(s.id) ?? [] }));
    writeOut(
      ctx.term,
      toJson({ knowledgeBase: { ...kbInfo(ctx.kb), clinicalReview: reviewCounts(ctx.kb.review) }, sources }),
    );
    return;
  }
  writeOut(ctx.term, renderSources(ctx.kb, citations, ctx.style, outputWidth(ctx.term)));
}
