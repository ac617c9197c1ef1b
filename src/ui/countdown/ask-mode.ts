// `backcare ice-heat-timer` with nothing said about what to time, at a
// terminal (e.g. picked from the menu): ask, rather than fail. The choices
// carry the knowledge base's numbers.
import type { KnowledgeBase, ThermalProtocol } from '../../kb/types.js';
import { toSeconds } from '../../core/vocabulary.js';
import { formatDuration } from '../../core/time/duration.js';
import { rangeText, type ThermalMode } from '../../core/timer/schedule.js';
import { parsePastTime, WHEN_EXAMPLES } from '../../core/time/when.js';
import type { Prompter } from '../prompter.js';
import { numberKeys } from '../typed-answer.js';

export interface ModeAnswer {
  mode: ThermalMode;
  hoursSinceOnset?: number;
}

export async function askMode(prompter: Prompter, kb: KnowledgeBase, now: Date): Promise<ModeAnswer> {
  const protocol = (id: 'ice' | 'heat') => kb.thermal.protocols.find((p) => p.id === id);
  const ice = protocol('ice');
  const heat = protocol('heat');
  const hours = kb.thermal.switchToHeatAfter.hours;
  const limit = (p: ThermalProtocol) => formatDuration(toSeconds(p.limit.value, p.limit.unit));
  const choices = [
    ...(ice ? [{ value: 'ice', label: `Ice: ${rangeText(ice.session)}, never over ${limit(ice)}` }] : []),
    ...(heat ? [{ value: 'heat', label: `Heat: ${rangeText(heat.session)}, never over ${limit(heat)}` }] : []),
    ...(ice && heat ? [{ value: 'alternate', label: 'Ice, a rest, then heat' }] : []),
    ...(ice && heat
      ? [
          {
            value: 'auto',
            label: `Choose for me by when the spasm started (ice in the first ${hours} hours, heat after)`,
          },
        ]
      : []),
  ];
  // Typed, as every question is: Enter alone must not start the first choice (ice) on someone's skin.
  const mode = (await prompter.answer('What would you like to time?', numberKeys(choices))) as ThermalMode;
  if (mode !== 'auto') return { mode };
  const when = await prompter.text(
    'When did the spasm start?',
    (value) => {
      const parsed = parsePastTime(value, now);
      return parsed.ok ? true : `That ${parsed.reason}; ${parsed.example}`;
    },
    { help: WHEN_EXAMPLES.replace(/^write it like/, 'For example') },
  );
  const since = parsePastTime(when, now);
  return { mode, ...(since.ok ? { hoursSinceOnset: (now.getTime() - since.value.getTime()) / 3_600_000 } : {}) };
}
