// backcare log SCORE [--note TEXT] [--helped ID…] [--at WHEN] [--json]
// The hot path: parse, append one line, say so. No validator, no knowledge
// base unless --helped names remedies to check.
import type { KnowledgeBase, Remedy } from '../../kb/types.js';
import { localClock, localDate } from '../../core/time/when.js';
import { UsageError } from '../../runtime/errors.js';
import { appendPain } from '../../store/record.js';
import { toJson } from '../../ui/render/json.js';
import { writeOut } from '../../runtime/term.js';
import type { Io } from '../../cli/io.js';
import { parseScore, pastTimeFlag } from '../../cli/flag-values.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { logOptions } from './options.js';
import { LIMITS } from '../../core/limits.js';

type LogOptions = OptionsOf<typeof logOptions>;

export async function run(options: Input<LogOptions>, io: Io): Promise<void> {
  const now = io.now();
  const { scoreText, helpedWords } = scoreAndHelped(options.args[0], options.helped ?? []);
  const score = parseScore(scoreText);
  const at = options.at === undefined ? now : pastTimeFlag('--at', options.at, now);
  const note = checkedNote(options.note);
  const ids = helpedWords
    .flatMap((h) => h.split(','))
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const helped = ids.length > 0 ? await checkedRemedies(ids, io) : [];
  const term = io.term;
  const record = appendPain(
    { score, at, ...(note ? { note } : {}), helped: helped.map((r) => r.id) },
    { env: term.env, now },
  );
  if (options.json) {
    writeOut(term, toJson({ logged: record }));
    return;
  }
  const names = helped.length > 0 ? `; helped: ${helped.map((r) => r.name).join(', ')}` : '';
  writeOut(term, `Logged pain ${score}/10 at ${localDate(at)} ${localClock(at)}${names}.`);
}

/** "log --helped ice 5": the variadic --helped took the score; a number at its end is the score. */
function scoreAndHelped(
  score: string | undefined,
  helped: readonly string[],
): { scoreText: string | undefined; helpedWords: string[] } {
  const last = helped.at(-1);
  if (score === undefined && last !== undefined && /^\d+(\/10)?$/.test(last.trim()))
    return { scoreText: last, helpedWords: helped.slice(0, -1) };
  return { scoreText: score, helpedWords: [...helped] };
}

function routineRemedies(kb: KnowledgeBase): Remedy[] {
  const steps = kb.routines.routines[0]?.steps ?? [];
  return steps.flatMap((s) => kb.remedies.remedies.filter((r) => r.id === s.remedy));
}

function checkedNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  // Control characters would garble a terminal or a report; tabs and newlines become spaces.
  const clean = note
    .replace(/[\t\n\r]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .trim();
  if (clean.length > LIMITS.noteChars)
    throw new UsageError(`--note is ${clean.length} characters long; keep it under ${LIMITS.noteChars}`);
  return clean === '' ? undefined : clean;
}

async function checkedRemedies(ids: string[], io: Io): Promise<{ id: string; name: string }[]> {
  const [{ openKnowledgeBase }, { categoryNamed, lookupRemedy }] = await Promise.all([
    import('../../kb/source.js'),
    import('../../core/remedies.js'),
  ]);
  const kb = await openKnowledgeBase(io.globals.kb, io.term);
  const found = ids.flatMap((id) => {
    // "stretch" is what `backcare stretch` runs: the stretches of its first routine.
    if (categoryNamed(id) === 'stretch') return routineRemedies(kb);
    const lookup = lookupRemedy(kb, id, 'backcare remedies lists them');
    if (!lookup.ok) throw new UsageError(`--helped: ${lookup.message}`);
    return [lookup.value];
  });
  return [...new Map(found.map((r) => [r.id, { id: r.id, name: r.name }])).values()];
}
