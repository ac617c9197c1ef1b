// Parsing one YAML file defensively, and mapping paths inside it back to
// line and column so that every error can point at the offending text.
import {
  Composer,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type Alias,
  type CST,
  type Document,
  type Node,
} from 'yaml';
import type { PathSegment } from './problems.js';
import type { LocatedProblem } from './located-problem.js';

/** Far above any real knowledge-base file, far below anything that could hurt. */
export const MAX_FILE_BYTES = 1024 * 1024;
/**
 * YAML tokens (scalars, indicators, line breaks) per file. The largest built-in
 * file has about 7,000; 1 MiB of one-character flow items has over 500,000, and
 * parsing and checking that many items takes many seconds and gigabytes. So the
 * tokens are counted first, with the cheap lexer, and a file over the limit is
 * refused before it is parsed.
 */
export const MAX_YAML_TOKENS = 50_000;
/**
 * Collections inside collections. The built-in files need about 10; the
 * parser recurses once per level and runs out of stack near 900, so a deeper
 * file is measured on the parser's flat token tree and refused before it is
 * composed.
 */
export const MAX_YAML_DEPTH = 64;
/** Anchors and aliases are allowed, but not enough of them to expand into a "billion laughs". */
const MAX_ALIAS_COUNT = 50;
/**
 * The sign-off ledger grows by about 12,000 tokens each time a reviewer signs every entry; this allows dozens of
 * sign-offs.
 */
export const MAX_LEDGER_TOKENS = 400_000;

export interface ParsedYaml {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export type ParseResult =
  | { ok: true; value: unknown; parsed: ParsedYaml }
  | {
      ok: false;
      problems: LocatedProblem[];
      /**
       * The document as far as it parsed, syntax errors and all, for a caller that must not drop what a
       * broken file says (an emergency answer); absent when the file was refused before it was parsed.
       */
      doc?: Document.Parsed;
    };

export function parseYamlFile(file: string, text: string, maxTokens = MAX_YAML_TOKENS): ParseResult {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) {
    return fail(file, `file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES} bytes (split or trim it)`);
  }
  if (hasMoreTokensThan(text, maxTokens)) {
    return fail(
      file,
      `file has more than ${maxTokens} YAML tokens (items, keys, values and line breaks; the largest built-in ` +
        `file has about 7000); split or trim it`,
    );
  }
  const lines = new LineCounter();
  // Parsed once into the flat token tree: its depth is checked before it is composed (which recurses).
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const tooDeep = firstTooDeep(tokens, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      problems: [
        {
          file,
          ...lines.linePos(tooDeep),
          path: [],
          message: `nested more than ${MAX_YAML_DEPTH} levels deep (the built-in files need about 10); flatten it`,
        },
      ],
    };
  }
  const doc = firstDocument(tokens, text);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file,
        ...lines.linePos(e.pos[0]),
        path: [],
        message: `YAML syntax: ${firstLine(e.message)}`,
      })),
      doc,
    };
  }
  const loop = aliasInsideWhatItNames(doc, doc);
  if (loop !== undefined) {
    const at = lines.linePos(loop.range?.[0] ?? 0);
    return { ok: false, problems: [{ file, ...at, path: [], message: SELF_CONTAINING_ALIAS(loop.source) }], doc };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value, parsed: { file, doc, lines } };
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error);
    return fail(file, `refused to expand the YAML aliases (${reason}); use fewer aliases`);
  }
}

const SELF_CONTAINING_ALIAS = (anchor: string): string =>
  `the alias *${anchor} is inside the list or mapping &${anchor} names, so it would contain itself; write the ` +
  'values out instead';

/** An alias inside the very node its anchor names (`&x [*x]`): expanded, it would be a value that contains itself. */
function aliasInsideWhatItNames(doc: Document.Parsed, root: Node | Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(root, {
    Alias(_key, alias, path) {
      const named = alias.resolve(doc);
      if (named === undefined || !path.includes(named)) return undefined;
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Every `key: value` a document states at its top, in the order written: the pairs of a mapping, or of
 * each mapping in a list; a key given twice is there twice (plain values would keep only the last).
 * Values whose aliases would expand too far, or would contain themselves, are left out.
 */
export function statedPairs(doc: Document.Parsed): [string, unknown][] {
  const mappings = isSeq(doc.contents) ? doc.contents.items : [doc.contents];
  return mappings.flatMap((mapping) =>
    isMap(mapping) ? mapping.items.flatMap((pair) => statedPair(doc, pair.key, pair.value)) : [],
  );
}

function statedPair(doc: Document.Parsed, key: unknown, value: unknown): [string, unknown][] {
  if (!isScalar(key)) return [];
  if (isNode(value) && aliasInsideWhatItNames(doc, value) !== undefined) return [];
  try {
    return [[String(key.value), isNode(value) ? value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : value]];
  } catch {
    return [];
  }
}

/** What parseDocument does, from tokens already parsed: the first document, and an error if there are more. */
function firstDocument(tokens: readonly CST.Token[], text: string): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: true }).compose(tokens, true, text.length)) {
    if (doc === undefined) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return doc as Document.Parsed;
}

/** Offset of the first collection nested deeper than `limit`, walking the concrete syntax tree without recursion. */
function firstTooDeep(tokens: readonly CST.Token[], limit: number): number | undefined {
  for (const doc of tokens) {
    if (doc.type !== 'document') continue;
    const stack: [CST.Token | null | undefined, number][] = [[doc.value, 1]];
    let found: number | undefined;
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [token, depth] = next;
      if (token === null || token === undefined) continue;
      if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
      if (depth > limit) {
        found = found === undefined ? token.offset : Math.min(found, token.offset);
        continue;
      }
      for (const item of token.items) stack.push([item.key, depth + 1], [item.value, depth + 1]);
    }
    if (found !== undefined) return found;
  }
  return undefined;
}

function hasMoreTokensThan(text: string, limit: number): boolean {
  let count = 0;
  for (const _token of new Lexer().lex(text)) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

/** Line and column of the value at `path`, or of its nearest existing ancestor. */
export function locate(parsed: ParsedYaml, path: readonly PathSegment[], key?: string): { line: number; col: number } {
  let node: unknown = parsed.doc.contents;
  for (const seg of path) {
    const child = childOf(node, seg);
    if (child === undefined) break;
    node = child;
  }
  if (key !== undefined) {
    const pair = isMap(node) ? node.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const offset = (node as Node | null)?.range?.[0] ?? 0;
  return parsed.lines.linePos(offset);
}

function childOf(node: unknown, seg: PathSegment): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
    if (!pair) return undefined;
    return pair.value ?? pair.key;
  }
  if (isSeq(node) && typeof seg === 'number') return node.items[seg];
  return undefined;
}

function fail(file: string, message: string): ParseResult {
  return { ok: false, problems: [{ file, path: [], message }] };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
