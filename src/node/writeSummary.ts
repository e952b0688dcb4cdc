/**
 * The counsellor's summary workbook (汇总) as .xlsx bytes, for the command line's `batch`
 * and the task pane's 汇总 tab alike. The layout is src/core/summaryTables.ts; this file only styles it.
 * No Node API: the pane loads it in its lazy .xlsx chunk (src/taskpane/xlsxChunk.ts).
 */
import { newExcelWorkbook } from './exceljs';
import type { Lang } from '../core/i18n/catalog';
import type { SummaryInput } from '../core/summaryTables';
import { summaryTables } from '../core/summaryTables';
import { collegeTables } from '../core/college';
import { HEADER_FILL } from '../core/template';
import { argb } from './writeXlsx';

/** The summary tables as an .xlsx: bold header, widths, frozen header, filter on the teachers' table. */
export async function writeSummary(input: SummaryInput, lang: Lang): Promise<Uint8Array> {
  const workbook = await newExcelWorkbook();
  workbook.creator = 'banzhuren';
  for (const [index, table] of [...summaryTables(input, lang), ...collegeTables(input, lang)].entries()) {
    const worksheet = workbook.addWorksheet(table.name);
    const hasHeader = table.header.some((h) => h !== '');
    if (hasHeader) worksheet.addRow([...table.header]);
    for (const row of table.rows) {
      const added = worksheet.addRow(row.map((v) => (v === undefined ? null : v)));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      });
    }
    table.widths.forEach((width, i) => (worksheet.getColumn(i + 1).width = width));
    if (hasHeader) {
      const header = worksheet.getRow(1);
      header.font = { bold: true };
      header.eachCell((cell) => {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL.required) } };
        cell.alignment = { vertical: 'middle', wrapText: true };
      });
      worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
      if (index === 0 && table.rows.length > 0) {
        worksheet.autoFilter = {
          from: { row: 1, column: 1 },
          to: { row: table.rows.length + 1, column: table.header.length },
        };
      }
    }
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
