// A line that does not run its command (a usage error, or help asked for)
// still says what must never be dropped: the command reads what it can of
// the line first (check: an emergency among the answers given).
import type { GlobalOptions } from './global-options.js';
import type { LineSettings } from './run-line.js';
import { salvageLine } from './salvage-line.js';

/** Runs the command's beforeRefusal on what can be read of `tokens`. Never throws. */
export async function beforeRefusal(tokens: readonly string[], settings: LineSettings): Promise<void> {
  try {
    const line = salvageLine(tokens, settings.program, settings.env);
    if (!line?.spec.load || line.given.length === 0) return;
    const module = await line.spec.load();
    await module.beforeRefusal?.(line.input, settings.io(line.globals as GlobalOptions));
  } catch {
    // The refusal itself is reported whatever happens here.
  }
}
