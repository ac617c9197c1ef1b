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

/** The keys of the outer object as written, or undefined when values nest deeper than a list. */
function topLevelKeys(text: string): string[] | undefined {
  const keys: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === '"') {
      const end = stringEnd(text, i);
      if (
        depth === 1 &&
        text
          .slice(end + 1)
          .trimStart()
          .startsWith(':')
      )
        keys.push(JSON.parse(text.slice(i, end + 1)) as string);
      i = end;
    }
    if (depth > 2) return undefined;
  }
  return keys;
}

/** Index of the quote closing the JSON string that opens at `start` (the text already parsed as JSON). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}
