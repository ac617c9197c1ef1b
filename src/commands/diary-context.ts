// What the reading diary commands share: the diary loaded, its unreadable
// lines reported on stderr (never fatal, never rewritten).
import type { Diary, Episode } from '../core/diary/types.js';
import { loadDiary, type Loaded } from '../store/load.js';
import { problemLines } from '../store/read.js';
import type { Terminal } from '../ui/term.js';

export function readDiaryReporting(term: Terminal, since?: (episodes: readonly Episode[]) => Date | undefined): Loaded<Diary> {
  const loaded = loadDiary(term.env, since);
  for (const line of problemLines(loaded.problems)) term.stderr.write(`backcare: ${line}\n`);
  return loaded;
}
