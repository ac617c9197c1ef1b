// What `backcare check` does with the diary: the open episode answers "when did
// it start" unless an answer was given; during an episode the check's level
// and the pain score it asked are recorded; with no episode open, a person at
// a terminal is offered one. A diary that cannot be written never costs the
// check its result: the problem is reported and the check goes on.
import type { Answers, AnswerValue } from '../../core/check/answers.js';
import type { TriageResult } from '../../core/check/triage.js';
import { dayOf } from '../../core/diary/episodes.js';
import { dayAndTime } from '../../core/diary/time.js';
import type { Episode } from '../../core/diary/types.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { existsSync } from 'node:fs';
import { storePaths } from '../../store/paths.js';
import { problemLines } from '../../store/read.js';
import { appendCheck, appendEpisodeStart } from '../../store/record.js';
import type { Prompter } from '../../ui/prompter.js';
import { writeErr, type Terminal } from '../../runtime/term.js';

import { questionWithRole } from '../../core/check/questionnaire.js';

export interface DiaryLink {
  episode: Episode | undefined;
  /** True when "when did it start" came from the open episode. */
  onsetFromEpisode: boolean;
  recorded: boolean;
}

/**
 * Reads the open episode; unreadable diary lines are reported, a broken diary
 * is not fatal. The reader (and its validator) loads only when there is a file.
 */
export async function openEpisodeForCheck(term: Terminal): Promise<Episode | undefined> {
  try {
    // Inside the try: a bad BACKCARE_HOME must not cost the check its result.
    if (!existsSync(storePaths(term.env).episodes)) return undefined;
    const { loadOpenEpisode } = await import('../../store/load.js');
    const loaded = loadOpenEpisode(term.env);
    for (const line of problemLines(loaded.problems)) writeErr(term, `backcare: ${line}\n`);
    return loaded.value;
  } catch (error) {
    writeErr(term, `backcare: warning: ${(error as Error).message}\n`);
    return undefined;
  }
}

function onsetQuestionId(kb: KnowledgeBase): string | undefined {
  return questionWithRole(kb, 'onset')?.id;
}

/** The answers with the episode's start as the onset, unless one was given. */
export function withEpisodeOnset(
  kb: KnowledgeBase,
  answers: Answers,
  episode: Episode | undefined,
): { answers: Answers; used: boolean } {
  const id = onsetQuestionId(kb);
  if (!episode || id === undefined || answers[id] !== undefined) return { answers, used: false };
  return { answers: { ...answers, [id]: episode.start.toISOString() }, used: true };
}

export function episodeOnsetNote(episode: Episode, now: Date): string {
  return (
    `backcare: using your open episode for when the pain started: ${dayAndTime(episode.start)} ` +
    `(day ${dayOf(episode.start, now)})\n`
  );
}

/** Records the check in the open episode; false (with a warning) when the diary cannot be written. */
export function recordCheck(
  term: Terminal,
  episode: Episode,
  result: TriageResult,
  answers: Answers,
  complete: boolean,
  now: Date,
): boolean {
  const pain = result.painScore;
  try {
    appendCheck(
      {
        at: now,
        level: result.level,
        complete,
        ...(typeof pain === 'number' && Number.isInteger(pain) && pain >= 0 && pain <= 10 ? { painScore: pain } : {}),
        conditions: result.conditions,
        rules: result.fired.map((r) => r.id),
        episode: episode.id,
        answers,
      },
      { env: term.env, now },
    );
    return true;
  } catch (error) {
    writeErr(term, `backcare: warning: the check was not saved to your diary: ${(error as Error).message}\n`);
    return false;
  }
}

/** Asks whether to start an episode from the onset answered; starts it and records the check when yes. */
export async function offerEpisode(
  term: Terminal,
  prompter: Prompter,
  kb: KnowledgeBase,
  result: TriageResult,
  answers: Answers,
  complete: boolean,
  now: Date,
  program = 'backcare',
): Promise<Episode | undefined> {
  const id = onsetQuestionId(kb);
  const onsetAnswer: AnswerValue | undefined = id === undefined ? undefined : answers[id];
  const onset = typeof onsetAnswer === 'string' && !Number.isNaN(Date.parse(onsetAnswer)) ? new Date(onsetAnswer) : now;
  // Typed, like every answer in check: Enter alone starts nothing and says what to type.
  const choice = await prompter.answer(
    `Start a pain diary for this episode, from ${dayAndTime(onset)}?`,
    [
      {
        value: 'yes',
        label: 'Yes: count the days, save this check, and tell me when to see a doctor if it is not improving',
        key: 'y',
      },
      { value: 'no', label: 'No, thanks', key: 'n' },
    ],
    { help: `The diary stays on this computer (${program} episode status, ${program} log 0-10).` },
  );
  if (choice !== 'yes') return undefined;
  try {
    const [{ loadOpenEpisode }, { withEpisodeLock }] = await Promise.all([
      import('../../store/load.js'),
      import('../../store/lock.js'),
    ]);
    // Under the episode lock, and only if no other backcare opened one meanwhile.
    const record = withEpisodeLock(term.env, () =>
      loadOpenEpisode(term.env).value ? undefined : appendEpisodeStart(onset, { env: term.env, now }),
    );
    if (!record) {
      term.stderr.write('backcare: another episode was started meanwhile; backcare episode status shows it\n');
      return undefined;
    }
    const episode: Episode = { id: record.id, start: onset, end: undefined };
    recordCheck(term, episode, result, answers, complete, now);
    term.stderr.write(
      `backcare: episode started ${dayAndTime(onset)}; this check and its pain score are saved. The full plan ` +
        `any time: ${program} plan\n` +
        `backcare: the dates to check again, in your calendar: ${program} episode status --ics back-pain.ics ` +
        `(add --remind 20:00 for a daily reminder to log your pain)\n`,
    );
    return episode;
  } catch (error) {
    writeErr(term, `backcare: warning: ${(error as Error).message}\n`);
    return undefined;
  }
}
