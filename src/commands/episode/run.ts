// backcare episode start [--at WHEN] | status [--json] | end [--at WHEN]
import { triage } from '../../core/check/triage.js';
import { cannotStart, dayOf, episodeStatus, openEpisode } from '../../core/diary/episodes.js';
import { dailyStats, trendSinceStart } from '../../core/diary/stats.js';
import { dayAndTime } from '../../core/diary/time.js';
import type { Diary, Episode } from '../../core/diary/types.js';
import { diaryWarnings } from '../../core/diary/warnings.js';
import { closestId } from '../../core/suggest.js';
import { topicOfferedAt } from '../../core/learn.js';
import { UsageError } from '../../runtime/errors.js';
import { withEpisodeLock } from '../../store/lock.js';
import { appendEpisodeEnd, appendEpisodeStart } from '../../store/record.js';
import { episodeJson, renderStatus, statusJson } from '../../ui/render/diary.js';
import { toJson } from '../../ui/render/json.js';
import { learnPointer } from '../../ui/render/learn-pointer.js';
import { outputWidth, writeMessage, writeOut } from '../../runtime/term.js';
import { wrap } from '../../ui/wrap.js';
import type { Context } from '../../cli/context.js';
import type { Io } from '../../cli/io.js';
import { readDiaryReporting } from '../../cli/diary-reader.js';
import { pastTimeFlag } from '../../cli/flag-values.js';
import { echoed } from '../../core/echo.js';
import { calendarRequest, writeCalendar } from '../../cli/calendar-output.js';
import { invokedAs } from '../../cli/command-support.js';
import type { Input, OptionsOf } from '../../cli/spec.js';
import type { episodeEndOptions, episodeStartOptions, episodeStatusOptions } from './options.js';

type StartOptions = OptionsOf<typeof episodeStartOptions>;
type StatusOptions = OptionsOf<typeof episodeStatusOptions>;
type EndOptions = OptionsOf<typeof episodeEndOptions>;

export async function start(options: Input<StartOptions>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const now = io.now();
  const at = options.at === undefined ? now : pastTimeFlag('--at', options.at, now);
  // Reading, deciding and appending under one lock: 20 `episode start` at once leave one episode.
  const { diary, paths, record } = withEpisodeLock(ctx.term.env, () => {
    const { value: diary, paths } = readDiaryReporting(ctx.term, () => at, now);
    refuseStart(diary, at, now, options.at);
    return { diary, paths, record: appendEpisodeStart(at, { env: ctx.term.env, now }) };
  });
  const episode: Episode = { id: record.id, start: at, end: undefined };
  if (options.json) {
    writeOut(ctx.term, toJson({ started: episodeJson(episode), file: paths.episodes }));
    return;
  }
  writeMessage(ctx.term, `Episode started ${dayAndTime(at)} (kept in ${paths.dir}).\n`);
  writeOut(ctx.term, statusText(ctx, episode, diary, now));
}

function refuseStart(diary: Diary, at: Date, now: Date, atFlag: string | undefined): void {
  const why = cannotStart(diary.episodes, at);
  const open = openEpisode(diary.episodes);
  if (why === 'open' && open) {
    throw new UsageError(
      `an episode is already open (day ${dayOf(open.start, now)}, started ${dayAndTime(open.start)}); end it ` +
        `first with: backcare episode end`,
    );
  }
  if (why === 'overlaps') {
    const last = diary.episodes.filter((e) => e.end !== undefined && at < e.end).at(-1);
    throw new UsageError(
      `--at ${atFlag ?? ''} is before your last episode ended ` +
        `(${last?.end ? dayAndTime(last.end) : 'later'}); give a later start`,
    );
  }
}

const SUBCOMMANDS = ['start', 'status', 'end'];

export async function status(options: Input<StatusOptions>, io: Io): Promise<void> {
  const [typed] = options.args;
  if (typed !== undefined) {
    // A prefix ("stat") says more than the edit distance, which would pick "start".
    const close =
      SUBCOMMANDS.find((s) => typed.length >= 2 && s.startsWith(typed.toLowerCase())) ?? closestId(typed, SUBCOMMANDS);
    throw new UsageError(
      `unknown episode command "${echoed(typed)}"; ${close ? `did you mean "${close}"? ` : ''}use one ` +
        `of: ${SUBCOMMANDS.join(', ')}`,
    );
  }
  const calendar = calendarRequest(options.ics, options.remind, options.force === true);
  const ctx = await io.context({ json: options.json });
  const now = io.now();
  const { value: diary } = readDiaryReporting(
    ctx.term,
    (episodes) => (openEpisode(episodes) ?? episodes.at(-1))?.start ?? now,
    now,
  );
  const episode = openEpisode(diary.episodes) ?? diary.episodes.at(-1);
  if (calendar && !episode)
    throw new UsageError('no episode yet, so no dates for a calendar; start one with: backcare episode start');
  if (calendar && episode) {
    const status = episodeStatus(ctx.kb, episode, now, lastCheckFacts(ctx, episode, diary, now));
    writeCalendar(ctx.term, calendar, episode, status.schedule, now, invokedAs(ctx.term.env));
  }
  if (!episode) {
    if (options.json) writeOut(ctx.term, toJson({ episode: null }));
    else
      writeMessage(
        ctx.term,
        'No episode yet. Start one with: backcare episode start (add --at 2d if the pain began two days ago).',
      );
    return;
  }
  if (options.json) {
    writeOut(
      ctx.term,
      toJson(
        statusJson(
          episodeStatus(ctx.kb, episode, now, lastCheckFacts(ctx, episode, diary, now)),
          extras(ctx, episode, diary, now),
        ),
      ),
    );
    return;
  }
  const prefix = episode.end ? 'No episode is open. Your last one:\n\n' : '';
  writeOut(ctx.term, prefix + statusText(ctx, episode, diary, now));
}

export async function end(options: Input<EndOptions>, io: Io): Promise<void> {
  const ctx = await io.context({ json: options.json });
  const now = io.now();
  const atFlag = options.at === undefined ? undefined : pastTimeFlag('--at', options.at, now);
  const { open, at } = withEpisodeLock(ctx.term.env, () => {
    const { value: diary } = readDiaryReporting(ctx.term, () => now, now);
    const open = openEpisode(diary.episodes);
    if (!open)
      throw new UsageError(
        'no episode is open; backcare episode status shows the last one, backcare episode start begins a new one',
      );
    if (atFlag !== undefined && atFlag < open.start)
      throw new UsageError(
        `--at ${options.at ?? ''} is before the episode started (${dayAndTime(open.start)}); give a later end`,
      );
    // An episode whose start was edited into the future still ends: at its own start, and we say so.
    // biome-ignore lint/complexity/useMathMinMax: Dates, which Math.max would turn into numbers
    const at = atFlag ?? (open.start > now ? open.start : now);
    if (at > now)
      ctx.term.stderr.write(
        `backcare: warning: this episode starts in the future (${dayAndTime(open.start)}; was the file ` +
          `edited?); it is ended at its start\n`,
      );
    appendEpisodeEnd(open.id, at, { env: ctx.term.env, now });
    return { open, at };
  });
  const ended: Episode = { ...open, end: at };
  const next = topicOfferedAt(ctx.kb.learn.topics, 'episode-end');
  if (options.json) {
    const learn = next ? { id: next.id, title: next.title } : null;
    writeOut(ctx.term, toJson({ ended: episodeJson(ended), days: dayOf(open.start, at), learn }));
    return;
  }
  const days = dayOf(open.start, at);
  const summary =
    `Episode ended ${dayAndTime(at)}, after ${days} day${days === 1 ? '' : 's'}. Your diary is kept; ` +
    'backcare report --format md summarises it for a clinician.';
  writeMessage(ctx.term, summary);
  if (next)
    writeOut(
      ctx.term,
      wrap(`Back pain often comes back. Next: ${learnPointer(next)}.`, outputWidth(ctx.term)).join('\n'),
    );
}

/** The facts of the episode's last check that kept its answers: they rule follow-ups in or out as check did. */
function lastCheckFacts(ctx: Context, episode: Episode, diary: Diary, now: Date) {
  const until = episode.end ?? now;
  const last = diary.checks.filter((c) => c.answers !== undefined && c.at >= episode.start && c.at <= until).at(-1);
  return last?.answers ? triage(ctx.kb, last.answers, now).facts : undefined;
}

function extras(ctx: Context, episode: Episode, diary: Diary, now: Date) {
  const until = episode.end ?? now;
  const points = diary.pain.filter((p) => p.at >= episode.start && p.at <= until);
  return {
    points,
    trend: trendSinceStart(dailyStats(points, episode.start, until)),
    warnings: episode.end ? [] : diaryWarnings(ctx.kb, { episode, points, now }),
  };
}

function statusText(ctx: Context, episode: Episode, diary: Diary, now: Date): string {
  return renderStatus(
    episodeStatus(ctx.kb, episode, now, lastCheckFacts(ctx, episode, diary, now)),
    extras(ctx, episode, diary, now),
    outputWidth(ctx.term),
    ctx.style,
  );
}
