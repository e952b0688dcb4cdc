/**
 * One task of the scoring pool (./pool.ts), run in a worker thread: read and score a few files,
 * one after another.
 * Built to lib/scoreWorker.cjs beside the command line (scripts/build-cli.cjs).
 */
import type { Day } from '../core/day';
import type { Lang } from '../core/i18n/catalog';
import type { RuleSet } from '../core/rules';
import type { Outcome } from '../core/score';
import type { SummaryOutcome } from '../core/summaryTables';
import { summaryOutcome } from '../core/summaryTables';
import type { Scored } from './workbookFiles';
import { scoreFile } from './workbookFiles';
import { cliTranslator } from './io';

export interface ScoreTask {
  readonly jobs: readonly { readonly file: string; readonly absolute: string }[];
  readonly lang: Lang;
  readonly rules: RuleSet;
  /** For a summary: the day it is made, and each outcome comes back as the summary keeps it. */
  readonly summaryDay: Day | null;
}

const silent = { out: () => {}, err: () => {}, cwd: process.cwd() };

export default async function scoreTask(task: ScoreTask): Promise<Scored<Outcome | SummaryOutcome>[]> {
  const ctx = { io: silent, lang: task.lang, t: cliTranslator(task.lang) };
  const scored: Scored<Outcome | SummaryOutcome>[] = [];
  for (const job of task.jobs)
    scored.push(shaped(await scoreFile(ctx, job.file, job.absolute, task.rules), task.summaryDay));
  return scored;
}

/** The outcome whole, or as a summary keeps it (the smaller message back to the main thread). */
export function shaped(scored: Scored, summaryDay: Day | null): Scored<Outcome | SummaryOutcome> {
  return summaryDay === null ? scored : { ...scored, outcome: summaryOutcome(scored.outcome, summaryDay) };
}
