import { demoWorkbook, scoreWorkbook } from '../../src/core';
import type { SyncMeter } from '../../src/office/excel';
import { topLeftOf } from '../../src/office/address';
import { readWorkbook, rowsFromA1, selectCell } from '../../src/office/excel';
import type { SheetModel } from './fakeExcel';
import { fakeExcel } from './fakeExcel';

describe('readWorkbook', () => {
  it('reads the §8 workbook in 3 syncs (sheets, extents, values), and the core scores it 77', async () => {
    const excel = fakeExcel(demoWorkbook());
    const meter: SyncMeter = { syncs: 0 };
    const input = await readWorkbook(excel, meter);
    expect(meter.syncs).toBe(3);
    expect(excel.syncCount).toBe(3);
    const outcome = scoreWorkbook(input);
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('stays at 3 syncs however many sheets the workbook has', async () => {
    const excel = fakeExcel({
      sheets: { ...demoWorkbook().sheets, 其他: [['x']], 备用: [], 评分: [['old']] },
    });
    const input = await readWorkbook(excel);
    expect(excel.syncCount).toBe(3);
    expect(Object.keys(input.sheets)).not.toContain('其他');
    expect(Object.keys(input.sheets)).not.toContain('评分');
  });

  it('reads a sheet whose name differs only in spacing or width, as the core matches it', async () => {
    const { 谈心记录: talks, ...rest } = demoWorkbook().sheets;
    const excel = fakeExcel({ sheets: { ...rest, '谈心记录 ': talks ?? [] } });
    const outcome = scoreWorkbook(await readWorkbook(excel));
    expect(outcome.ok && outcome.score).toBe(77);
  });

  it('pads a used range that does not start at A1 back to rows from A1', async () => {
    const excel = fakeExcel({ sheets: { 学生名单: [] } });
    const sheet = excel.model.sheet('学生名单') as SheetModel;
    sheet.touch(2, 1).value = '学号';
    sheet.touch(3, 2).value = 'x';
    const input = await readWorkbook(excel);
    expect(input.sheets['学生名单']).toEqual([[], [], [null, '学号', ''], [null, '', 'x']]);
  });

  it('reads an empty sheet as no rows (getUsedRangeOrNullObject gives a null object)', async () => {
    const excel = fakeExcel({ sheets: { 基本信息: [] } });
    expect((await readWorkbook(excel)).sheets['基本信息']).toEqual([]);
  });

  it('does not read values before the sync that loads them', async () => {
    const excel = fakeExcel(demoWorkbook());
    const range = excel.workbook.worksheets.getItem('学生名单').getUsedRangeOrNullObject(true).load('values');
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await excel.sync();
    expect(range.values[0]?.[0]).toBe('学号');
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
  it('activates the sheet and selects the cell in one sync', async () => {
    const excel = fakeExcel(demoWorkbook());
    await selectCell(excel, '班会记录', 'B10');
    expect(excel.syncCount).toBe(1);
    expect(excel.model.selection).toEqual({ sheet: '班会记录', address: 'B10' });
    expect(excel.model.activeSheet).toBe('班会记录');
  });

  it('rejects when the sheet is gone, so the pane can say so', async () => {
    const excel = fakeExcel(demoWorkbook());
    await expect(selectCell(excel, '不存在', 'A1')).rejects.toThrow(/ItemNotFound/);
  });
});
