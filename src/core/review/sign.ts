// Choosing what `kb sign` appends. Pure: the clock is passed in.
import type { Signature } from '../../kb/types.js';
import type { ReviewDecision } from '../vocabulary.js';
import { entryKey } from './entries.js';
import type { EntryReview } from './ledger.js';

export interface Signer {
  reviewer: string;
  role: string;
  registration?: string;
  decision: ReviewDecision;
  note?: string;
}

export type Selection = { all: true } | { keys: string[] };

export interface SignPlan {
  added: Signature[];
  /** Entries this reviewer had already signed, as they stand, with the same decision. */
  alreadySigned: EntryReview[];
  unknown: string[];
}

export function planSignatures(
  reviews: readonly EntryReview[],
  selection: Selection,
  signer: Signer,
  now: Date,
): SignPlan {
  const byKey = new Map(reviews.map((r) => [entryKey(r.entry.kind, r.entry.id), r]));
  const keys = 'all' in selection ? [...byKey.keys()] : [...new Set(selection.keys)];
  const unknown = keys.filter((k) => !byKey.has(k));
  const chosen = keys.flatMap((k) => byKey.get(k) ?? []);
  const date = now.toISOString().slice(0, 10);
  const same = (r: EntryReview): boolean =>
    r.current.some((s) => s.reviewer === signer.reviewer && s.role === signer.role && s.decision === signer.decision);
  const added = chosen.filter((r) => !same(r)).map((r) => signatureFor(r, signer, date));
  return { added, alreadySigned: chosen.filter(same), unknown };
}

function signatureFor(review: EntryReview, signer: Signer, date: string): Signature {
  return {
    kind: review.entry.kind,
    id: review.entry.id,
    hash: review.hash,
    reviewer: signer.reviewer,
    role: signer.role,
    ...(signer.registration !== undefined ? { registration: signer.registration } : {}),
    date,
    decision: signer.decision,
    ...(signer.note !== undefined ? { note: signer.note } : {}),
  };
}
