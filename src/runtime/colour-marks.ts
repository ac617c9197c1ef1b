// Colour is added by backcare's renderers only. A style wraps text in marks
// that carry a per-process random key, so no text from data or input can
// forge one; output is escaped first (every control character, colour ones
// included) and only then are the marks turned into colour, or dropped.
import { randomBytes } from 'node:crypto';

const KEY_NAME = Symbol.for('backcare.colour-mark-key');

// One key per process, shared through globalThis: each lazily loaded bundle has its own copy of this module.
const shared = globalThis as typeof globalThis & { [KEY_NAME]?: string };
const KEY = (shared[KEY_NAME] ??= randomBytes(8).toString('hex'));
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}${KEY}([0-9;]{1,16})${CLOSE}`, 'g');

/** A mark for the SGR code `code` ("1", "31"), turned into colour at output. */
export function colourMark(code: string): string {
  return `${OPEN}${KEY}${code}${CLOSE}`;
}

/** Marks become real SGR sequences when colour is on, and nothing when it is off. */
export function paintMarks(text: string, colour: boolean): string {
  return text.replace(MARK, (_whole, code: string) => (colour ? `\u001b[${code}m` : ''));
}
