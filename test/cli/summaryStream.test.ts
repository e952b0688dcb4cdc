import { readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { gradeCohort } from '../../src/core/cohort';
import { localDay } from '../../src/core/day';
import { DEFAULT_RULE_SET } from '../../src/core/rules';
import { scoreWorkbook } from '../../src/core/score';
import type { SummaryInput } from '../../src/core/summaryTables';
import { summaryOutcome } from '../../src/core/summaryTables';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { readWorkbookFile } from '../../src/node/readXlsxFile';
import { writeSummary, writeSummaryStreamed } from '../../src/node/writeSummary';
import { FIXTURES } from './helpers';

/** batch writes its summary as it streams (src/node/writeSummary.ts); the pane writes it whole. */

async function input(): Promise<SummaryInput> {
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

async function layout(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((w) => ({
    name: w.name,
    views: w.views,
    autoFilter: w.autoFilter,
    widths: w.columns.map((c) => c.width),
    pageSetup: w.pageSetup,
    headerFont: w.getRow(1).font,
    headerFill: w.getRow(1).getCell(1).fill,
    formats: w.getRow(2).values,
  }));
}

describe('the summary workbook batch writes as it streams', () => {
  it('holds the same cells, sheets, widths, frozen header, filter and print setup as the one written whole', async () => {
    const summary = await input();
    const [streamed, whole] = await Promise.all([
      writeSummaryStreamed(summary, 'zh-CN'),
      writeSummary(summary, 'zh-CN'),
    ]);
    expect(await readWorkbookBuffer(streamed, 'streamed')).toEqual(await readWorkbookBuffer(whole, 'whole'));
    const streamedLayout = await layout(streamed);
    expect(streamedLayout).toEqual(await layout(whole));
    expect(streamedLayout[0]?.autoFilter).toBeTruthy();
  });
});
