// Start-up benchmark: each backcare command against a bare `node -e 0`, run
// alternately so both see the same machine load. Reports median ratios, not
// absolute times, so results compare across machines. Not a test.
//   npm run bench            (20 rounds)
//   node scripts/bench.mjs 50
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.argv[2] ?? 20);
const BIN = fileURLToPath(new URL('../bin/backcare.js', import.meta.url));
// An empty diary of its own, so the benchmark never reads or writes the real one.
const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'backcare-bench-'));
const env = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1', BACKCARE_HOME: EMPTY_HOME };
delete env.BACKCARE_KB;

/** A diary of 10,000 pain scores (about 25 a day over 400 days) and an open episode. */
function bigDiary(entries = 10_000) {
  const home = mkdtempSync(join(tmpdir(), 'backcare-bench-big-'));
  const now = Date.now();
  const span = 400 * 86_400_000;
  const lines = [];
  for (let i = 0; i < entries; i++) {
    const at = new Date(now - span + (i * span) / entries).toISOString();
    const record = { schemaVersion: 1, type: 'pain', id: randomUUID(), at, recordedAt: at, score: (i * 7) % 11 };
    if (i % 3 === 0) record.helped = ['heat-pack'];
    if (i % 5 === 0) record.note = 'after a walk round the block';
    lines.push(JSON.stringify(record));
  }
  writeFileSync(join(home, 'diary.jsonl'), `${lines.join('\n')}\n`);
  const start = new Date(now - 10 * 86_400_000).toISOString();
  writeFileSync(join(home, 'episodes.jsonl'), `${JSON.stringify({ schemaVersion: 1, type: 'episode-start', id: randomUUID(), at: start, recordedAt: start })}\n`);
  return home;
}
const BIG_HOME = bigDiary();
process.on('exit', () => {
  rmSync(EMPTY_HOME, { recursive: true, force: true });
  rmSync(BIG_HOME, { recursive: true, force: true });
});

/** Every question of `backcare check` answered by a flag: the calmest answer each takes. */
function checkAnswerFlags() {
  const out = spawnSync(process.execPath, [BIN, 'check', '--questions', '--json'], { env, encoding: 'utf8' });
  const { questions } = JSON.parse(out.stdout);
  const calm = { 'yes-no': 'no', many: 'none', when: '30h' };
  return questions
    .filter((q) => q.askedOnlyIf === null)
    .flatMap((q) => ['--answer', `${q.id}=${calm[q.type] ?? firstAllowed(q)}`]);
}

function firstAllowed(q) {
  if (q.type === 'number') return q.allowed.match(/from (\d+)/)[1] === '0' ? '3' : '35';
  return q.allowed.replace(/^one of /, '').split(', ')[0];
}

const CASES = [
  { name: 'backcare --help', args: ['--help'], target: 1.3 },
  { name: 'backcare remedies', args: ['remedies'], target: 1.3 },
  { name: 'backcare warning-signs', args: ['warning-signs'], target: 1.3 },
  { name: 'backcare check (all flags)', args: ['check', '--no-input', ...checkAnswerFlags()], target: 1.5 },
  { name: 'backcare log 5', args: ['log', '5'], target: 1.3 },
];

/** Absolute targets: work that grows with the diary, not start-up. */
const TIMED = [{ name: 'backcare history (10,000 entries)', args: ['history'], env: { BACKCARE_HOME: BIG_HOME }, maxMs: 300 }];

function timeOnce(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// Warm the file cache once so the first round is not an outlier.
timeOnce(['-e', '0']);
for (const c of CASES) timeOnce([BIN, ...c.args]);

console.log(`Start-up, median of ${ROUNDS} alternating runs, as a ratio to a bare \`node -e 0\`:`);
let failed = false;
for (const c of CASES) {
  const bare = [];
  const cli = [];
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(timeOnce(['-e', '0']));
    cli.push(timeOnce([BIN, ...c.args]));
  }
  const ratio = median(cli) / median(bare);
  const ok = ratio <= c.target;
  failed ||= !ok;
  console.log(`  ${c.name.padEnd(28)} ${ratio.toFixed(2)}x  (target ≤ ${c.target}x) ${ok ? 'ok' : 'OVER'}`);
}

console.log(`Wall time, median of ${ROUNDS} runs:`);
for (const c of TIMED) {
  timeOnce([BIN, ...c.args], c.env);
  const times = [];
  for (let i = 0; i < ROUNDS; i++) times.push(timeOnce([BIN, ...c.args], c.env));
  const ms = median(times);
  const ok = ms < c.maxMs;
  failed ||= !ok;
  console.log(`  ${c.name.padEnd(34)} ${ms.toFixed(0)} ms  (target < ${c.maxMs} ms) ${ok ? 'ok' : 'OVER'}`);
}
process.exitCode = failed ? 1 : 0;
