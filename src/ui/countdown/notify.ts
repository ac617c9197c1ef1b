// Getting someone's attention at a phase change, without native modules:
// the terminal bell, the window title, OSC 9/777 desktop notifications, and
// notify-send where it is installed (spawned detached, never waited for).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ESC, notificationSequences, titleSequence } from './terminal.js';

export interface Signals {
  bell: boolean;
  notify: boolean;
  /** A terminal to write escape sequences to; undefined when there is none. */
  tty: NodeJS.WritableStream | undefined;
  env: NodeJS.ProcessEnv;
}

export interface Notifier {
  title(text: string): void;
  /** A phase change: bell, and with --notify a desktop notification. */
  alert(heading: string, body: string): void;
}

export function notifier(signals: Signals, spawnNotifySend = launchNotifySend): Notifier {
  let notifySend: string | undefined | null = null;
  return {
    title(text) {
      signals.tty?.write(titleSequence(text));
    },
    alert(heading, body) {
      let out = signals.bell ? ESC.bell : '';
      if (signals.notify) {
        out += notificationSequences(heading, body, signals.env);
        if (notifySend === null) notifySend = findOnPath('notify-send', signals.env.PATH);
        if (notifySend) spawnNotifySend(notifySend, heading, body);
      }
      if (out) signals.tty?.write(out);
    },
  };
}

/** Loaded only with --notify, so the timer does not pay for child_process otherwise. */
function launchNotifySend(path: string, heading: string, body: string): void {
  import('node:child_process')
    .then(({ spawn }) => {
      const child = spawn(path, ['--app-name=backcare', heading, body], { detached: true, stdio: 'ignore' });
      child.on('error', () => {});
      child.unref();
    })
    .catch(() => {
      // A notification that cannot be shown must never stop the timer.
    });
}

export function findOnPath(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
