// The sign-off ledger (data/review.yaml): signatures a clinician appends with
// `backcare kb sign`, one per entry and reviewer, never edited afterwards.
import { z } from 'zod';
import { ENTRY_KINDS, REVIEW_DECISIONS } from '../core/vocabulary.js';
import { IsoDate, Text } from './schema-parts.js';

export const Signature = z
  .strictObject({
    kind: z.enum(ENTRY_KINDS),
    /** Entry ids are knowledge-base ids, or `topic/section` for a learn section. */
    id: z
      .string()
      .regex(
        /^[a-z0-9]+([-_][a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/,
        'expected an entry id such as ces-saddle-numbness',
      ),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected sha256: and 64 hex digits (written by backcare kb sign)'),
    reviewer: Text,
    role: Text,
    registration: Text.optional(),
    date: IsoDate,
    decision: z.enum(REVIEW_DECISIONS),
    note: Text.optional(),
  })
  .refine((s) => s.decision === 'approved' || s.note !== undefined, {
    message: 'a rejection or an approval with a note needs the note',
    path: ['note'],
  });

/**
 * Each signed, changed or rejected entry's status, by `kind:id`, worked out when the base is loaded (or
 * compiled), so no command hashes at run time. An entry not in it is unreviewed; `entryCount` counts all.
 */
export interface LedgerState {
  status: 'signed' | 'unreviewed' | 'changed' | 'rejected';
  signedBy: { reviewer: string; role: string; date: string }[];
}

export const ReviewFile = z
  .strictObject({ signatures: z.array(Signature).nullable() })
  .transform((f) => ({ signatures: f.signatures ?? [], state: {} as Record<string, LedgerState>, entryCount: 0 }));
