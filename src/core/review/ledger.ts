// What the ledger says about each entry: signed (every current signature of
// its present content approves it), rejected (the latest signature of its
// present content rejects it), changed (signed once, edited since) or
// unreviewed. Pure: the entries, their hashes and the ledger are passed in.
import type { LedgerState } from '../../kb/review-schema.js';
import type { Signature } from '../../kb/types.js';
import { entryKey, type ReviewEntry } from './entries.js';
import { entryHash } from './hash.js';

const REVIEW_STATUSES = ['signed', 'unreviewed', 'changed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface EntryReview {
  entry: ReviewEntry;
  hash: string;
  status: ReviewStatus;
  /** Signatures of the content as it is now, oldest first. */
  current: Signature[];
  /** Signatures of earlier content, oldest first. */
  earlier: Signature[];
}

export type StatusCounts = Record<ReviewStatus, number> & { entries: number };

export function reviewStatuses(entries: readonly ReviewEntry[], signatures: readonly Signature[]): EntryReview[] {
  const byKey = new Map<string, Signature[]>();
  for (const s of signatures) byKey.set(entryKey(s.kind, s.id), [...(byKey.get(entryKey(s.kind, s.id)) ?? []), s]);
  return entries.map((entry) => {
    const hash = entryHash(entry.content);
    const all = byKey.get(entryKey(entry.kind, entry.id)) ?? [];
    const current = all.filter((s) => s.hash === hash);
    const earlier = all.filter((s) => s.hash !== hash);
    return { entry, hash, status: statusOf(current, earlier), current, earlier };
  });
}

function statusOf(current: Signature[], earlier: Signature[]): ReviewStatus {
  const latest = current[current.length - 1];
  if (latest) return latest.decision === 'rejected' ? 'rejected' : 'signed';
  return earlier.length > 0 ? 'changed' : 'unreviewed';
}

export function countStatuses(reviews: readonly EntryReview[]): StatusCounts {
  const counts: StatusCounts = { entries: reviews.length, signed: 0, unreviewed: 0, changed: 0, rejected: 0 };
  for (const r of reviews) counts[r.status] += 1;
  return counts;
}

/** Signatures in the ledger for entries the base no longer has (renamed or removed). */
export function orphanSignatures(entries: readonly ReviewEntry[], signatures: readonly Signature[]): Signature[] {
  const keys = new Set(entries.map((e) => entryKey(e.kind, e.id)));
  return signatures.filter((s) => !keys.has(entryKey(s.kind, s.id)));
}

/** The state kept with a loaded base: the status of each entry with a signature, and who signed its present content. */
export function ledgerState(reviews: readonly EntryReview[]): Record<string, LedgerState> {
  return Object.fromEntries(
    reviews
      .filter((r) => r.status !== 'unreviewed')
      .map((r) => [
        entryKey(r.entry.kind, r.entry.id),
        {
          status: r.status,
          signedBy:
            r.status === 'signed'
              ? r.current
                  .filter((s) => s.decision !== 'rejected')
                  .map(({ reviewer, role, date }) => ({ reviewer, role, date }))
              : [],
        },
      ]),
  );
}
