// A knowledge-base file's bytes to text: UTF-8 only (a UTF-8 byte-order mark
// is fine). UTF-16, stray NUL bytes and invalid UTF-8 are located problems, never
// silent replacement characters: those would change the advice's wording unseen.
import { isUtf8 } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; line: number; col: number; message: string };

const SAVE_AS_UTF8 = 'save the file as UTF-8';

export function decodeText(bytes: Buffer): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      line: 1,
      col: 1,
      message: `the file is UTF-16 (it starts with a UTF-16 byte-order mark); ${SAVE_AS_UTF8}`,
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0)
    return {
      ok: false,
      ...position(body, nul),
      message: `a NUL byte, as in UTF-16 text or a binary file; ${SAVE_AS_UTF8}`,
    };
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    return {
      ok: false,
      ...position(body, bad),
      message: `not valid UTF-8 (byte 0x${(body[bad] ?? 0).toString(16).padStart(2, '0')}); ${SAVE_AS_UTF8}`,
    };
  }
  return { ok: true, text: body.toString('utf8') };
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Line and column (in characters) of a byte offset; the bytes before it are valid UTF-8. */
function position(bytes: Buffer, offset: number): { line: number; col: number } {
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  const col = [...bytes.subarray(lineStart, offset).toString('utf8')].length + 1;
  return { line, col };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at i, or 0 (RFC 3629: no overlong forms, surrogates or values past U+10FFFF). */
function sequenceLength(bytes: Buffer, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  const [length, min, max] = leadByte(first);
  if (length === 0) return 0;
  const second = bytes[i + 1] ?? -1;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? -1;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Sequence length and the allowed range of the second byte, by the first byte. */
function leadByte(first: number): [number, number, number] {
  if (first >= 0xc2 && first <= 0xdf) return [2, 0x80, 0xbf];
  if (first === 0xe0) return [3, 0xa0, 0xbf];
  if (first === 0xed) return [3, 0x80, 0x9f];
  if (first >= 0xe1 && first <= 0xef) return [3, 0x80, 0xbf];
  if (first === 0xf0) return [4, 0x90, 0xbf];
  if (first >= 0xf1 && first <= 0xf3) return [4, 0x80, 0xbf];
  if (first === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
