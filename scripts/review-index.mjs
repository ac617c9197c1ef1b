// Build step: the index `backcare kb review` uses to name the tests behind each
// entry, written to dist/review-index.json.gz from two sources only:
// - docs/safety/hazard-log.md: each hazard, its controls and the tests that
//   prove them (the log's own test keeps those names true);
// - tests/scenarios/*.test.ts: which scenario names (or which test) mention
//   an id, as a quoted string or as an answer key. "Names the entry" is all
//   this claims; the book says so.
// Tests generated over every rule and warning sign are listed only while the
// file still holds the title template this script looks for.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LOG = 'docs/safety/hazard-log.md';
const SCENARIOS = 'tests/scenarios';
const PROOF = /`(tests\/[\w./-]+\.test\.ts)` › `([^`]+)`([^<|]*)/g;
const TITLE = /^\s*(?:describe|it|test)(?:\.\w+)*(?:\.each\((?:[^()]|\([^()]*\))*\))?\(\s*(['"`])((?:\\.|(?!\1).)+)\1/;
const CASE_ROW = /^\s*\[\s*'((?:\\'|[^'])+)'\s*,/;
const ID_TOKEN = /['"]([a-z0-9]+(?:-[a-z0-9]+)*)['"]|\b([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b|\b([a-z][a-z0-9]*): /g;

/** Generated suites: a title template in the file, and the kinds of entry it runs over. */
const GENERATED = [
  {
    file: 'tests/scenarios/warning-sign-scenarios.test.ts',
    describe: 'every warning sign, answered yes, gives its urgency',
    template: '$sign via $rule.id gives $urgency',
    title: 'every warning sign, answered yes, gives its urgency › {sign} via {rule} gives {urgency}',
    kinds: ['rule', 'warning-sign'],
  },
];

/** Every id in the compiled base, so the index keeps only words that name an entry. */
function idsIn(kbDataDir) {
  const ids = new Set(['emergency', 'urgent', 'doctor_soon', 'self_care']);
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'id' || key === 'condition') && typeof v === 'string') ids.add(v);
        walk(v);
      }
    }
  };
  for (const file of readdirSync(kbDataDir).filter((f) => f.endsWith('.json') && f !== 'review.json'))
    walk(JSON.parse(readFileSync(join(kbDataDir, file), 'utf8')));
  return ids;
}

function buildReviewIndex(root, kbDataDir) {
  const ids = idsIn(kbDataDir);
  const mentions = Object.entries(scenarioMentions(root)).filter(([id]) => ids.has(id));
  // Each test title once, and each id's tests as numbers into that list: the installed package stays small.
  const tests = [...new Set(mentions.flatMap(([, list]) => list))];
  const number = new Map(tests.map((t, i) => [t, i]));
  return {
    builtAt: new Date().toISOString().slice(0, 10),
    hazards: hazardsIn(readFileSync(join(root, LOG), 'utf8')),
    tests,
    namedIn: Object.fromEntries(mentions.map(([id, list]) => [id, list.map((t) => number.get(t))])),
    generated: GENERATED.flatMap((g) => {
      const path = join(root, g.file);
      const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
      return source.includes(`'${g.describe}'`) && source.includes(`'${g.template}'`)
        ? g.kinds.map((kind) => ({ kind, file: g.file, title: g.title }))
        : [];
    }),
  };
}

function hazardsIn(markdown) {
  return markdown
    .split(/^## /m)
    .filter((s) => /^H\d+\./.test(s))
    .map((section) => {
      const [heading = ''] = section.split('\n');
      const [, id = '', title = ''] = /^(H\d+)\.\s*(.*)$/.exec(heading.trim()) ?? [];
      const controls = section
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| Control') && !line.startsWith('| ---'))
        .map((line) => {
          const [, control = '', proved = ''] = line.split(/(?<!\\)\|/).map((c) => c.trim());
          const proofs = [...proved.matchAll(PROOF)].map(
            (m) => `${m[1]} › ${m[2]}${m[3].trim() ? ` ${m[3].trim()}` : ''}`,
          );
          return { control: control.replaceAll('`', ''), proofs };
        });
      return { id, title, controls };
    });
}

function scenarioMentions(root) {
  const namedIn = {};
  const dir = join(root, SCENARIOS);
  if (!existsSync(dir)) return namedIn;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.test.ts'))
    .sort()) {
    const file = `${SCENARIOS}/${name}`;
    const titles = [];
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const indent = line.length - line.trimStart().length;
      // A line at or left of a title's indent closes that title's block.
      while (titles.length > 0 && titles[titles.length - 1].indent >= indent) titles.pop();
      const title = TITLE.exec(line);
      if (title) titles.push({ indent, text: title[2] });
      const row = CASE_ROW.exec(line);
      const where = row
        ? `${file} › scenario "${row[1].replaceAll("\\'", "'")}"`
        : titles.length > 0
          ? `${file} › ${titles.map((t) => t.text).join(' › ')}`
          : undefined;
      if (!where) continue;
      for (const m of line.matchAll(ID_TOKEN)) {
        const id = m[1] ?? m[2] ?? m[3];
        const list = (namedIn[id] ??= []);
        if (!list.includes(where)) list.push(where);
      }
    }
  }
  return namedIn;
}

/** Gzipped: only kb review reads it, and the installed package must stay small. */
export function writeReviewIndex(root, kbDataDir, outFile) {
  writeFileSync(outFile, gzipSync(JSON.stringify(buildReviewIndex(root, kbDataDir)), { level: 9 }));
}
