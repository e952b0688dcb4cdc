/**
 * The counsellor's summary workbook (汇总) as .xlsx bytes, for the command line's `batch`
 * and the task pane's 汇总 tab alike. The layout is src/core/summaryTables.ts; this file only styles it.
 * No Node API in `writeSummary`: the pane loads it in its lazy .xlsx chunk (src/taskpane/xlsxChunk.ts).
 */
import type ExcelJS from 'exceljs';
import { newExcelWorkbook } from './exceljs';
import type { Lang } from '../core/i18n/catalog';
import type { SummaryInput } from '../core/summaryTables';
import { summaryTables } from '../core/summaryTables';
import { collegeTables } from '../core/college';
import { HEADER_FILL } from '../core/template';
import { argb } from './writeXlsx';

/** The summary tables as an .xlsx (./addSummarySheets below). */
export async function writeSummary(input: SummaryInput, lang: Lang): Promise<Uint8Array> {
  const workbook = await newExcelWorkbook();
  addSummarySheets(workbook, input, lang, false);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * {@link writeSummary} for the command line, the same workbook written as it streams: each row
 * is turned into XML and compressed as it is added, so 10,000 teachers cost a few megabytes of
 * output instead of ~200 MB of exceljs's cells held until the end.
 */
export async function writeSummaryStreamed(input: SummaryInput, lang: Lang): Promise<Uint8Array> {
  const loaded = await import('exceljs');
  const { PassThrough } = await import(/* webpackIgnore: true */ 'node:stream');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => out.on('end', resolve).on('error', reject));
  const workbook = new (loaded.default ?? loaded).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: true,
  });
  addSummarySheets(workbook, input, lang, true);
  await workbook.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Every table as a sheet: bold header, widths, frozen header, filter on the teachers' table. What a
 * streaming sheet writes before its rows is set before the first row; with `commit`, each row is
 * written out once styled.
 */
function addSummarySheets(
  workbook: ExcelJS.Workbook,
  input: SummaryInput,
  lang: Lang,
  commit: boolean,
): void {
  workbook.creator = 'banzhuren';
  for (const [index, table] of [...summaryTables(input, lang), ...collegeTables(input, lang)].entries()) {
    const hasHeader = table.header.some((h) => h !== '');
    // Given when the sheet is added: a streaming sheet only reads them then.
    const worksheet = workbook.addWorksheet(table.name, {
      views: hasHeader ? [{ state: 'frozen', xSplit: 0, ySplit: 1 }] : [],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    table.widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    if (hasHeader && index === 0 && table.rows.length > 0) {
      worksheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: table.rows.length + 1, column: table.header.length },
      };
    }
    if (hasHeader) {
      const header = worksheet.addRow([...table.header]);
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL.required) } };
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
      if (commit) header.commit();
    }
    for (const row of table.rows) {
      const added = worksheet.addRow(row.map((v) => (v === undefined ? null : v)));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
      if (commit) added.commit();
    }
    if (commit) worksheet.commit();
  }
}
