// The read side of the diary: both files, each line checked (validate-record.ts), turned
// into the core's plain values. Problems come back with file and line for the
// command to print; nothing is ever rewritten.
import { episodesFrom, openEpisode } from '../core/diary/episodes.js';
import type { CheckEntry, Diary, Episode, EpisodeEvent, PainPoint, TimerEntry } from '../core/diary/types.js';
import { storePaths, type StorePaths } from './paths.js';
import { readRecords, type LineProblem, type ReadWindow } from './read.js';
import { DiaryGuard, EpisodeGuard } from './validate-record.js';
import { DIARY_TYPES, EPISODE_TYPES } from './record-types.js';
import type { DiaryRecord, EpisodeRecord } from './schema.js';

export interface Loaded<T> {
  value: T;
  problems: LineProblem[];
  paths: StorePaths;
}

export function loadEpisodes(env: NodeJS.ProcessEnv): Loaded<Episode[]> {
  const paths = storePaths(env);
  const { records, problems } = readRecords<EpisodeRecord>(paths.episodes, EpisodeGuard, EPISODE_TYPES);
  return { value: episodesFrom(records.map(toEvent)), problems, paths };
}

/**
 * The episodes, and the diary's records dated from `since(episodes)` on (all of
 * them when it gives undefined): a command reads only the part of the file its
 * period needs.
 */
export function loadDiary(
  env: NodeJS.ProcessEnv,
  since?: (episodes: readonly Episode[]) => Date | undefined,
): Loaded<Diary> {
  const episodes = loadEpisodes(env);
  const from = since?.(episodes.value);
  const window: ReadWindow | undefined = from === undefined ? undefined : { since: from };
  const pain: PainPoint[] = [];
  const checks: CheckEntry[] = [];
  const timers: TimerEntry[] = [];
  // Each record becomes the core's value as it is read, so a large diary is never held twice.
  const { problems } = readRecords<DiaryRecord>(episodes.paths.diary, DiaryGuard, DIARY_TYPES, window, (r) => {
    const at = new Date(r.at);
    if (r.type === 'pain') {
      pain.push({
        id: r.id,
        at,
        recordedAt: optionalDate(r.recordedAt),
        score: r.score,
        source: 'log',
        helped: r.helped ?? [],
        note: r.note,
      });
    } else if (r.type === 'check') {
      checks.push({
        id: r.id,
        at,
        level: r.level,
        complete: r.complete,
        painScore: r.painScore,
        conditions: r.conditions,
        rules: r.rules,
        answers: r.answers,
      });
      if (r.painScore !== undefined) {
        pain.push({
          id: r.id,
          at,
          recordedAt: optionalDate(r.recordedAt),
          score: r.painScore,
          source: 'check',
          helped: [],
          note: undefined,
        });
      }
    } else {
      timers.push({ id: r.id, at, protocol: r.protocol, remedy: r.remedy, seconds: r.seconds, completed: r.completed });
    }
  });
  const byTime = <T extends { at: Date }>(a: T, b: T): number => a.at.getTime() - b.at.getTime();
  return {
    value: {
      episodes: episodes.value,
      pain: pain.sort(byTime),
      checks: checks.sort(byTime),
      timers: timers.sort(byTime),
    },
    problems: [...episodes.problems, ...problems],
    paths: episodes.paths,
  };
}

/** The open episode, if any (and the problems met reading the episodes file). */
export function loadOpenEpisode(env: NodeJS.ProcessEnv): Loaded<Episode | undefined> {
  const loaded = loadEpisodes(env);
  return { ...loaded, value: openEpisode(loaded.value) };
}

function toEvent(r: EpisodeRecord): EpisodeEvent {
  return r.type === 'episode-start'
    ? { type: r.type, id: r.id, at: new Date(r.at) }
    : { type: r.type, id: r.id, at: new Date(r.at), episode: r.episode };
}

function optionalDate(iso: string | undefined): Date | undefined {
  return iso === undefined ? undefined : new Date(iso);
}
