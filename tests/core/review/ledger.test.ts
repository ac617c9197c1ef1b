// The sign-off ledger's logic: canonical hashes, each entry's status, what a
// person is told, and what kb sign appends (time injected).
import { describe, expect, it } from 'vitest';
import type { Signature } from '../../../src/kb/types.js';
import { reviewEntries, type ReviewEntry } from '../../../src/core/review/entries.js';
import { canonicalJson, entryHash } from '../../../src/core/review/hash.js';
import { ledgerState, orphanSignatures, reviewStatuses } from '../../../src/core/review/ledger.js';
import { ledgerWarning, reviewLine } from '../../../src/core/review/review-line.js';
import { planSignatures, type Signer } from '../../../src/core/review/sign.js';
import { kb } from '../../helpers/scenario.js';

const NOW = new Date('2026-12-04T10:00:00Z');
const GP: Signer = { reviewer: 'Dr A Test', role: 'GP', decision: 'approved' };
const PHYSIO: Signer = {
  reviewer: 'B Test',
  role: 'Physiotherapist',
  registration: 'HCPC PH0000',
  decision: 'approved',
};

const rule = (reason: string, extra: Record<string, unknown> = {}): ReviewEntry => ({
  kind: 'rule',
  id: 'ces-saddle-numbness',
  content: { id: 'ces-saddle-numbness', level: 'emergency', reason, ...extra },
  sources: ['nhs-back'],
});

function sign(entries: ReviewEntry[], signer: Signer, earlier: Signature[] = []): Signature[] {
  return [...earlier, ...planSignatures(reviewStatuses(entries, earlier), { all: true }, signer, NOW).added];
}

describe('canonical hashes', () => {
  it('ignore the order of keys at every depth, and change with any value', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"e":3,"f":2}]},"b":1}',
    );
    expect(entryHash({ a: 1, b: 2 })).toBe(entryHash({ b: 2, a: 1 }));
    expect(entryHash({ a: 1, b: 2 })).not.toBe(entryHash({ a: 1, b: 3 }));
    expect(entryHash({ a: 1 })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('cover fields no code knows about yet, such as a short form of a question', () => {
    const question = reviewEntries(kb).find((e) => e.kind === 'question') as ReviewEntry;
    const withShort = { ...question, content: { ...(question.content as object), short: 'Numb between the legs?' } };
    expect(entryHash(withShort.content)).not.toBe(entryHash(question.content));
  });
});

describe('entry status', () => {
  it('goes unreviewed, signed, changed after an edit, and signed again', () => {
    const before = [rule('Numbness there can be a sign of pressure on the nerves.')];
    expect(reviewStatuses(before, []).map((r) => r.status)).toEqual(['unreviewed']);
    const signed = sign(before, GP);
    expect(reviewStatuses(before, signed).map((r) => r.status)).toEqual(['signed']);
    const edited = [rule('Numbness there can be a sign of pressure on the nerves at the base of the spine.')];
    expect(reviewStatuses(edited, signed).map((r) => r.status)).toEqual(['changed']);
    expect(reviewStatuses(edited, sign(edited, GP, signed)).map((r) => r.status)).toEqual(['signed']);
  });

  it('is rejected while the latest signature of the present content rejects it', () => {
    const entries = [rule('x')];
    const rejected = sign(entries, { ...GP, decision: 'rejected', note: 'say hospital' });
    expect(reviewStatuses(entries, rejected)[0]?.status).toBe('rejected');
    expect(reviewStatuses(entries, sign(entries, PHYSIO, rejected))[0]?.status).toBe('signed');
  });

  it('ships every entry of the built-in base as unreviewed: its ledger is empty', () => {
    expect(kb.review.signatures).toEqual([]);
    expect(kb.review.state).toEqual({});
    expect(kb.review.entryCount).toBe(reviewEntries(kb).length);
  });

  it('names every entry of the built-in base once, by kind and id', () => {
    const keys = reviewEntries(kb).map((e) => `${e.kind}:${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('rule:ces-saddle-numbness');
    expect(keys).toContain('emergency-number:gb');
    expect(keys.filter((k) => k.startsWith('learn-section:')).length).toBeGreaterThan(8);
  });
});

describe('signatures of entries the base no longer has', () => {
  it('are found, so kb validate can name them', () => {
    const signed = sign([rule('x')], GP);
    expect(orphanSignatures([rule('x')], signed)).toEqual([]);
    expect(orphanSignatures([{ ...rule('x'), id: 'renamed' }], signed).map((s) => s.id)).toEqual([
      'ces-saddle-numbness',
    ]);
  });
});

describe('kb sign', () => {
  it('dates each signature from the clock it is given, and adds a second reviewer without touching the first', () => {
    const entries = [rule('x')];
    const first = sign(entries, GP);
    expect(first).toEqual([
      expect.objectContaining({
        kind: 'rule',
        id: 'ces-saddle-numbness',
        reviewer: 'Dr A Test',
        date: '2026-12-04',
        decision: 'approved',
      }),
    ]);
    const both = sign(entries, PHYSIO, first);
    expect(both.slice(0, 1)).toEqual(first);
    expect(both[1]).toMatchObject({ reviewer: 'B Test', registration: 'HCPC PH0000' });
  });

  it('does not sign twice for the same reviewer and decision, and reports unknown entries', () => {
    const entries = [rule('x')];
    const first = sign(entries, GP);
    const again = planSignatures(
      reviewStatuses(entries, first),
      { keys: ['rule:ces-saddle-numbness', 'rule:nope'] },
      GP,
      NOW,
    );
    expect(again.added).toEqual([]);
    expect(again.alreadySigned).toHaveLength(1);
    expect(again.unknown).toEqual(['rule:nope']);
  });
});

describe('what the person is told', () => {
  const entries = [rule('x'), { ...rule('y'), id: 'ces-difficulty-peeing' }];
  const keys = ['rule:ces-saddle-numbness', 'rule:ces-difficulty-peeing'];

  it('names the reviewer only where every entry behind the result is signed', () => {
    const one = planSignatures(reviewStatuses(entries, []), { keys: ['rule:ces-saddle-numbness'] }, GP, NOW).added;
    const partly = { state: ledgerState(reviewStatuses(entries, one)), entryCount: 2 };
    expect(reviewLine(partly, keys)).toBe('Not yet reviewed by a clinician (1 of the 2 entries behind this signed).');
    expect(reviewLine(partly, ['rule:ces-saddle-numbness'])).toBe('Reviewed by Dr A Test (GP) on 2026-12-04.');
    const all = { state: ledgerState(reviewStatuses(entries, sign(entries, GP))), entryCount: 2 };
    expect(reviewLine(all, keys)).toBe('Reviewed by Dr A Test (GP) on 2026-12-04.');
  });

  it('says "not yet reviewed" for a changed or rejected entry, and warns in one line', () => {
    const signed = sign(entries, GP);
    const edited = [rule('x, edited'), entries[1] as ReviewEntry];
    const state = ledgerState(reviewStatuses(edited, signed));
    expect(reviewLine({ state, entryCount: 2 }, keys)).toMatch(/^Not yet reviewed by a clinician \(1 of the 2/);
    expect(reviewLine({ state, entryCount: 2 })).toBe(
      'Not yet reviewed by a clinician (1 of the 2 entries of this knowledge base signed).',
    );
    expect(ledgerWarning(state)).toBe(
      '1 entry changed since signed and 0 rejected by a clinical reviewer (backcare kb review lists them)',
    );
    expect(ledgerWarning(ledgerState(reviewStatuses(entries, signed)))).toBeUndefined();
  });
});
