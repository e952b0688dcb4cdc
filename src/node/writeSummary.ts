/**
 * The counsellor's summary workbook (汇总) as .xlsx bytes, for the command line's `batch`
 * and the task pane's 汇总 tab alike. The layout is src/core/summaryTables.ts and
 * src/core/college.ts; this file only styles it: bold, filled, frozen header, a filter on the
 * teachers' table, landscape pages one wide. It is written as it streams (./xlsx/tableWorkbook.ts),
 * so a folder of 10,000 teachers costs its compressed output (~0.6 MB), not the whole workbook
 * held uncompressed. No Node API: the pane loads it in its lazy .xlsx chunk (src/taskpane/xlsxChunk.ts).
 */
import type { Lang } from '../core/i18n/catalog';
import type { SummaryInput } from '../core/summaryTables';
import { summaryTables } from '../core/summaryTables';
import { collegeTables } from '../core/college';
import { DATE_TIME_FORMAT, HEADER_FILL } from '../core/template';
import { tableWorkbook } from './xlsx/tableWorkbook';

export function writeSummary(input: SummaryInput, lang: Lang): Uint8Array {
  const tables = [...summaryTables(input, lang), ...collegeTables(input, lang)];
  return tableWorkbook(
    tables.map((table, index) => {
      const hasHeader = table.header.some((h) => h !== '');
      return {
        name: table.name,
        widths: table.widths,
        header: hasHeader ? table.header : null,
        filter: hasHeader && index === 0 && table.rows.length > 0,
        rows: table.rows,
      };
    }),
    {
      creator: 'banzhuren',
      created: input.computedAt,
      headerFill: HEADER_FILL.required,
      dateFormat: DATE_TIME_FORMAT,
    },
  );
}
