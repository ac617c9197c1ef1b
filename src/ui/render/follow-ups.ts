// When to check again, one line per follow-up with its date, in the same
// words in `check` and `episode status`.
import { shortDay } from '../../core/diary/time.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';

export function followUpScheduleLines(
  items: readonly { when: string; due: Date | undefined }[],
  width: number,
  style: Style,
): string[] {
  const dated = items.some((f) => f.due !== undefined);
  const out = [style.heading(dated ? 'See a doctor if, from the day shown' : 'See a doctor if')];
  for (const f of items) {
    const due = f.due ? `${shortDay(f.due)}: ` : '';
    out.push(...wrap(`${due}${lowerFirst(f.when)}`, width, '  • ', '    '));
  }
  return out;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
