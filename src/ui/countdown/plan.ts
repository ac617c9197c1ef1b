// --plan: the schedule with clock times if started now, as text or JSON. Pure.
import { formatDuration } from '../../core/time/duration.js';
import { localClock } from '../../core/time/when.js';
import type { Style } from '../style.js';
import { wrap } from '../wrap.js';
import { EVENT_SCHEMA_VERSION, phaseJson } from './events.js';
import type { CountdownSession } from './session.js';

interface Timed {
  index: number;
  startsAt: number;
  endsAt: number;
}

function timeline(session: CountdownSession, start: number): Timed[] {
  let t = start;
  return session.phases.map((p, index) => {
    const startsAt = t;
    t += p.seconds * 1000;
    return { index, startsAt, endsAt: t };
  });
}

export function planJson(session: CountdownSession, start: number): Record<string, unknown> {
  const times = timeline(session, start);
  return {
    schemaVersion: EVENT_SCHEMA_VERSION,
    command: session.command,
    title: session.title,
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(times.at(-1)?.endsAt ?? start).toISOString(),
    ...session.json,
    phases: session.phases.map((p, i) => ({
      ...phaseJson(p, i),
      startsAt: new Date(times[i]?.startsAt ?? start).toISOString(),
      endsAt: new Date(times[i]?.endsAt ?? start).toISOString(),
    })),
    before: session.intro.map(({ title, items }) => ({ title, items })),
  };
}

export function renderPlan(session: CountdownSession, start: number, width: number, style: Style): string {
  const times = timeline(session, start);
  const clock = (ms: number) =>
    localClock(
      new Date(ms),
      session.phases.some((p) => p.seconds % 60 !== 0),
    );
  const titleWidth = Math.max(...session.phases.map((p) => p.title.length));
  const lengthWidth = Math.max(...session.phases.map((p) => formatDuration(p.seconds).length));
  const lines = [style.strong(`${session.title}, if you start now:`), ''];
  for (const t of times) {
    const p = session.phases[t.index];
    if (!p) continue;
    const when = `${clock(t.startsAt)}–${clock(t.endsAt)}`;
    lines.push(
      `  ${when}  ${p.title.padEnd(titleWidth)}  ${formatDuration(p.seconds).padEnd(lengthWidth)} ` +
        ` ${style.dim(p.detail)}`,
    );
  }
  const end = times.at(-1)?.endsAt ?? start;
  lines.push('', `Ends at ${clock(end)}, ${formatDuration((end - start) / 1000)} in all.`);
  for (const section of session.intro.filter((s) => s.inPlan)) {
    lines.push('', style.strong(`${section.title}:`));
    for (const item of section.items) lines.push(...wrap(item, width, '  - ', '    '));
  }
  return lines.join('\n');
}
