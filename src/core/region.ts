// Which emergency number to show: the --region flag, else BACKCARE_REGION
// (both arrive as `requested`), else the territory of the locale, else a list
// of the common numbers. Pure: the caller passes the environment in.
import type { KnowledgeBase, Region } from '../kb/types.js';
import { echoed } from './echo.js';

export type RegionOrigin = 'option' | 'locale' | 'fallback';

export type ResolvedRegion =
  | { kind: 'known'; region: Region; origin: Exclude<RegionOrigin, 'fallback'>; numbers: string[] }
  | { kind: 'fallback'; numbers: string[]; text: string; places: string[] };

/**
 * An unknown code is never an error: a person may be answering about an
 * emergency, so they get the common numbers and a `warning` to print.
 */
export type RegionLookup = { ok: true; resolved: ResolvedRegion; warning?: string };

export function resolveRegion(
  emergency: KnowledgeBase['emergency'],
  requested: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): RegionLookup {
  if (requested !== undefined && requested.trim() !== '') {
    const region = findRegion(emergency, requested);
    if (region) return { ok: true, resolved: known(region, 'option') };
    // No "did you mean": two-letter codes one letter apart are different countries.
    const codes = emergency.regions.map((r) => r.code);
    const warning =
      `unknown region "${echoed(requested, 20)}", so showing the common emergency numbers; use a two-letter ` +
      `country code: ${codes.join(', ')}`;
    return { ok: true, resolved: fallback(emergency), warning };
  }
  const territory = localeTerritory(env);
  const region = territory ? findRegion(emergency, territory) : undefined;
  if (region) return { ok: true, resolved: known(region, 'locale') };
  return { ok: true, resolved: fallback(emergency) };
}

function fallback(emergency: KnowledgeBase['emergency']): ResolvedRegion {
  const { numbers, text, where = {} } = emergency.fallback;
  const places = numbers.map((n) => (where[n] ? `${n} in ${where[n]}` : n));
  return { kind: 'fallback', numbers, text, places };
}

function known(region: Region, origin: Exclude<RegionOrigin, 'fallback'>): ResolvedRegion {
  return { kind: 'known', region, origin, numbers: [region.emergency, ...region.alsoWorks] };
}

function findRegion(emergency: KnowledgeBase['emergency'], code: string): Region | undefined {
  const wanted = code.trim().toUpperCase();
  return emergency.regions.find((r) => r.code === wanted || r.aliases.includes(wanted));
}

/** "en_GB.UTF-8" -> "GB"; POSIX locales ("C", "C.UTF-8") have no territory. */
export function localeTerritory(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const match = locale?.match(/^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b/);
  return match?.[1]?.toUpperCase();
}
