// Text from files (a knowledge base given with --kb, an answers file, a
// hand-edited diary) can hold control characters: an escape sequence could
// clear the screen, retitle the window, hide text or write to the clipboard,
// and a report would carry them on to a clinician. Everything backcare prints
// or writes as a report passes through safeText on its way out.
//
// Each control character (C0 but tab and newline, DEL, C1) becomes a visible
// \u00XX escape: a person can see what was there, and inside JSON strings it
// is a valid escape that decodes to the same character, so JSON stays exact.

//
// No escape sequence passes, colour ones included: backcare's own colour is
// added after this, from marks only its renderers can make (colour-marks.ts).

// eslint-disable-next-line no-control-regex
const CONTROL = /\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, (match) => (match.length > 1 ? match : visibleEscape(match)));
}

function visibleEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Every string inside a value (objects and arrays walked), made safe; for data shown piece by piece. */
export function safeStrings<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => safeStrings(item)) as T;
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, safeStrings(item)])) as T;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
