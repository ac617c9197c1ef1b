// A value from an argument, an environment variable or a file, quoted back in
// a message: every control character (newline and tab too) shown as a visible
// \u00XX escape, so it cannot hide or recolour what follows, and cut to a
// length a one-line message can hold.

/** Long enough for any real id, file name or date; a 100 KB value is cut. */
const MAX_ECHO = 80;

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f]/g;

export function echoed(value: string, max = MAX_ECHO): string {
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}… (${chars.length - max} more characters)` : value;
  return cut.replace(ANY_CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
