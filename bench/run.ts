/**
 * `npm run bench`: generates 200 workbooks of 60 students and ~2,000 record rows each (with the
 * project's writer), then times `score --json` over all of them — in-process through the CLI's
 * `main`, and once as the real CLI process (bin/banzhuren.cjs) under /usr/bin/time — and the
 * core alone (scoreWorkbook) on one workbook. Prints workbooks per second and peak memory, and
 * the task pane's JavaScript: initial and lazily loaded, gzipped (./bundle.ts, with its budget).
 * Not a test: the figures depend on the machine.
 *
 * Options: --count 200 --students 60 --rows 2000 --keep (keep the generated folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main';
import { scoreWorkbook } from '../src/core';
import { readWorkbookBuffer } from '../src/node/readXlsx';
import { writeWorkbook } from '../src/node/writeXlsx';
import { printBundle } from './bundle';
import { generateWorkbook, recordRows } from './generate';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    students: { type: 'string', default: '60' },
    rows: { type: 'string', default: '2000' },
    keep: { type: 'boolean', default: false },
  },
});
const COUNT = Number(values.count);
const STUDENTS = Number(values.students);
const ROWS = Number(values.rows);
const REPO = path.resolve(__dirname, '..');

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Samples this process's resident memory while `work` runs; returns its result, time and peak RSS. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    return { result, ms: performance.now() - started, peakRss };
  } finally {
    clearInterval(timer);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'banzhuren-bench-'));
  console.log(
    `班主任工作量化记录 benchmark — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}`,
  );
  console.log(`Generating ${COUNT} workbooks (${STUDENTS} students, ~${ROWS} record rows each) in ${dir} …`);

  // 1. generate with the project's writer
  const files: string[] = [];
  let rows = 0;
  const generation = await measured(async () => {
    for (let i = 0; i < COUNT; i++) {
      const input = generateWorkbook(i, { students: STUDENTS, rows: ROWS, seed: 20_260_907 });
      rows += recordRows(input);
      const file = path.join(dir, `class-${String(i).padStart(3, '0')}.xlsx`);
      writeFileSync(file, await writeWorkbook(input));
      files.push(file);
    }
  });
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(
    `  generated in ${seconds(generation.ms)} (${(COUNT / (generation.ms / 1000)).toFixed(1)} workbooks/s written); ` +
      `${(rows / COUNT).toFixed(0)} record rows and ${(bytes / COUNT / 1024).toFixed(0)} KB per workbook`,
  );

  // 2. score --json over all of them, in-process through the CLI
  let json = '';
  const inProcess = await measured(() =>
    main(['score', '--json', ...files], { out: (text) => (json = text), err: () => undefined, cwd: dir }),
  );
  const report = JSON.parse(json) as { workbooks: { ok: boolean; grade?: string }[] };
  const grades = report.workbooks.reduce<Record<string, number>>(
    (acc, w) => ({ ...acc, [w.grade ?? 'failed']: (acc[w.grade ?? 'failed'] ?? 0) + 1 }),
    {},
  );

  // 3. the real CLI process, once, under /usr/bin/time for its peak memory
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cliArgs = [path.join(REPO, 'bin/banzhuren.cjs'), 'score', '--json', ...files];
  const outFile = path.join(dir, 'report.json');
  const started = performance.now();
  const child = timeBin
    ? spawnSync(timeBin, ['-f', '%M %e', '-o', path.join(dir, 'time.txt'), process.execPath, ...cliArgs], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1024 * 1024 * 1024,
      })
    : spawnSync(process.execPath, cliArgs, {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 1024 * 1024 * 1024,
      });
  const processMs = performance.now() - started;
  writeFileSync(outFile, child.stdout);
  const processRss = timeBin
    ? Number(readFileSync(path.join(dir, 'time.txt'), 'utf8').trim().split(/\s+/)[0]) * 1024
    : NaN;
  const sameReport = child.stdout.toString('utf8').trim() === json.trim();

  // 4. the parts alone, on one workbook: reading the .xlsx, and the core
  const one = readFileSync(files[0] as string);
  const readTimes: number[] = [];
  const coreTimes: number[] = [];
  let input = await readWorkbookBuffer(one, 'one.xlsx');
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    input = await readWorkbookBuffer(one, 'one.xlsx');
    readTimes.push(performance.now() - t0);
  }
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    scoreWorkbook(input);
    coreTimes.push(performance.now() - t0);
  }

  console.log('');
  console.log(
    `score --json over ${COUNT} workbooks (exit ${inProcess.result}; ${Object.entries(grades)
      .map(([g, n]) => `${g} ${n}`)
      .join(', ')})`,
  );
  console.log(
    `  in-process (CLI main):   ${seconds(inProcess.ms)}  →  ${(COUNT / (inProcess.ms / 1000)).toFixed(1)} workbooks/s, peak RSS ${mb(inProcess.peakRss)}`,
  );
  console.log(
    `  real CLI process (bin):  ${seconds(processMs)}  →  ${(COUNT / (processMs / 1000)).toFixed(1)} workbooks/s, ` +
      `peak RSS ${Number.isNaN(processRss) ? 'n/a (no /usr/bin/time)' : mb(processRss)}, exit ${child.status}, same JSON as in-process: ${sameReport ? 'yes' : 'NO'}`,
  );
  console.log(`  report size:             ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB of JSON`);
  console.log(
    `one workbook (${recordRows(input)} record rows, ${STUDENTS} students), median of repeated runs:`,
  );
  console.log(`  read .xlsx (exceljs):    ${median(readTimes).toFixed(1)} ms`);
  console.log(
    `  core alone (scoreWorkbook): ${median(coreTimes).toFixed(2)} ms  →  ${(1000 / median(coreTimes)).toFixed(0)} workbooks/s`,
  );

  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });

  console.log('');
  await printBundle();
}

void run();
