/**
 * `npm run bench`: figures, not a test (they depend on the machine). In one run:
 * - two generated sets, written with the project's writer: `--small` workbooks like a real class's
 *   (40 students, ~120 record rows, ~1,300 cells) and `--large` ones (60 students, ~2,000 rows);
 * - reading only, per set: workbooks/s and peak RSS for exceljs's `xlsx.load` (what the reader was
 *   built on before), the project's reader (src/node/readXlsx.ts) with node:zlib as the command
 *   line reads and with fflate as the pane's Web Worker does, and the floor — unzipping the sheets
 *   with fflate and counting their `<c` elements with a regular expression, no values;
 * - the core alone (scoreWorkbook) per workbook: median and p95;
 * - the CLI's start (`banzhuren --help`) beside a bare `node -e 0`;
 * - `banzhuren score --json` end to end as a real process over each set, with 1 thread and with
 *   the pool on every core (BANZHUREN_THREADS), the median of 3 runs each, peak RSS from /usr/bin/time;
 * - with `--batch N`, `banzhuren batch` over N copies of the large workbooks and over 100 of
 *   them, both on every core: time and peak RSS (the same peak at both is what a flat pool means);
 * - the task pane's JavaScript, initial and lazily loaded, gzipped (./bundle.ts).
 *
 * Options: --small 500 --large 200 --batch 0 --keep (keep the generated folder).
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { scoreWorkbook } from '../src/core';
import type { WorkbookInput } from '../src/core/input';
import { readWorkbookBuffer } from '../src/node/readXlsx';
import { nodeCodec } from '../src/node/readXlsxFile';
import { writeWorkbook } from '../src/node/writeXlsx';
import { printBundle } from './bundle';
import { generateWorkbook, recordRows } from './generate';

const { values } = parseArgs({
  options: {
    small: { type: 'string', default: '500' },
    large: { type: 'string', default: '200' },
    batch: { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const REPO = path.resolve(__dirname, '..');
const BIN = path.join(REPO, 'bin/banzhuren.cjs');
const TIME = '/usr/bin/time';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSecond = (count: number, ms: number) => `${(count / (ms / 1000)).toFixed(0)} workbooks/s`;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] as number;
}

/** Samples this process's resident memory while `work` runs; returns its time and peak RSS. */
async function measured(work: () => Promise<void>): Promise<{ ms: number; peakRss: number }> {
  global.gc?.();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return { ms: performance.now() - started, peakRss };
  } finally {
    clearInterval(timer);
  }
}

interface Set {
  readonly label: string;
  readonly files: string[];
  readonly bytes: Uint8Array[];
}

async function generate(
  dir: string,
  label: string,
  count: number,
  students: number,
  rows: number,
): Promise<Set> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const bytes: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const data = await writeWorkbook(generateWorkbook(i, { students, rows, seed: 20_260_907 }));
    const file = path.join(dir, `class-${String(i).padStart(4, '0')}.xlsx`);
    writeFileSync(file, data);
    files.push(file);
    bytes.push(data);
  }
  return { label, files, bytes };
}

/** The floor: the sheets unzipped and their cells counted, no values read. */
function scanFloor(data: Uint8Array): number {
  const parts = unzipSync(data, { filter: (f) => f.name.startsWith('xl/worksheets/') });
  let cells = 0;
  const decoder = new TextDecoder();
  for (const part of Object.values(parts)) cells += decoder.decode(part).match(/<c[\s>]/g)?.length ?? 0;
  return cells;
}

interface Timed {
  readonly ms: number;
  /** User + system CPU time of the process and its threads. */
  readonly cpuMs: number;
  readonly rss: number;
  readonly status: number | null;
}

/** `node ARGS` under /usr/bin/time: wall time, CPU time and peak RSS. */
function timed(args: readonly string[], env: NodeJS.ProcessEnv = {}): Timed {
  const report = path.join(os.tmpdir(), `banzhuren-time-${process.pid}.txt`);
  const started = performance.now();
  const child = spawnSync(TIME, ['-f', '%M %U %S', '-o', report, process.execPath, ...args], {
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - started;
  // The figures are the report's last line (a signal's note may come before them).
  const [rss = NaN, user = NaN, system = NaN] = (readFileSync(report, 'utf8').trim().split('\n').pop() ?? '')
    .split(/\s+/)
    .map(Number);
  rmSync(report, { force: true });
  return { ms, cpuMs: (user + system) * 1000, rss: rss * 1024, status: child.status };
}

/**
 * The CPU beside the wall time: on a machine other work shares, a run that got less of the cores
 * than it could use shows it here (cores used = CPU ÷ wall), and the CPU is the steadier figure.
 */
function cpu(run: Timed): string {
  return `CPU ${(run.cpuMs / 1000).toFixed(1)} s (${(run.cpuMs / run.ms).toFixed(2)} cores used)`;
}

async function readers(set: Set): Promise<WorkbookInput[]> {
  const n = set.files.length;
  const inputs: WorkbookInput[] = [];
  const exceljs = await measured(async () => {
    for (const data of set.bytes) await new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer);
  });
  const codec = nodeCodec;
  const ours = await measured(async () => {
    for (const [i, data] of set.bytes.entries())
      inputs.push(await readWorkbookBuffer(data, String(i), codec));
  });
  const portable = await measured(async () => {
    for (const [i, data] of set.bytes.entries()) await readWorkbookBuffer(data, String(i));
  });
  let cells = 0;
  const floor = await measured(async () => {
    for (const data of set.bytes) cells += scanFloor(data);
  });
  console.log(`reading only, ${set.label} (${(cells / n).toFixed(0)} cells per workbook):`);
  console.log(`  exceljs xlsx.load (before):  ${perSecond(n, exceljs.ms)}, peak RSS ${mb(exceljs.peakRss)}`);
  console.log(`  this reader (node:zlib):     ${perSecond(n, ours.ms)}, peak RSS ${mb(ours.peakRss)}`);
  console.log(
    `  this reader (fflate, pane):  ${perSecond(n, portable.ms)}, peak RSS ${mb(portable.peakRss)}`,
  );
  console.log(
    `  floor (unzip + scan <c):     ${perSecond(n, floor.ms)}, peak RSS ${mb(floor.peakRss)}  ` +
      `(reader at ${(ours.ms / floor.ms).toFixed(1)}× the floor)`,
  );
  return inputs;
}

function core(inputs: readonly WorkbookInput[], label: string): void {
  const times: number[] = [];
  for (const input of inputs.slice(0, 20)) scoreWorkbook(input); // warm up
  for (const input of inputs) {
    const t0 = performance.now();
    scoreWorkbook(input);
    times.push(performance.now() - t0);
  }
  console.log(
    `  core (scoreWorkbook), ${label}: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms ` +
      `(${(inputs.reduce((s, i) => s + recordRows(i), 0) / inputs.length).toFixed(0)} record rows)`,
  );
}

/** Runs per end-to-end figure: one run of ~1 s swings by tens of per cent on a shared machine. */
const RUNS = 3;

/**
 * Each end-to-end run of the set, 1 thread and all threads taking turns (so that a slow spell of
 * the machine falls on both), reported as the median of {@link RUNS} with the fastest and slowest.
 */
function endToEnd(set: Set): void {
  const n = set.files.length;
  const threads = os.availableParallelism();
  const configs = [
    ['1 thread', { BANZHUREN_THREADS: '1' }],
    [`${threads} threads`, { BANZHUREN_THREADS: String(threads) }],
  ] as const;
  const rounds = Array.from({ length: RUNS }, () =>
    configs.map(([, env]) => timed([BIN, 'score', '--json', ...set.files], env)),
  );
  const seconds = (run: Timed) => (run.ms / 1000).toFixed(2);
  configs.forEach(([label], i) => {
    const sorted = rounds.map((round) => round[i] as Timed).sort((a, b) => a.ms - b.ms);
    const run = sorted[Math.floor(RUNS / 2)] as Timed;
    const range = `${seconds(sorted[0] as Timed)}–${seconds(sorted[RUNS - 1] as Timed)} s`;
    console.log(
      `  score --json, ${set.label}, ${label}: ${seconds(run)} s → ${perSecond(n, run.ms)}, ` +
        `peak RSS ${mb(run.rss)}, ${cpu(run)} (exit ${run.status}; median of ${RUNS}, ${range})`,
    );
  });
}

/**
 * Targets: `count` workbooks within 2 minutes, under 300 MB, the same peak as at 100. Both runs
 * on every core, so that the peaks compare the same threads (on two cores 100 files alone would
 * score in one thread, src/cli/pool.ts). The peak at 100 is the median of {@link RUNS} runs: from
 * one run to the next it moves by a few MB, as much as the ratio is meant to show.
 */
function batch(dir: string, large: Set, count: number): void {
  const threads = String(os.availableParallelism());
  const peaks: number[] = [];
  for (const n of [100, count]) {
    const folder = path.join(dir, `batch-${n}`);
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < n; i++)
      linkSync(
        large.files[i % large.files.length] as string,
        path.join(folder, `w${String(i).padStart(5, '0')}.xlsx`),
      );
    const runs = Array.from({ length: n === count ? 1 : RUNS }, () =>
      timed([BIN, 'batch', folder, '-o', path.join(dir, `summary-${n}.xlsx`)], {
        BANZHUREN_THREADS: threads,
      }),
    ).sort((a, b) => a.rss - b.rss);
    const run = runs[Math.floor(runs.length / 2)] as Timed;
    const spread =
      runs.length === 1 ? '' : `; median peak of ${runs.length}, ${runs.map((r) => mb(r.rss)).join(', ')}`;
    console.log(
      `  batch over ${n} large workbooks, ${threads} threads: ${(run.ms / 1000).toFixed(1)} s → ${perSecond(n, run.ms)}, ` +
        `peak RSS ${mb(run.rss)}, ${cpu(run)} (exit ${run.status}${spread})`,
    );
    peaks.push(run.rss);
    rmSync(folder, { recursive: true, force: true });
  }
  const [at100 = NaN, atCount = NaN] = peaks;
  console.log(
    `  batch peak RSS at ${count} files: ${(atCount / at100).toFixed(2)}× the peak at 100 ` +
      `(targets: ${count} in ≤ 2 min, under 300 MB, the same peak)`,
  );
}

async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'banzhuren-bench-'));
  console.log(
    `班主任工作量化记录 benchmark — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.availableParallelism()}, Node ${process.version}`,
  );
  const small = await generate(
    path.join(dir, 'small'),
    `${values.small} small`,
    Number(values.small),
    40,
    120,
  );
  const large = await generate(
    path.join(dir, 'large'),
    `${values.large} large`,
    Number(values.large),
    60,
    2000,
  );
  console.log(`generated in ${dir}`);
  console.log('');

  // A set of 0 (`--small 0` to measure the batch alone) is left out of every figure.
  const sets = [small, large].filter((set) => set.files.length > 0);
  // Each set's core right after its reading, while only its own inputs are kept: with both sets'
  // (the large ones' ~400 MB) alive, the collector's passes over them were a part of every figure.
  for (const set of sets) {
    core(await readers(set), set.label);
    console.log('');
  }

  const bare = Array.from({ length: 5 }, () => timed(['-e', '0']).ms);
  const help = Array.from({ length: 5 }, () => timed([BIN, '--help']).ms);
  console.log(
    `CLI start: banzhuren --help ${quantile(help, 0.5).toFixed(0)} ms, node -e 0 ${quantile(bare, 0.5).toFixed(0)} ms ` +
      `(${(quantile(help, 0.5) / quantile(bare, 0.5)).toFixed(1)}×), medians of 5`,
  );
  console.log('end to end, the bin as a real process:');
  sets.forEach(endToEnd);
  if (Number(values.batch) > 0 && large.files.length > 0) batch(dir, large, Number(values.batch));

  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  console.log('');
  await printBundle();
}

void run();
