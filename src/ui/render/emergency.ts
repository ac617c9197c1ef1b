// The emergency line: the number comes first, in words, never only in colour.
import type { ResolvedRegion } from '../../core/region.js';

export function emergencyCallLine(region: ResolvedRegion): string {
  if (region.kind === 'fallback') {
    return `In an emergency call your local emergency number now (${listNumbers(region.places)}).`;
  }
  const also = region.region.alsoWorks.length > 0 ? `; ${listNumbers(region.region.alsoWorks)} also works` : '';
  return `In an emergency call ${region.region.emergency} now (${region.region.name}${also}).`;
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

function listNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} or ${numbers[numbers.length - 1]}`;
}
