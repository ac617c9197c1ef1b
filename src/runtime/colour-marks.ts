// Colour is added by backcare's renderers only. A style wraps text in marks
// that carry a per-process random key, so no text from data or input can
// forge one; output is escaped first (every control character, colour ones
// included) and only then are the marks turned into colour, or dropped.
const OPEN = '\uE000';
const CLOSE = '\uE001';

// Made on first use, with the Web Crypto global, which Node loads only when it
// is first touched: loading node:crypto at start-up costs several per cent of a
// run, and most runs (no colour, or nothing styled) never make a mark.
let key: { text: string; marks: RegExp } | undefined;

function markKey(): { text: string; marks: RegExp } {
  if (key === undefined) {
    // randomUUID is the cheap way in: getRandomValues loads much more of Web Crypto.
    const text = globalThis.crypto.randomUUID().replaceAll('-', '');
    key = { text, marks: new RegExp(`${OPEN}${text}([0-9;]{1,16})${CLOSE}`, 'g') };
  }
  return key;
}

/** A mark for the SGR code `code` ("1", "31"), turned into colour at output. */
export function colourMark(code: string): string {
  return `${OPEN}${markKey().text}${code}${CLOSE}`;
}

/** Marks become real SGR sequences when colour is on, and nothing when it is off. */
export function paintMarks(text: string, colour: boolean): string {
  // Before the first mark there is no key, so nothing in the text can be one.
  if (key === undefined) return text;
  return text.replace(key.marks, (_whole, code: string) => (colour ? `\u001b[${code}m` : ''));
}
