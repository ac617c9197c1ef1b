// Start-up benchmark: each backcare command against a bare `node -e 0`, run
// alternately so both see the same machine load. Reports median ratios, not
// absolute times, so results compare across machines. Then the timer's cost:
// a one-minute ice phase in the non-terminal mode. Not a test.
//   npm run bench            (20 rounds, then the one-minute timer run)
//   node scripts/bench.mjs 50
//   npm run bench -- --node /path/to/node   (another Node; the bare start is that node's too)
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { rounds, node: NODE } = parseArgs(process.argv.slice(2));
const ROUNDS = rounds;

function parseArgs(args) {
  const parsed = { rounds: 20, node: process.execPath };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--node') parsed.node = args[++i];
    else if (args[i].startsWith('--node=')) parsed.node = args[i].slice('--node='.length);
    else parsed.rounds = Number(args[i]);
  }
  if (!parsed.node || !Number.isInteger(parsed.rounds) || parsed.rounds < 1) {
    console.error('usage: node scripts/bench.mjs [ROUNDS] [--node PATH]');
    process.exit(2);
  }
  return parsed;
}
const BIN = fileURLToPath(new URL('../bin/backcare.js', import.meta.url));
// An empty diary of its own, so the benchmark never reads or writes the real one.
const EMPTY_HOME = mkdtempSync(join(tmpdir(), 'backcare-bench-'));
const env = { ...process.env, LANG: 'C.UTF-8', NO_COLOR: '1', BACKCARE_HOME: EMPTY_HOME };
delete env.BACKCARE_KB;

/** A diary of `entries` pain scores spread over 400 days (10,000: about 25 a day) and an open episode. */
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
// The diary at scale: the same 400 days with 100 and with 100,000 entries.
const SMALL_HOME = bigDiary(100);
const HUGE_HOME = bigDiary(100_000);
process.on('exit', () => {
  for (const home of [EMPTY_HOME, BIG_HOME, SMALL_HOME, HUGE_HOME]) rmSync(home, { recursive: true, force: true });
});

/** Every question of `backcare check` answered by a flag: the calmest answer each takes. */
function checkAnswerFlags() {
  const out = spawnSync(NODE, [BIN, 'check', '--questions', '--json'], { env, encoding: 'utf8' });
  const { questions } = JSON.parse(out.stdout);
  const calm = { 'yes-no': 'no', many: 'none', when: '30h' };
  return questions
    .filter((q) => q.askedOnlyIf === null || asksAnAdult(q.askedOnlyIf))
    .flatMap((q) => ['--answer', `${q.id}=${calm[q.type] ?? firstAllowed(q)}`]);
}

/** The calm person is 35: questions asked only from an age (or only under one) follow that. */
function asksAnAdult(condition) {
  if (condition.answer !== 'age') return false;
  return (condition.gte === undefined || 35 >= condition.gte) && (condition.lt === undefined || 35 < condition.lt);
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
  { name: 'backcare ice-heat-timer --plan', args: ['ice-heat-timer', '--mode', 'ice', '--plan'], target: 1.5 },
  { name: 'backcare log 5', args: ['log', '5'], target: 1.3 },
];

/** Absolute targets: work that grows with the diary, not start-up. */
const TIMED = [{ name: 'backcare history (10,000 entries)', args: ['history'], env: { BACKCARE_HOME: BIG_HOME }, maxMs: 300 }];

function timeOnce(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(NODE, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
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

console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${NODE})\n`);
console.log(`Start-up, median of ${ROUNDS} alternating runs, as a ratio to a bare \`node -e 0\`:`);
let failed = false;
const nameWidth = Math.max(...CASES.map((c) => c.name.length)) + 2;
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
  // The spread of the per-round ratios says how much to trust the median on a busy machine.
  const rounds = cli.map((t, i) => t / (bare[i] ?? t)).sort((a, b) => a - b);
  const q = (p) => rounds[Math.min(rounds.length - 1, Math.floor(p * rounds.length))].toFixed(2);
  console.log(`  ${c.name.padEnd(nameWidth)} ${ratio.toFixed(2)}x  (target ≤ ${c.target}x) ${ok ? 'ok  ' : 'OVER'}  middle half of rounds ${q(0.25)}–${q(0.75)}x`);
}

console.log(`\nWall time, median of ${ROUNDS} runs:`);
for (const c of TIMED) {
  timeOnce([BIN, ...c.args], c.env);
  const times = [];
  for (let i = 0; i < ROUNDS; i++) times.push(timeOnce([BIN, ...c.args], c.env));
  const ms = median(times);
  const ok = ms < c.maxMs;
  failed ||= !ok;
  console.log(`  ${c.name.padEnd(nameWidth)} ${ms.toFixed(0)} ms  (target < ${c.maxMs} ms) ${ok ? 'ok' : 'OVER'}`);
}

// --- The diary at scale ------------------------------------------------------
// history   on 100,000 entries against 100 (same 400 days, alternating runs),
//           target within 2x: reading follows the 14-day window, not the file
// FHIR      report --format fhir of all 100,000 entries to a pipe, peak RSS
//           (getrusage's maxRSS of the backcare process), target < 200 MB

/** Peak RSS in kB of one backcare run whose stdout is a pipe we drain, via a preload that reports maxRSS on fd 3. */
function peakRssOfRun(args, extraEnv) {
  const preload = join(EMPTY_HOME, 'max-rss.cjs');
  writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(3, String(process.resourceUsage().maxRSS)));\n");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', preload, BIN, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let rss = '';
    let err = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    child.stdio[3].setEncoding('utf8').on('data', (d) => (rss += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(rss)) : reject(new Error(`exited ${code}: ${err}`))));
  });
}

console.log(`\nThe diary at scale:`);
try {
  const small = [];
  const huge = [];
  for (let i = 0; i < ROUNDS; i++) {
    small.push(timeOnce([BIN, 'history'], { BACKCARE_HOME: SMALL_HOME }));
    huge.push(timeOnce([BIN, 'history'], { BACKCARE_HOME: HUGE_HOME }));
  }
  const ratio = median(huge) / median(small);
  const peakKb = await peakRssOfRun(['report', '--format', 'fhir', '--from', '2000-01-01'], { BACKCARE_HOME: HUGE_HOME });
  const rows = [
    ['history, 100,000 vs 100 entries', `${ratio.toFixed(2)}x`, '≤ 2x', ratio <= 2, `(${median(huge).toFixed(0)} ms vs ${median(small).toFixed(0)} ms, medians of ${ROUNDS})`],
    ['report --format fhir, 100,000', `${(peakKb / 1024).toFixed(0)} MB peak`, '< 200 MB', peakKb / 1024 < 200, '(stdout a pipe)'],
  ];
  for (const [name, value, target, ok, note] of rows) {
    failed ||= !ok;
    console.log(`  ${name.padEnd(nameWidth)} ${value.padEnd(20)} (target ${target}) ${ok ? 'ok' : 'OVER'} ${note}`.trimEnd());
  }
} catch (error) {
  failed = true;
  console.log(`  could not measure the diary at scale: ${error.message}`);
}

// --- The timer: one one-minute phase, --json, stdout a pipe ----------------
// lateness  when the phase_end line reaches us, minus the deadline the timer
//           announced in phase_start (so it includes the pipe), target < 100 ms
// CPU       user+system time of the timer process between phase_start and
//           phase_end, as a share of one core, target < 1%
// memory    the timer's peak RSS (VmHWM) against a bare node's, target <= 1.3x

const TIMER_PHASE = '1m';
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** utime + stime of a live process, in seconds (Linux /proc). */
function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Peak resident set size of a live process, in kB (Linux /proc). */
function peakRssKb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

function bareNodePeakRssKb() {
  // A bare node reports its own peak (getrusage's ru_maxrss, the same kernel
  // counter as VmHWM); the median of five runs.
  const runs = Array.from({ length: 5 }, () =>
    Number(spawnSync(NODE, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))'], { encoding: 'utf8' }).stdout),
  );
  return median(runs);
}

function runTimer() {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [BIN, 'ice-heat-timer', '--mode', 'ice', '--ice', TIMER_PHASE, '--json', '--no-bell'], {
      env,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const result = { peakKb: 0 };
    let buffer = '';
    let deadline;
    let started;
    const sampler = setInterval(() => {
      try {
        result.peakKb = Math.max(result.peakKb, peakRssKb(child.pid));
      } catch {
        // exited between samples
      }
    }, 2000);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const now = Date.now();
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const event = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        if (event.event === 'phase_start') {
          deadline = Date.parse(event.endsAt);
          started = { at: now, cpu: cpuSeconds(child.pid) };
        } else if (event.event === 'phase_end') {
          result.latenessMs = now - deadline;
          result.reportedLatenessMs = Date.parse(event.at) - Date.parse(event.endedAt);
          try {
            result.cpuShare = (cpuSeconds(child.pid) - started.cpu) / ((now - started.at) / 1000);
            result.peakKb = Math.max(result.peakKb, peakRssKb(child.pid));
          } catch {
            // The process already exited; the samples above stand.
          }
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0 || result.latenessMs === undefined) reject(new Error(`the timer exited ${code} without a phase_end`));
      else resolve(result);
    });
  });
}

console.log(`\nTimer: one ${TIMER_PHASE} ice phase, not in a terminal (--json to a pipe):`);
try {
  const bareKb = bareNodePeakRssKb();
  const timer = await runTimer();
  const memory = timer.peakKb / bareKb;
  const rows = [
    ['phase-end lateness', `${timer.latenessMs} ms`, '< 100 ms', timer.latenessMs < 100, `(the timer itself saw ${timer.reportedLatenessMs} ms)`],
    ['CPU while counting down', `${(timer.cpuShare * 100).toFixed(2)}% of a core`, '< 1%', timer.cpuShare < 0.01, ''],
    ['peak memory', `${memory.toFixed(2)}x bare node`, '≤ 1.3x', memory <= 1.3, `(${(timer.peakKb / 1024).toFixed(1)} MB vs ${(bareKb / 1024).toFixed(1)} MB)`],
  ];
  for (const [name, value, target, ok, note] of rows) {
    failed ||= !ok;
    console.log(`  ${name.padEnd(nameWidth)} ${value.padEnd(20)} (target ${target}) ${ok ? 'ok' : 'OVER'} ${note}`.trimEnd());
  }
} catch (error) {
  failed = true;
  console.log(`  could not measure the timer: ${error.message}`);
}

process.exitCode = failed ? 1 : 0;
