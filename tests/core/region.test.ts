import { describe, expect, it } from 'vitest';
import { localeTerritory, resolveRegion } from '../../src/core/region.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

const { emergency } = loadKnowledgeBase(MINIMAL_KB);

describe('localeTerritory', () => {
  it.each([
    [{ LANG: 'en_GB.UTF-8' }, 'GB'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'en_NZ.UTF-8' }, 'NZ'],
    [{ LANG: 'de_DE@euro' }, 'DE'],
    [{ LANG: 'en-AU' }, 'AU'],
    [{ LANG: 'C.UTF-8' }, undefined],
    [{ LANG: 'POSIX' }, undefined],
    [{}, undefined],
    [{ LC_ALL: '', LANG: 'fr_FR.UTF-8' }, 'FR'],
  ])('%j -> %s', (env, expected) => {
    expect(localeTerritory(env)).toBe(expected);
  });
});

describe('resolveRegion', () => {
  it('prefers the option over the locale', () => {
    const result = resolveRegion(emergency, 'nz', { LANG: 'en_GB.UTF-8' });
    expect(result).toMatchObject({ ok: true, resolved: { kind: 'known', origin: 'option', numbers: ['111'] } });
  });

  it('accepts an alias such as UK', () => {
    expect(resolveRegion(emergency, 'UK', {})).toMatchObject({
      ok: true,
      resolved: { region: { code: 'GB' }, numbers: ['999', '112'] },
    });
  });

  it('uses the locale when no option is given', () => {
    expect(resolveRegion(emergency, undefined, { LANG: 'en_GB.UTF-8' })).toMatchObject({
      ok: true,
      resolved: { origin: 'locale', region: { code: 'GB' } },
    });
  });

  it('falls back to the common numbers for an unknown locale', () => {
    expect(resolveRegion(emergency, undefined, { LANG: 'C.UTF-8' })).toEqual({
      ok: true,
      resolved: {
        kind: 'fallback',
        numbers: ['112', '911', '999', '000'],
        text: 'Use your local emergency number.',
        places: ['112', '911', '999', '000'],
      },
    });
  });

  it('falls back to the common numbers for an unknown code, with a warning that lists the known ones', () => {
    expect(resolveRegion(emergency, 'XX', { LANG: 'en_GB.UTF-8' })).toEqual({
      ok: true,
      resolved: {
        kind: 'fallback',
        numbers: ['112', '911', '999', '000'],
        text: 'Use your local emergency number.',
        places: ['112', '911', '999', '000'],
      },
      warning: 'unknown region "XX", so showing the common emergency numbers; use a two-letter country code: GB, NZ',
    });
  });

  it('does not guess a code, since codes one letter apart are other countries', () => {
    expect(resolveRegion(emergency, 'NX', {})).toMatchObject({
      resolved: { kind: 'fallback' },
      warning: expect.stringContaining('"NX"'),
    });
  });

  it('names where each common number is for, when the knowledge base says so', () => {
    const labelled = {
      ...emergency,
      fallback: { ...emergency.fallback, numbers: ['999', '111'], where: { '999': 'the UK', '111': 'New Zealand' } },
    };
    expect(resolveRegion(labelled, undefined, {})).toMatchObject({
      resolved: { places: ['999 in the UK', '111 in New Zealand'] },
    });
  });
});
