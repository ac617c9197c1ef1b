// backcare remedies [id] [--phase] [--category] [--condition] [--json]
import { categoryNamed, filterRemedies, lookupById, lookupRemedy, type RemedyFilter } from '../../core/remedies.js';
import type { KnowledgeBase, Remedy } from '../../kb/types.js';
import { REMEDY_CATEGORIES } from '../../core/vocabulary.js';
import { toJson } from '../../ui/render/json.js';
import { groupsNotFor } from '../../core/populations.js';
import { renderRemedyDetail, renderRemedyList } from '../../ui/render/remedies.js';
import { outputWidth, writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { kbInfo, unwrap } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { remediesOptions } from './options.js';

type RemediesOptions = OptionsOf<typeof remediesOptions>;

export async function run(options: Input<RemediesOptions>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const { kb } = ctx;
  const [id] = options.args;
  const found = id === undefined ? undefined : lookupRemedy(kb, id, 'run "backcare remedies" to list them');
  // A kind of remedy that is no remedy's name or alias ("stretch") lists that kind, as --category would.
  const category = id !== undefined && !found?.ok ? categoryNamed(id) : undefined;
  if (category) options.category = category;
  else if (found !== undefined) {
    const remedy = unwrap(found);
    writeOut(
      ctx.term,
      options.json
        ? toJson({ remedy, notFor: groupsNotFor(kb, remedy), sources: citedSources(kb, [remedy]) })
        : renderRemedyDetail(kb, remedy, ctx.style, outputWidth(ctx.term)),
    );
    return;
  }
  const filter = checkedFilter(kb, options);
  const remedies = filterRemedies(kb, filter);
  if (options.json) {
    writeOut(ctx.term, toJson({ knowledgeBase: kbInfo(kb), filter, remedies, sources: citedSources(kb, remedies) }));
    return;
  }
  writeOut(
    ctx.term,
    renderRemedyList(kb, remedies, ctx.style, outputWidth(ctx.term), {
      condition: filter.condition,
      heading: heading(kb, filter),
    }),
  );
}

function checkedFilter(kb: KnowledgeBase, options: RemediesOptions): RemedyFilter {
  const filter: RemedyFilter = {};
  if (options.phase !== undefined) {
    filter.phase = unwrap(
      lookupById(
        kb.phases.phases,
        options.phase,
        'phase',
        `use one of: ${kb.phases.phases.map((p) => p.id).join(', ')}`,
      ),
    ).id;
  }
  if (options.category !== undefined) {
    const categories = REMEDY_CATEGORIES.map((id) => ({ id }));
    filter.category = unwrap(
      lookupById(categories, options.category, 'category', `use one of: ${REMEDY_CATEGORIES.join(', ')}`),
    ).id;
  }
  if (options.condition !== undefined) {
    const hint = `use one of: ${kb.conditions.conditions.map((c) => c.id).join(', ')}`;
    filter.condition = unwrap(lookupById(kb.conditions.conditions, options.condition, 'condition', hint)).id;
  }
  return filter;
}

function heading(kb: KnowledgeBase, filter: RemedyFilter): string {
  const parts = ['Home remedies for a back spasm'];
  if (filter.phase)
    parts.push(`that suit the ${kb.phases.phases.find((p) => p.id === filter.phase)?.name.toLowerCase()}`);
  if (filter.category) parts.push(`in the category ${filter.category}`);
  if (filter.condition) {
    const name = kb.conditions.conditions.find((c) => c.id === filter.condition)?.name ?? filter.condition;
    parts.push(`with a caution for: ${name}`);
  }
  return parts.join(' ');
}

function citedSources(kb: KnowledgeBase, remedies: Remedy[]) {
  const ids = new Set(
    remedies.flatMap((r) => [
      ...r.sources,
      r.evidence.gradedBy,
      ...(r.disagreement?.sources ?? []),
      ...r.cautions.flatMap((c) => c.sources),
      ...groupsNotFor(kb, r).flatMap((g) => g.sources),
    ]),
  );
  return kb.sources.sources.filter((s) => ids.has(s.id));
}
