/**
 * Reads and scores many files on every core: a pool of worker threads (tinypool), each reading one
 * file at a time, so at most a few workbooks are in memory whatever the number of files; results
 * come back in the order of the files. A few files, a one-core machine, or the sources run without
 * a build (no lib/scoreWorker.cjs beside this code) score in this thread, one after another.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Scored } from './workbookFiles';
import { scoreFile } from './workbookFiles';
import type { Context } from './io';
import type { ScoreTask } from './scoreWorker';

export interface ScoreJob {
  /** The file as the user names it in the output. */
  readonly file: string;
  readonly absolute: string;
}

/** Where the built worker sits: beside the built command line (lib/cli.cjs). */
const WORKER = path.join(__dirname, 'scoreWorker.cjs');

/** Below this many files a worker's start (loading the bundle) costs more than it saves. */
const POOL_FROM = 8;

/** Threads for `count` files: every core, none idle; BANZHUREN_THREADS overrides (1 = no pool). */
export function threadsFor(count: number): number {
  const asked = Number(process.env.BANZHUREN_THREADS);
  if (Number.isInteger(asked) && asked > 0) return Math.min(asked, count);
  return count < POOL_FROM ? 1 : Math.min(os.availableParallelism(), count);
}

export async function scoreAll(
  ctx: Context,
  jobs: readonly ScoreJob[],
  onStart: (index: number, job: ScoreJob) => void,
): Promise<Scored[]> {
  const threads = threadsFor(jobs.length);
  if (threads === 1 || !existsSync(WORKER)) {
    const scored: Scored[] = [];
    for (const [i, job] of jobs.entries()) {
      onStart(i, job);
      scored.push(await scoreFile(ctx, job.file, job.absolute));
    }
    return scored;
  }

  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: WORKER, minThreads: threads, maxThreads: threads });
  const scored = new Array<Scored>(jobs.length);
  let next = 0;
  // Each runner takes the next file when its last is done: no more files in flight than threads.
  const runner = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index] as ScoreJob;
      onStart(index, job);
      const task: ScoreTask = { file: job.file, absolute: job.absolute, lang: ctx.lang };
      scored[index] = (await pool.run(task)) as Scored;
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, runner));
  } finally {
    await pool.destroy();
  }
  return scored;
}
