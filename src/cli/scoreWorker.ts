/**
 * One task of the scoring pool (./pool.ts), run in a worker thread: read and score one file.
 * Built to lib/scoreWorker.cjs beside the command line (scripts/build-cli.cjs).
 */
import type { Lang } from '../core/i18n/catalog';
import type { Scored } from './workbookFiles';
import { scoreFile } from './workbookFiles';
import { cliTranslator } from './io';

export interface ScoreTask {
  readonly file: string;
  readonly absolute: string;
  readonly lang: Lang;
}

const silent = { out: () => {}, err: () => {}, cwd: process.cwd() };

export default function scoreTask(task: ScoreTask): Promise<Scored> {
  return scoreFile({ io: silent, lang: task.lang, t: cliTranslator(task.lang) }, task.file, task.absolute);
}
