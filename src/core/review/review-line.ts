// The line a person sees about clinical review, from the state kept with the
// loaded base: who reviewed what they were shown, only when every entry
// behind it is signed; otherwise how many of them are. Pure and light (no
// hashing), so any command can print it.
import type { LedgerState } from '../../kb/review-schema.js';

const UNREVIEWED: LedgerState = { status: 'unreviewed', signedBy: [] };

/** `keys`: the entries behind what is shown; without them, the whole base (`entryCount` entries). */
export function reviewLine(review: LedgerSummary, keys?: readonly string[]): string {
  if (keys === undefined) {
    const c = reviewCounts(review);
    if (c.entries > 0 && c.signed === c.entries) return reviewedBy(Object.values(review.state));
    return `Not yet reviewed by a clinician (${c.signed} of the ${c.entries} entries of this knowledge base signed).`;
  }
  const states = [...new Set(keys)].map((k) => review.state[k] ?? UNREVIEWED);
  const signed = states.filter((s) => s.status === 'signed');
  if (states.length > 0 && signed.length === states.length) return reviewedBy(signed);
  const n = states.length;
  return (
    `Not yet reviewed by a clinician (${signed.length} of the ${n} ${n === 1 ? 'entry' : 'entries'} behind this ` +
    `signed).`
  );
}

export interface LedgerSummary {
  state: Readonly<Record<string, LedgerState>>;
  entryCount: number;
}

function reviewedBy(signed: readonly LedgerState[]): string {
  const reviewers = new Map<string, string>();
  for (const s of signed)
    for (const by of s.signedBy)
      reviewers.set(`${by.reviewer} (${by.role})`, latestOf(reviewers.get(`${by.reviewer} (${by.role})`), by.date));
  return `Reviewed by ${[...reviewers].map(([who, date]) => `${who} on ${date}`).join(', ')}.`;
}

/** One line for a warning when the base is loaded: entries edited since signed, or rejected. */
export function ledgerWarning(state: Readonly<Record<string, LedgerState>>): string | undefined {
  const states = Object.values(state);
  const changed = states.filter((s) => s.status === 'changed').length;
  const rejected = states.filter((s) => s.status === 'rejected').length;
  if (changed + rejected === 0) return undefined;
  return (
    `${changed} ${changed === 1 ? 'entry' : 'entries'} changed since signed and ${rejected} rejected by a ` +
    `clinical reviewer (backcare kb review lists them)`
  );
}

/** Counts for `sources` and `--version`. */
export function reviewCounts(review: LedgerSummary): Record<LedgerState['status'], number> & { entries: number } {
  const counts = { entries: review.entryCount, signed: 0, unreviewed: 0, changed: 0, rejected: 0 };
  for (const s of Object.values(review.state)) counts[s.status] += 1;
  counts.unreviewed = review.entryCount - counts.signed - counts.changed - counts.rejected;
  return counts;
}

function latestOf(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
