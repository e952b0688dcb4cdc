import type { WorkbookInput } from '../../src/core';
import { demoWorkbook, scoreWorkbook } from '../../src/core';
import { topLeftOf } from '../../src/office/address';
import {
  CELLS_PER_SYNC,
  SheetHiddenError,
  readInputSheets,
  rowsFromA1,
  selectCell,
  setupWorkbook,
} from '../../src/office/excel';
import type { SheetModel } from './fakeExcel';
import { fakeExcel } from './fakeExcel';
import { supportsUpTo } from './helpers';

describe('readInputSheets', () => {
  it('reads the demo workbook in 3 syncs (sheets, extents, values), and the core scores it 77', async () => {
    const excel = fakeExcel(demoWorkbook());
    const input = (await readInputSheets(excel)).input;
    expect(excel.syncCount).toBe(3);
    const outcome = scoreWorkbook(input);
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('stays at 3 syncs however many sheets the workbook has', async () => {
    const excel = fakeExcel({
      sheets: { ...demoWorkbook().sheets, 其他: [['x']], 备用: [], 评分: [['old']] },
    });
    const input = (await readInputSheets(excel)).input;
    expect(excel.syncCount).toBe(3);
    expect(Object.keys(input.sheets)).not.toContain('其他');
    expect(Object.keys(input.sheets)).not.toContain('评分');
  });

  it('reads a sheet whose name differs only in spacing or width, as the core matches it', async () => {
    const { 谈心记录: talks, ...rest } = demoWorkbook().sheets;
    const excel = fakeExcel({ sheets: { ...rest, '谈心记录 ': talks ?? [] } });
    const outcome = scoreWorkbook((await readInputSheets(excel)).input);
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('pads a used range that does not start at A1 back to rows from A1', async () => {
    const excel = fakeExcel({ sheets: { 学生名单: [] } });
    const sheet = excel.model.sheet('学生名单') as SheetModel;
    sheet.touch(2, 1).value = '学号';
    sheet.touch(3, 2).value = 'x';
    const input = (await readInputSheets(excel)).input;
    expect(input.sheets['学生名单']).toEqual([[], [], [null, '学号', null], [null, null, 'x']]);
  });

  it('reads an empty sheet as no rows (getUsedRangeOrNullObject gives a null object)', async () => {
    const excel = fakeExcel({ sheets: { 基本信息: [] } });
    expect((await readInputSheets(excel)).input.sheets['基本信息']).toEqual([]);
  });

  it('does not read values before the sync that loads them', async () => {
    const excel = fakeExcel(demoWorkbook());
    const range = excel.workbook.worksheets.getItem('学生名单').getUsedRangeOrNullObject(true).load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await excel.sync();
    expect(range.values[0]?.[0]).toBe('学号');
  });
});

describe('a workbook with none of the template’s sheets', () => {
  it('is told apart: a new empty one, or one whose other sheets hold data', async () => {
    expect(
      (await readInputSheets(fakeExcel({ sheets: { Sheet1: [] } }))).input.otherSheetsHoldData,
    ).toBeUndefined();
    const budget = fakeExcel({ sheets: { 预算: [['项目', '金额']] } });
    expect((await readInputSheets(budget)).input).toEqual({ sheets: {}, otherSheetsHoldData: true });
    expect((await readInputSheets(fakeExcel(demoWorkbook()))).input.otherSheetsHoldData).toBeUndefined();
  });
});

describe('topLeftOf', () => {
  it.each([
    ['学生名单!A1:H11', 0, 0],
    ["'my sheet'!C5:D9", 4, 2],
    ["'a!b'!$AB$12", 11, 27],
  ])('finds the first cell of %s', (address, row, col) => {
    expect(topLeftOf(address)).toEqual({ row, col });
  });

  it('treats a null object as no rows', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const range = excel.workbook.worksheets
      .getItem('S')
      .getUsedRangeOrNullObject(true)
      .load('address,values');
    await excel.sync();
    expect(rowsFromA1(range)).toEqual([]);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the cell in 2 syncs (is the sheet visible; select)', async () => {
    const excel = fakeExcel(demoWorkbook());
    await selectCell(excel, '班会记录', 'B10');
    expect(excel.syncCount).toBe(2);
    expect(excel.model.selection).toEqual({ sheet: '班会记录', address: 'B10' });
    expect(excel.model.activeSheet).toBe('班会记录');
  });

  it('rejects when the sheet is gone, so the pane can say so', async () => {
    const excel = fakeExcel(demoWorkbook());
    await expect(selectCell(excel, '不存在', 'A1')).rejects.toThrow(/ItemNotFound/);
  });

  it('says a hidden sheet is hidden instead of failing to activate it (Excel cannot activate one)', async () => {
    const excel = fakeExcel(demoWorkbook());
    (excel.model.sheet('班会记录') as SheetModel).visibility = 'Hidden';
    await expect(selectCell(excel, '班会记录', 'B10')).rejects.toThrow(SheetHiddenError);
    expect(excel.model.selection).toBeNull();
  });
});

describe('reading past Excel on the web’s 5 MB limit', () => {
  const header = ['编号', '日期', '学号', '姓名', '地点', '时长（分钟）', '形式', '谈心内容'];
  const long = '学习与生活情况，'.repeat(12); // ≈ 290 bytes of UTF-8
  const talks = (count: number, cell: (i: number) => (string | number)[]) =>
    fakeExcel({
      sheets: {
        ...demoWorkbook().sheets,
        谈心记录: [header, ...Array.from({ length: count }, (_, i) => cell(i))],
      },
    });

  it('reads a sheet too big for one response in several syncs, all of it', async () => {
    const excel = talks(30_000, (i) => [i + 1, '2026-10-10', 'S01', '王小明', '办公室', 15, '个别', long]);
    expect(() => excel.countResponse((excel.model.sheet('谈心记录') as SheetModel).rows())).toThrow(/5 MB/);
    const input = (await readInputSheets(excel)).input;
    expect(excel.syncCount).toBeGreaterThan(3);
    expect(input.sheets['谈心记录']).toHaveLength(30_001);
    expect(input.sheets['谈心记录']?.[30_000]?.[0]).toBe(30_000);
  });

  it('reads again in smaller pieces when even one batch of long texts is over the limit', async () => {
    const longer = long.repeat(2);
    const excel = talks(3_000, (i) => [i + 1, ...Array<string>(7).fill(longer)]);
    const input = (await readInputSheets(excel)).input;
    expect(input.sheets['谈心记录']).toHaveLength(3_001);
    expect(input.sheets['谈心记录']?.[3_000]?.[7]).toBe(longer);
    // One band of CELLS_PER_SYNC such cells is ≈ 10 MB: it can only have been read in smaller pieces.
    expect(CELLS_PER_SYNC * 576).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('reads in smaller pieces too when Excel on the web calls the oversized response a GeneralException', async () => {
    const excel = talks(30_000, (i) => [i + 1, '2026-10-10', 'S01', '王小明', '办公室', 15, '个别', long]);
    excel.model.oversizeError = 'GeneralException';
    const input = (await readInputSheets(excel)).input;
    expect(input.sheets['谈心记录']).toHaveLength(30_001);
  });

  it('does not take a GeneralException on a small read for an oversized one', async () => {
    const excel = fakeExcel(demoWorkbook());
    excel.model.oversizeError = 'GeneralException';
    const sheet = excel.model.sheet('学生名单') as SheetModel;
    sheet.touch(0, 0).value = 'x'.repeat(6 * 1024 * 1024);
    await expect(readInputSheets(excel)).rejects.toThrow(/GeneralException/);
  });

  it('sets up a workbook whose template sheets are too big for one response, reading them in pieces', async () => {
    const excel = talks(30_000, (i) => [i + 1, '2026-10-10', 'S01', '王小明', '办公室', 15, '个别', long]);
    const report = await setupWorkbook(excel, undefined, { supports: supportsUpTo(9) });
    expect(report.sheets).toEqual([]);
    expect(excel.model.sheet('谈心记录')?.rows()).toHaveLength(30_001);
  });
});

describe('the 1904 date system', () => {
  /** The demo workbook as a Mac-made 1904 workbook holds it: every date a serial counted from 1904-01-01. */
  function demoIn1904(): WorkbookInput {
    const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1904, 0, 1)) / 86_400_000;
    const sheets = Object.fromEntries(
      Object.entries(demoWorkbook().sheets).map(([name, rows]) => [
        name,
        rows.map((row) =>
          row.map((cell) =>
            typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? serial(cell) : cell,
          ),
        ),
      ]),
    );
    return { sheets, date1904: true };
  }

  it('is found by asking Excel for DATE(2000,1,1) within the first sync, and dates read right', async () => {
    const excel = fakeExcel(demoIn1904());
    const input = (await readInputSheets(excel)).input;
    expect(input.date1904).toBe(true);
    expect(excel.syncCount).toBe(3);
    const outcome = scoreWorkbook(input);
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('is not assumed for an ordinary workbook', async () => {
    const input = (await readInputSheets(fakeExcel(demoWorkbook()))).input;
    expect(input.date1904).toBeUndefined();
  });
});
