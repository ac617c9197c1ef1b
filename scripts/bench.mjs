// Start-up benchmark: each backcare command against a bare `node -e 0`, run
// alternately so both see the same machine load. Reports median ratios, not
// absolute times, so results compare across machines. Not a test.
//   npm run bench            (20 rounds)
//   node scripts/bench.mjs 50
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.argv[2] ?? 20);
const BIN = fileURLToPath(new URL('../bin/backcare.js', import.meta.url));
const env = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1' };
delete env.BACKCARE_KB;

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
];

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
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
process.exitCode = failed ? 1 : 0;
