// What the reading diary commands share: the diary loaded, its unreadable
// lines reported on stderr (never fatal, never rewritten).
import type { Diary } from '../core/diary/types.js';
import { loadDiary, type Loaded } from '../store/load.js';
import { problemLines } from '../store/read.js';
import { writeErr, type Terminal } from '../ui/term.js';

export function readDiaryReporting(term: Terminal): Loaded<Diary> {
  const loaded = loadDiary(term.env);
  for (const line of problemLines(loaded.problems)) writeErr(term, `backcare: ${line}\n`);
  return loaded;
}
