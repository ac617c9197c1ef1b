// What the reading diary commands share: the diary loaded, its unreadable
// lines and any entries dated in the future reported on stderr (never
// fatal, never rewritten).
import { futureEntries } from '../core/diary/future.js';
import { dayAndTime } from '../core/diary/time.js';
import type { Diary, Episode } from '../core/diary/types.js';
import { loadDiary, type Loaded } from '../store/load.js';
import { problemLines } from '../store/read.js';
import { writeErr, type Terminal } from '../runtime/term.js';

export function readDiaryReporting(
  term: Terminal,
  since?: (episodes: readonly Episode[]) => Date | undefined,
  now = new Date(),
): Loaded<Diary> {
  const loaded = loadDiary(term.env, since);
  for (const line of problemLines(loaded.problems)) writeErr(term, `backcare: ${line}\n`);
  const future = futureEntries(loaded.value, now);
  if (future.count > 0 && future.latest) {
    const entries = future.count === 1 ? '1 diary entry is' : `${future.count} diary entries are`;
    writeErr(
      term,
      `backcare: warning: ${entries} dated in the future (latest ${dayAndTime(future.latest)}), so no period ` +
        `counts them yet; correct the date in ${loaded.paths.dir} if it is wrong\n`,
    );
  }
  return loaded;
}
