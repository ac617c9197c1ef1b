// backcare kb validate [DIR] [--json]
import type { KnowledgeBase } from '../../kb/types.js';
import { formatLocatedProblem } from '../../kb/located-problem.js';
import { KnowledgeBaseError } from '../../runtime/errors.js';
import { reviewEntries } from '../../core/review/entries.js';
import { orphanSignatures } from '../../core/review/ledger.js';
import { reviewCounts } from '../../core/review/review-line.js';
import { toJson } from '../../ui/render/json.js';
import { writeOut } from '../../runtime/term.js';
import { packagePath } from '../../files/package-path.js';
import { EXIT } from '../../runtime/errors.js';
import type { Io } from '../../cli/io.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { kbValidateOptions } from './options.js';

const SHIPPED_DATA = packagePath('data');

export async function run(options: Input<OptionsOf<typeof kbValidateOptions>>, io: Io): Promise<number | undefined> {
  const term = io.term;
  const dir = options.args[0] ?? (io.globals.kb || undefined);
  const shown = dir ?? 'the built-in knowledge base (data/)';
  // Loaded lazily so this command shares dist/kb/load.cjs (zod and the schema) instead of carrying a copy.
  const { loadKnowledgeBase } = await import('../../kb/load.js');
  let kb: KnowledgeBase;
  try {
    kb = dir === undefined ? loadKnowledgeBase(SHIPPED_DATA, 'data') : loadKnowledgeBase(dir);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError) || !options.json) throw error;
    writeOut(
      term,
      toJson({
        valid: false,
        problemCount: error.total,
        problems: error.problems.map((p) => ({ ...p, text: formatLocatedProblem(p) })),
      }),
    );
    return EXIT.usage;
  }
  const counts = countEntries(kb);
  const overdue = kb.meta.nextReview < io.now().toISOString().slice(0, 10);
  const review = clinicalReview(kb);
  if (options.json) {
    writeOut(term, toJson({ valid: true, reviewOverdue: overdue, meta: kb.meta, counts, clinicalReview: review }));
    return;
  }
  const summary = Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  writeOut(term, `${shown} is valid: ${summary}.`);
  const c = review.counts;
  writeOut(
    term,
    `Clinical review: ${c.signed} of ${c.entries} entries signed, ${c.unreviewed} not yet ` +
      `reviewed, ${c.changed} changed since signed, ${c.rejected} rejected.`,
  );
  if (review.changed.length > 0) writeOut(term, `Changed since signed: ${review.changed.join(', ')}.`);
  if (review.rejected.length > 0) writeOut(term, `Rejected: ${review.rejected.join(', ')}.`);
  if (review.orphans.length > 0)
    writeOut(
      term,
      `Signatures for entries this base no longer has (renamed or removed): ${review.orphans.join(', ')}.`,
    );
  if (overdue)
    term.stderr.write(`backcare: warning: the review of this knowledge base was due on ${kb.meta.nextReview}\n`);
}

function countEntries(kb: KnowledgeBase): Record<string, number> {
  return {
    sources: kb.sources.sources.length,
    conditions: kb.conditions.conditions.length,
    phases: kb.phases.phases.length,
    remedies: kb.remedies.remedies.length,
    'warning signs': kb.warningSigns.warningSigns.length,
    'thermal protocols': kb.thermal.protocols.length,
    'recovery facts': kb.timelines.recovery.length,
    'follow-up thresholds': kb.timelines.followUp.length,
    regions: kb.emergency.regions.length,
    'omitted claims': kb.omitted.omitted.length,
    questions: kb.questions.questions.length,
    rules: kb.rules.rules.length,
    'stretch routines': kb.routines.routines.length,
    'learn topics': kb.learn.topics.length,
  };
}

function clinicalReview(kb: KnowledgeBase) {
  const state = Object.entries(kb.review.state);
  return {
    counts: reviewCounts(kb.review),
    changed: state.filter(([, s]) => s.status === 'changed').map(([key]) => key),
    rejected: state.filter(([, s]) => s.status === 'rejected').map(([key]) => key),
    orphans: [...new Set(orphanSignatures(reviewEntries(kb), kb.review.signatures).map((s) => `${s.kind}:${s.id}`))],
  };
}
