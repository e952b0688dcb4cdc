/**
 * One task of the scoring pool (./pool.ts), run in a worker thread: read and score a few files,
 * one after another, keeping of each outcome what the command shows.
 * Built to lib/scoreWorker.cjs beside the command line (scripts/build-cli.cjs).
 */
import type { Day } from '../core/day';
import type { Lang } from '../core/i18n/catalog';
import type { WorkbookInput } from '../core/input';
import type { RuleSet } from '../core/rules';
import type { UnpacedOutcome } from '../core/score';
import { scoreWithoutProgress, scoreWorkbook } from '../core/score';
import type { SummaryOutcome } from '../core/summaryTables';
import { summaryOutcome } from '../core/summaryTables';
import type { ScoreJob } from './pool';
import type { Scored } from './workbookFiles';
import { scoreFile } from './workbookFiles';
import { cliTranslator } from './io';

/**
 * What a command keeps of each outcome: `score` all but the week-by-week progress, which it never
 * shows; a summary (`batch`) the counts and the minimums behind the calendar on the day it is made.
 */
export type Keep = { readonly as: 'report' } | { readonly as: 'summary'; readonly day: Day };

/** What comes back of a file: see {@link Keep}. */
export type Kept = UnpacedOutcome | SummaryOutcome;

export interface ScoreTask {
  readonly jobs: readonly ScoreJob[];
  readonly lang: Lang;
  readonly rules: RuleSet;
  readonly keep: Keep;
}

const silent = { out: () => {}, err: () => {}, cwd: process.cwd() };

export default async function scoreTask(task: ScoreTask): Promise<Scored<Kept>[]> {
  const ctx = { io: silent, lang: task.lang, t: cliTranslator(task.lang) };
  const score = scorer(task.rules, task.lang, task.keep);
  const scored: Scored<Kept>[] = [];
  for (const job of task.jobs) scored.push(await scoreFile(ctx, job.file, job.absolute, score));
  return scored;
}

/** Scores a workbook and keeps of the outcome what `keep` asks for. */
export function scorer(rules: RuleSet, lang: Lang, keep: Keep): (input: WorkbookInput) => Kept {
  const options = { rules, lang };
  if (keep.as === 'summary') return (input) => summaryOutcome(scoreWorkbook(input, options), keep.day);
  return (input) => scoreWithoutProgress(input, options);
}
