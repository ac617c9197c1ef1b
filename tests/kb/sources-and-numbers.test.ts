// Sources on the shipped knowledge base: emergency numbers from official
// pages where one is known, links to the articles themselves, and no
// adults-only source behind an under-16 rule.
import { describe, expect, it } from 'vitest';
import { kb } from '../helpers/scenario.js';

const WIKIPEDIA = 'wiki-emergency-numbers';
/** Regions whose number no official page known to the authors confirms (marked in emergency-numbers.yaml). */
const WIKIPEDIA_ONLY = ['CA', 'MX', 'CN', 'ZA'];

const region = (code: string) => kb.emergency.regions.find((r) => r.code === code);
const url = (id: string) => kb.sources.sources.find((s) => s.id === id)?.url;

describe('emergency numbers', () => {
  it('come from an official page wherever one is known', () => {
    const wikipediaOnly = kb.emergency.regions
      .filter((r) => r.sources.every((s) => s === WIKIPEDIA))
      .map((r) => r.code);
    expect(wikipediaOnly).toEqual(WIKIPEDIA_ONLY);
  });

  it('include 5-digit numbers: South Africa 112 from mobiles and 10177 from landlines', () => {
    expect(region('ZA')).toMatchObject({ emergency: '112', alsoWorks: ['10177'] });
    expect(region('ZA')?.note).toMatch(/landline, call 10177/);
  });

  it('give Brazil 192 (SAMU) and 193 (fire and rescue)', () => {
    expect(region('BR')).toMatchObject({ emergency: '192', alsoWorks: ['193'] });
    expect(region('BR')?.sources).toContain('br-samu-192');
  });
});

describe('source links', () => {
  it.each([
    ['acp-2017', 'https://doi.org/10.7326/M16-2367'],
    ['acr-2021', 'https://doi.org/10.1016/j.jacr.2021.08.002'],
  ])('%s points at the article by its DOI', (id, doi) => {
    expect(url(id)).toBe(doi);
  });

  it('fda-2020 is the drug safety communication, not a podcast transcript', () => {
    expect(url('fda-2020')).toMatch(/^https:\/\/www\.fda\.gov\/drugs\/drug-safety-and-availability\//);
  });

  it('no rule about people under 16 cites the adults-only AHCPR guideline', () => {
    const under16 = kb.rules.rules.filter((r) => JSON.stringify(r.when).includes('"lt":16'));
    expect(under16.length).toBeGreaterThan(0);
    for (const rule of under16) expect(rule.sources, rule.id).not.toContain('ahcpr-1994');
  });

  it('cites no commercial consumer site where NHS pages support the fact', () => {
    expect(kb.sources.sources.map((s) => s.id)).not.toContain('verywell-ice');
  });
});
