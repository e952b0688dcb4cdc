/**
 * Reads and scores many files on every core: this thread and a pool of worker threads (tinypool)
 * beside it, one per other core, each reading one file at a time, so at most a few workbooks are
 * in memory whatever the number of files; results come back in the order of the files. This
 * thread starts scoring at once, while the workers are still starting (~0.1 s), and a two-core
 * machine starts one worker, not two that would share the cores with an idle third. Files go to
 * the workers a few at a time, and each worker has its next few waiting: a task per file would
 * leave a worker idle for a round trip after each (and tinypool measures the heap after every
 * task). A few files, little to read on two cores (see threadsFor), a one-core machine, or the
 * sources run without a build (no lib/scoreWorker.cjs beside this code) score in this thread alone.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Day } from '../core/day';
import type { RuleSet } from '../core/rules';
import type { UnpacedOutcome } from '../core/score';
import type { SummaryOutcome } from '../core/summaryTables';
import { summarySharer } from '../core/summaryTables';
import type { Scored } from './workbookFiles';
import { scoreFile } from './workbookFiles';
import type { Context } from './io';
import type { Keep, Kept, ScoreTask } from './scoreWorker';
import { scorer } from './scoreWorker';

export interface ScoreJob {
  /** The file as the user names it in the output. */
  readonly file: string;
  readonly absolute: string;
}

/** Where the built worker sits: beside the built command line (lib/cli.cjs). */
const WORKER = path.join(__dirname, 'scoreWorker.cjs');

/** Below this many files a worker's start (loading the bundle) costs more than it saves. */
const POOL_FROM = 8;

/** Files per task: at most this many results wait in a worker, and the progress line moves in these steps. */
const CHUNK = 8;

/**
 * Tasks in flight per thread: one running, one waiting for it in the worker itself (tinypool's
 * concurrentTasksPerWorker) — queued in this thread instead, it would be sent only once the last
 * result is back, and on a busy machine the worker sat idle ~10 % of the time meanwhile.
 */
const IN_FLIGHT = 2;

/**
 * On two cores a worker pays only for this much to read. Every thread warms up on its own — V8
 * compiles the scorer's hot code once per thread, ~0.5 s of CPU — and with one thread that
 * compiling runs on the otherwise idle second core, which a worker takes. Measured on a two-core
 * machine: 500 small workbooks (12 MB) 15 % faster in one thread, 100 large ones (10 MB) the
 * same, 200 large ones (20 MB) a third faster with a worker.
 */
const TWO_CORES_POOL_FROM_BYTES = 16 * 1024 * 1024;

/**
 * Threads for the jobs, this one included: every core, none idle, once there is enough to read;
 * BANZHUREN_THREADS overrides (1 = no pool).
 */
export function threadsFor(jobs: readonly ScoreJob[]): number {
  const count = jobs.length;
  const asked = Number(process.env.BANZHUREN_THREADS);
  if (Number.isInteger(asked) && asked > 0) return Math.min(asked, count);
  const cores = os.availableParallelism();
  if (count < POOL_FROM || cores < 2) return 1;
  if (cores === 2 && !atLeastBytes(jobs, TWO_CORES_POOL_FROM_BYTES)) return 1;
  return Math.min(cores, count);
}

/**
 * Whether the files add up to `bytes` on disk; one that cannot be read counts as empty (its error
 * comes when it is read).
 */
function atLeastBytes(jobs: readonly ScoreJob[], bytes: number): boolean {
  let total = 0;
  for (const job of jobs) {
    total += sizeOnDisk(job.absolute);
    if (total >= bytes) return true;
  }
  return false;
}

function sizeOnDisk(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Every job read and scored, in the order of `jobs`, each outcome kept as `keep` says — made small
 * where it is scored, so that thousands of files cost little memory here and little time to send.
 */
export function scoreAll(
  ctx: Context,
  jobs: readonly ScoreJob[],
  rules: RuleSet,
  onStart: (index: number, job: ScoreJob) => void,
  keep: { readonly as: 'report' },
): Promise<Scored<UnpacedOutcome>[]>;
export function scoreAll(
  ctx: Context,
  jobs: readonly ScoreJob[],
  rules: RuleSet,
  onStart: (index: number, job: ScoreJob) => void,
  keep: { readonly as: 'summary'; readonly day: Day },
): Promise<Scored<SummaryOutcome>[]>;
export async function scoreAll(
  ctx: Context,
  jobs: readonly ScoreJob[],
  rules: RuleSet,
  onStart: (index: number, job: ScoreJob) => void,
  keep: Keep,
): Promise<Scored<Kept>[]> {
  const threads = threadsFor(jobs);
  const workers = existsSync(WORKER) ? threads - 1 : 0;
  const scored = new Array<Scored<Kept>>(jobs.length);
  const chunk = Math.max(1, Math.min(CHUNK, Math.floor(jobs.length / (threads * IN_FLIGHT))));
  let next = 0;
  // Whoever is free takes the next chunk: memory bounded by the runners, not the files.
  const take = () => {
    const first = next;
    next = Math.min(jobs.length, first + chunk);
    const slice = jobs.slice(first, next);
    slice.forEach((job, i) => onStart(first + i, job));
    return { first, slice };
  };
  const score = scorer(rules, ctx.lang, keep);
  const stored = storer(keep);
  const here = async () => {
    while (next < jobs.length) {
      const { first, slice } = take();
      for (const [i, job] of slice.entries()) {
        scored[first + i] = stored(await scoreFile(ctx, job.file, job.absolute, score));
        // The workers' results come in between two files, and their next chunks go out.
        if (workers > 0) await new Promise(setImmediate);
      }
    }
  };
  if (workers === 0) {
    await here();
    return scored;
  }

  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: WORKER,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: IN_FLIGHT,
  });
  const remote = async () => {
    while (next < jobs.length) {
      const { first, slice } = take();
      const task: ScoreTask = { jobs: slice, lang: ctx.lang, rules, keep };
      const results = (await pool.run(task)) as Scored<Kept>[];
      results.forEach((result, i) => (scored[first + i] = stored(result)));
    }
  };
  try {
    await Promise.all([here(), ...Array.from({ length: workers * IN_FLIGHT }, remote)]);
  } finally {
    await pool.destroy();
  }
  return scored;
}

/**
 * How a result is kept until the last file is scored: a summary's outcomes, thousands of them,
 * share what teachers have alike (summarySharer); a report's are shown and let go.
 */
function storer(keep: Keep): (result: Scored<Kept>) => Scored<Kept> {
  if (keep.as === 'report') return (result) => result;
  const share = summarySharer();
  // A summary keep makes summary outcomes (scorer in ./scoreWorker.ts).
  return (result) => ({ ...result, outcome: share(result.outcome as SummaryOutcome) });
}
