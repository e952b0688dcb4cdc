import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gradeCohort } from '../../src/core/cohort';
import { localDay } from '../../src/core/day';
import { DEFAULT_RULE_SET } from '../../src/core/rules';
import { scoreWorkbook } from '../../src/core/score';
import type { SummaryInput } from '../../src/core/summaryTables';
import { summaryOutcome } from '../../src/core/summaryTables';
import { readWorkbookFile } from '../../src/node/readXlsxFile';
import { FIXTURES } from '../cli/helpers';

/** A summary of the random fixture folder (scored and failed files), as `batch` would write it. */
export async function summaryInput(): Promise<SummaryInput> {
  const computedAt = new Date(2026, 10, 4, 9, 30);
  const folder = path.join(FIXTURES, 'random');
  const names = readdirSync(folder).filter((f) => f.endsWith('.xlsx'));
  const files = await Promise.all(
    names.map(async (file) => ({
      file,
      outcome: summaryOutcome(
        scoreWorkbook(await readWorkbookFile(path.join(folder, file))),
        localDay(computedAt),
      ),
    })),
  );
  return {
    folder: 'random',
    files,
    cohort: gradeCohort(files.map((f) => f.outcome)),
    rules: DEFAULT_RULE_SET,
    computedAt,
  };
}
