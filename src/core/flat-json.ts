// A small JSON object of scalars and lists (an answers file) read with
// JSON.parse, so reading one does not load the YAML library. Anything else
// returns undefined and is left to the YAML reader, which gives the same
// values for JSON and the located error messages: invalid JSON, a repeated
// key (JSON.parse would keep the last one silently), deeper nesting, or a
// file far larger than any answers file.

/** Far above any answers file (a few hundred bytes); larger files go through the YAML reader's limits. */
const MAX_FAST_BYTES = 64 * 1024;

export function parseFlatJsonObject(text: string): Record<string, unknown> | undefined {
  if (text.length > MAX_FAST_BYTES || !text.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = topLevelKeys(text);
  if (keys === undefined || new Set(keys).size !== keys.length || keys.includes('__proto__')) return undefined;
  return value as Record<string, unknown>;
}

/**
 * The keys of the outer object as written, or undefined when values nest deeper than a list. The text is
 * valid JSON already; this only finds its structure: brackets and strings, found by native searches rather
 * than a loop over every character, and nothing sliced but the keys.
 */
function topLevelKeys(text: string): string[] | undefined {
  const keys: string[] = [];
  let depth = 0;
  const structure = /[[\]{}"]/g;
  for (let found = structure.exec(text); found !== null; found = structure.exec(text)) {
    const at = found.index;
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      const end = stringEnd(text, at);
      if (depth === 1 && text.charCodeAt(afterWhitespace(text, end + 1)) === COLON) keys.push(keyAt(text, at, end));
      structure.lastIndex = end + 1;
    } else depth += c === OPEN_BRACE || c === OPEN_BRACKET ? 1 : -1;
    if (depth > 2) return undefined;
  }
  return keys;
}

const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** Index of the quote closing the JSON string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (escaped(text, end)) end = text.indexOf('"', end + 1);
  return end;
}

/** A quote after an odd number of backslashes is part of the string. */
function escaped(text: string, quote: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/** JSON's whitespace only: the text has parsed as JSON. */
function afterWhitespace(text: string, i: number): number {
  let at = i;
  while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++;
  return at;
}

function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end + 1)) as string) : raw;
}
