// Where the diary lives. One rule on every platform, so the path is easy to
// find, document and back up: $BACKCARE_HOME, else $XDG_DATA_HOME/backcare,
// else ~/.local/share/backcare (on macOS and Windows too: backcare is a
// command-line tool, and one predictable place beats three platform folders).
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import { echoed } from '../core/echo.js';

/** Episodes are few and read by several commands, so they get their own small file. */
const EPISODES_FILE = 'episodes.jsonl';
/** Pain scores, checks and timer sessions: everything that grows. */
const DIARY_FILE = 'diary.jsonl';

export function dataDir(env: NodeJS.ProcessEnv): string {
  const home = env.BACKCARE_HOME;
  if (home !== undefined && home !== '') return absoluteHome(home);
  // The XDG spec says relative paths are invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'backcare');
  return join(homedir(), '.local', 'share', 'backcare');
}

/**
 * `~` and `~/…` are expanded (a quoted '~/bc' reaches us unexpanded); any
 * other relative path is refused: resolved against the current folder, it
 * would split the diary between every folder backcare is run from.
 */
function absoluteHome(home: string): string {
  if (home === '~') return homedir();
  if (home.startsWith('~/')) return join(homedir(), home.slice(2));
  if (isAbsolute(home)) return resolve(home);
  throw new UsageError(
    `BACKCARE_HOME is a relative path ("${echoed(home)}"); set it to an absolute path, such as ` +
      `BACKCARE_HOME="$HOME/${home.replace(/^\.\//, '')}"`,
  );
}

export interface StorePaths {
  dir: string;
  episodes: string;
  diary: string;
}

export function storePaths(env: NodeJS.ProcessEnv): StorePaths {
  const dir = dataDir(env);
  return { dir, episodes: join(dir, EPISODES_FILE), diary: join(dir, DIARY_FILE) };
}
