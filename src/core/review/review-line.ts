// The line a person sees about clinical review, from the state kept with the
// loaded base: who reviewed what they were shown, only when every entry
// behind it is signed; otherwise how many of them are. Pure and light (no
// hashing), so any command can print it.
import type { LedgerState } from '../kb/review-schema.js';

export function reviewLine(state: Readonly<Record<string, LedgerState>>, keys: readonly string[] = Object.keys(state)): string {
  const states = [...new Set(keys)].map((k) => state[k]).filter((s): s is LedgerState => s !== undefined);
  const signed = states.filter((s) => s.status === 'signed');
  if (states.length > 0 && signed.length === states.length) {
    const reviewers = new Map<string, string>();
    for (const s of signed) for (const by of s.signedBy) reviewers.set(`${by.reviewer} (${by.role})`, latestOf(reviewers.get(`${by.reviewer} (${by.role})`), by.date));
    return `Reviewed by ${[...reviewers].map(([who, date]) => `${who} on ${date}`).join(', ')}.`;
  }
  const n = states.length;
  return `Not yet reviewed by a clinician (${signed.length} of the ${n} ${n === 1 ? 'entry' : 'entries'} behind this signed).`;
}

/** One line for a warning when the base is loaded: entries edited since signed, or rejected. */
export function ledgerWarning(state: Readonly<Record<string, LedgerState>>): string | undefined {
  const states = Object.values(state);
  const changed = states.filter((s) => s.status === 'changed').length;
  const rejected = states.filter((s) => s.status === 'rejected').length;
  if (changed + rejected === 0) return undefined;
  return `${changed} ${changed === 1 ? 'entry' : 'entries'} changed since signed and ${rejected} rejected by a clinical reviewer (backcare kb review lists them)`;
}

/** Counts for `sources` and `--version`. */
export function reviewCounts(state: Readonly<Record<string, LedgerState>>): Record<LedgerState['status'], number> & { entries: number } {
  const counts = { entries: 0, signed: 0, unreviewed: 0, changed: 0, rejected: 0 };
  for (const s of Object.values(state)) {
    counts.entries += 1;
    counts[s.status] += 1;
  }
  return counts;
}

function latestOf(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
