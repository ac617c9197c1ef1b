// The emergency line: the number comes first, in words, never only in colour.
import type { ResolvedRegion } from '../../core/region.js';

export function emergencyCallLine(region: ResolvedRegion): string {
  if (region.kind === 'fallback') {
    return `In an emergency call your local emergency number now (${listNumbers(region.places)}).`;
  }
  return `In an emergency call ${callNow(region.region.emergency, region.region.name, region.region.alsoWorks)}.`;
}

/**
 * "999 now (United Kingdom; 112 also works)": the number to call, where, and every other number that reaches the
 * same help (South Africa's landline number is not its mobile one).
 */
export function callNow(call: string, place: string, alsoWorks: readonly string[]): string {
  const also = alsoWorks.length > 0 ? `; ${listNumbers(alsoWorks)} also works` : '';
  return `${call} now (${place}${also})`;
}

export function regionNote(region: ResolvedRegion): string {
  if (region.kind === 'fallback') {
    return `${region.text} Set your country with --region (e.g. --region GB) or BACKCARE_REGION for the right number.`;
  }
  const origin = region.origin === 'locale' ? 'from your locale' : 'as you chose';
  const advice = region.region.medicalAdvice
    ? ` For advice that is not an emergency: ${region.region.medicalAdvice.name} ` +
      `(${region.region.medicalAdvice.number}).`
    : '';
  const note = region.region.note ? ` ${region.region.note}` : '';
  return (
    `Emergency numbers for ${region.region.name} (${region.region.code}), ${origin}; change with ` +
    `--region.${advice}${note}`
  );
}

/** "999, 112 or 911". */
export function listNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} or ${numbers[numbers.length - 1]}`;
}
