import { describe, expect, it } from 'vitest';
import { cautionsFor, filterRemedies, generalCautions, lookupById } from '../../src/core/remedies.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

const kb = loadKnowledgeBase(MINIMAL_KB);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('filterRemedies', () => {
  it.each([
    [{}, ['ice-pack', 'anti-inflammatory-tablets', 'heat-pack', 'knee-hug', 'back-arch']],
    [{ phase: 'after-72-hours' }, ['anti-inflammatory-tablets', 'heat-pack', 'knee-hug', 'back-arch']],
    [{ category: 'cold' as const }, ['ice-pack']],
    [{ condition: 'numb-skin' }, ['ice-pack']],
    [{ condition: 'kidney-disease', phase: 'first-72-hours' }, ['anti-inflammatory-tablets']],
    [{ category: 'heat' as const }, ['heat-pack']],
    [{ category: 'massage' as const }, []],
  ])('%j', (filter, expected) => {
    expect(ids(filterRemedies(kb, filter))).toEqual(expected);
  });
});

describe('cautions', () => {
  const ice = kb.remedies.remedies[0]!;
  it('picks the cautions tied to a condition', () => {
    expect(cautionsFor(ice, ['numb-skin']).map((c) => c.action)).toEqual(['avoid']);
    expect(cautionsFor(ice, ['kidney-disease'])).toEqual([]);
  });
  it('keeps the cautions that apply to everyone apart', () => {
    expect(generalCautions(ice).map((c) => c.text)).toEqual(['Keep a cloth between the pack and your skin.']);
  });
});

describe('lookupById', () => {
  it('finds an entry', () => {
    expect(lookupById(kb.remedies.remedies, 'ice-pack', 'remedy', '')).toMatchObject({
      ok: true,
      value: { id: 'ice-pack' },
    });
  });
  it('suggests the nearest id', () => {
    expect(lookupById(kb.remedies.remedies, 'ice-pak', 'remedy', 'see the list')).toEqual({
      ok: false,
      message: 'unknown remedy "ice-pak"; did you mean "ice-pack"? see the list',
    });
  });
});
