// Listening lines: offered only when the answers say the person is struggling
// to cope, for their region, or every known line when the region is unknown.
import { describe, expect, it } from 'vitest';
import { listeningOffer } from '../../src/core/listening.js';
import { resolveRegion } from '../../src/core/region.js';
import { check, kb } from '../helpers/scenario.js';

const struggling = check({ 'worried-or-struggling': 'yes' }).facts;
const coping = check({}).facts;
const offerFor = (region: string | undefined, facts = struggling) =>
  listeningOffer(kb.emergency, resolveRegion(kb.emergency, region, {}).resolved, facts);

describe('listening lines', () => {
  it.each([
    ['GB', '116 123'],
    ['IE', '116 123'],
    ['US', '988'],
    ['AU', '13 11 14'],
    ['NZ', '1737'],
  ])('offers the line for %s (%s) to someone struggling to cope', (region, number) => {
    expect(offerFor(region)?.lines.map((l) => l.number)).toEqual([number]);
  });

  it('lists every line, with where each one is, when the region is not known', () => {
    const lines = offerFor(undefined)?.lines ?? [];
    expect(lines.map((l) => `${l.number} ${l.where}`)).toEqual([
      '116 123 United Kingdom and Ireland',
      '988 United States',
      '13 11 14 Australia',
      '1737 New Zealand',
    ]);
  });

  it('offers nothing to someone who is coping', () => {
    expect(offerFor('GB', coping)).toBeUndefined();
  });

  it('sources every line', () => {
    const withLine = kb.emergency.regions.filter((r) => r.listeningLine);
    expect(withLine.map((r) => r.code).sort()).toEqual(['AU', 'GB', 'IE', 'NZ', 'US']);
    for (const r of withLine) expect(r.listeningLine?.sources.length, r.code).toBeGreaterThan(0);
  });
});
