// A copy of the minimal knowledge base whose protocols and routine count in
// seconds, so end-to-end tests run whole schedules in a few seconds. The
// product has no test-only path: the timer obeys whatever the knowledge base
// says, and this one says seconds.
import { copyKb } from './kb-copy.js';

const FAST_THERMAL = `protocols:
  - id: ice
    remedy: ice-pack
    session: { min: 1, max: 2, unit: seconds }
    limit: { value: 2, unit: minutes }
    restBetween: { min: 1, max: 2, unit: seconds }
    suits: [first-72-hours]
    beforeStart: [Wrap the pack in a cloth.]
    afterSession: Check your skin.
    sources: [test-leaflet]
  - id: heat
    remedy: heat-pack
    session: { min: 1, max: 2, unit: seconds }
    limit: { value: 3, unit: seconds }
    restBetween: { min: 1, max: 1, unit: seconds }
    suits: [first-72-hours, after-72-hours]
    beforeStart: [Wrap the heat pack in a towel.]
    afterSession: Check your skin for redness.
    sources: [test-leaflet]
switchToHeatAfter:
  hours: 72
  convention: A habit, not a finding.
  sources: [test-leaflet]
checklist:
  - text: Use a cloth barrier.
    sources: [test-leaflet]
`;

const FAST_ROUTINE = `routines:
  - id: quick
    name: Quick test routine
    summary: Two stretches in seconds.
    getReady: { value: 1, unit: seconds }
    steps:
      - remedy: knee-hug
        hold: { value: 1, unit: seconds }
        repetitions: 1
        sides: each
        relax: { value: 1, unit: seconds }
      - remedy: back-arch
        pace: { value: 1, unit: seconds }
        repetitions: 2
    stopRule:
      text: Stop if pain spreads down a leg or gets sharply worse.
      sources: [test-leaflet]
    sources: [test-leaflet]
`;

export function fastKb(): string {
  const kb = copyKb();
  kb.write('thermal.yaml', FAST_THERMAL);
  kb.write('routines.yaml', FAST_ROUTINE);
  kb.edit('remedies.yaml', (t) =>
    t
      .replace(
        'hold: { min: 20, max: 30, unit: seconds }\n      repetitions: { min: 2, max: 3 }',
        'hold: { min: 1, max: 30, unit: seconds }\n      repetitions: { min: 1, max: 3 }',
      )
      .replace('repetitions: { min: 8, max: 10 }', 'repetitions: { min: 2, max: 10 }'),
  );
  return kb.dir;
}
