// backcare log SCORE [--note TEXT] [--helped ID…] [--at WHEN] [--json]
// The hot path: parse, append one line, say so. No validator, no knowledge
// base unless --helped names remedies to check.
import { localClock, localDate } from '../core/time/when.js';
import { UsageError } from '../errors.js';
import { appendPain } from '../store/record.js';
import { toJson } from '../ui/render/json.js';
import { processTerminal, writeOut } from '../ui/term.js';
import type { GlobalOptions } from './context.js';
import { parseScore, pastTimeFlag } from './flags.js';

interface LogOptions {
  note?: string;
  helped?: string[];
  at?: string;
  json?: boolean;
}

export const MAX_NOTE = 2000;

export async function run(args: string[], options: LogOptions, globals: GlobalOptions): Promise<void> {
  const now = new Date();
  const score = parseScore(args[0]);
  const at = options.at === undefined ? now : pastTimeFlag('--at', options.at, now);
  const note = checkedNote(options.note);
  const ids = (options.helped ?? []).flatMap((h) => h.split(',')).map((h) => h.trim().toLowerCase()).filter(Boolean);
  const helped = ids.length > 0 ? await checkedRemedies(ids, globals) : [];
  const term = processTerminal(globals.color);
  const record = appendPain({ score, at, ...(note ? { note } : {}), helped: helped.map((r) => r.id) }, { env: term.env, now });
  if (options.json) {
    writeOut(term, toJson({ logged: record }));
    return;
  }
  const names = helped.length > 0 ? `; helped: ${helped.map((r) => r.name).join(', ')}` : '';
  writeOut(term, `Logged pain ${score}/10 at ${localDate(at)} ${localClock(at)}${names}.`);
}

function checkedNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  // Control characters would garble a terminal or a report; tabs and newlines become spaces.
  const clean = note.replace(/[\t\n\r]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (clean.length > MAX_NOTE) throw new UsageError(`--note is ${clean.length} characters long; keep it under ${MAX_NOTE}`);
  return clean === '' ? undefined : clean;
}

async function checkedRemedies(ids: string[], globals: GlobalOptions): Promise<{ id: string; name: string }[]> {
  const [{ openKnowledgeBase }, { lookupById }] = await Promise.all([import('../kb/source.js'), import('../core/remedies.js')]);
  const kb = await openKnowledgeBase(globals.kb);
  return [...new Set(ids)].map((id) => {
    const found = lookupById(kb.remedies.remedies, id, 'remedy', 'backcare remedies lists them');
    if (!found.ok) throw new UsageError(`--helped: ${found.message}`);
    return { id: found.value.id, name: found.value.name };
  });
}
