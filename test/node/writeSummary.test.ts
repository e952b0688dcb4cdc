import ExcelJS from 'exceljs';
import { collegeTables } from '../../src/core/college';
import type { CellValue } from '../../src/core/input';
import type { SummaryInput, SummaryTable } from '../../src/core/summaryTables';
import { summaryTables } from '../../src/core/summaryTables';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { writeSummary } from '../../src/node/writeSummary';
import { tableWorkbook } from '../../src/node/xlsx/tableWorkbook';
import { summaryInput } from './summaryInput';

/**
 * The summary workbook is written by hand as it streams (src/node/xlsx/tableWorkbook.ts). exceljs,
 * which wrote it before, is the oracle: the same tables written with it read back to the same
 * cells, and exceljs reads our file's layout as the one it would have written.
 */

/** The tables written cell by cell with exceljs. */
async function withExcelJs(tables: readonly SummaryTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name);
    if (table.header.some((h) => h !== '')) sheet.addRow([...table.header]);
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === undefined ? null : v)));
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the summary workbook', () => {
  let input: SummaryInput;
  let bytes: Uint8Array;
  beforeAll(async () => {
    input = await summaryInput();
    bytes = writeSummary(input, 'zh-CN');
  });

  it('holds the cells of every summary and college table, read back as exceljs’s own file', async () => {
    const tables = [...summaryTables(input, 'zh-CN'), ...collegeTables(input, 'zh-CN')];
    const ours = await readWorkbookBuffer(bytes, 'ours');
    expect(ours).toEqual(await readWorkbookBuffer(await withExcelJs(tables), 'exceljs'));
    expect(Object.keys(ours.sheets)).toEqual(tables.map((t) => t.name));
  });

  it('has a bold, filled, frozen header, the widths, a filter on the teachers and landscape pages one wide', async () => {
    const workbook = await loaded(bytes);
    const [teachers, failed, about] = workbook.worksheets;
    if (!teachers || !failed || !about) throw new Error('three sheets at least');
    const rows = summaryTables(input, 'zh-CN')[0]?.rows.length ?? 0;
    expect(teachers.autoFilter).toBe(`A1:P${rows + 1}`);
    expect(failed.autoFilter).toBeUndefined();
    for (const sheet of [teachers, failed]) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
      expect(sheet.getRow(1).getCell(1).fill).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: 'FFBDD7EE' },
      });
      expect(sheet.getRow(2).font?.bold).toBeFalsy();
    }
    expect(teachers.columns.map((c) => c.width)).toEqual(summaryTables(input, 'zh-CN')[0]?.widths);
    expect(teachers.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    // 说明 has no header: nothing frozen, and 计算时间 shows as a date and time.
    expect(about.views[0]?.state).not.toBe('frozen');
    const computedAt = about.getRow(2).getCell(2);
    expect(computedAt.value).toBeInstanceOf(Date);
    expect(computedAt.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(workbook.creator).toBe('banzhuren');
  });
});

describe('a table written as it streams', () => {
  const tricky: CellValue[] = [
    'a & b <c> "d" \'e\'',
    '  leading and trailing  ',
    'two\nlines',
    'bell\u0007 and \ud800 alone',
    '班主任 😀',
    0,
    -1.5,
    1e21,
    true,
    false,
    { error: '#N/A' },
    null,
    undefined,
    '',
    'last',
  ];

  it('keeps text XML cannot escape wrongly, numbers, booleans, errors and gaps, and drops what XML cannot carry', async () => {
    const bytes = tableWorkbook(
      [{ name: "O'Brien & 班", widths: [10], header: ['甲', '乙'], filter: true, rows: [tricky] }],
      { creator: 'x', created: new Date(0), headerFill: '#BDD7EE', dateFormat: 'yyyy-mm-dd' },
    );
    const read = await readWorkbookBuffer(bytes, 'tricky');
    const expected = tricky.map((v) =>
      v === undefined || v === '' ? null : v === 'bell\u0007 and \ud800 alone' ? 'bell and  alone' : v,
    );
    expect(read.sheets["O'Brien & 班"]).toEqual([['甲', '乙'], expected]);
    expect((await loaded(bytes)).getWorksheet("O'Brien & 班")?.autoFilter).toBe('A1:O2');
  });

  it('writes a table far longer than one batch of text whole', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`第${i + 1}行 & <更多>`, i, i % 2 === 0]);
    const bytes = tableWorkbook([{ name: '长', widths: [], header: null, filter: false, rows }], {
      creator: 'x',
      created: new Date(0),
      headerFill: '#BDD7EE',
      dateFormat: 'yyyy-mm-dd',
    });
    expect((await readWorkbookBuffer(bytes, 'long')).sheets['长']).toEqual(rows);
  });
});
