// backcare warning-signs [--json]
import { groupWarningSigns } from '../../core/warning-signs.js';
import { toJson } from '../../ui/render/json.js';
import { renderWarningSigns } from '../../ui/render/warning-signs.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { kbInfo, regionOf } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { warningSignsOptions } from './options.js';

export async function run(options: Input<OptionsOf<typeof warningSignsOptions>>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const region = regionOf(ctx);
  const groups = groupWarningSigns(ctx.kb);
  if (options.json) {
    const sources = ctx.kb.sources.sources.filter((s) =>
      groups.some((g) => g.signs.some((w) => w.sources.includes(s.id))),
    );
    writeOut(ctx.term, toJson({ knowledgeBase: kbInfo(ctx.kb), region, levels: groups, sources }));
    return;
  }
  writeOut(ctx.term, renderWarningSigns(ctx.kb, groups, region, ctx.style, outputWidth(ctx.term)));
}
