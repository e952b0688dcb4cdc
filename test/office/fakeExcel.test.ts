/** The fake behaves like Office where the adapter depends on it; these pin that down. */
import type { ApiChangedEvent } from '../../src/office/api';
import { fakeExcel } from './fakeExcel';

describe('the Excel fake', () => {
  it('runs queued writes only on sync', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    excel.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
    expect(excel.model.sheet('S')?.cell(0, 0)).toBeUndefined();
    await excel.sync();
    expect(excel.model.sheet('S')?.cell(0, 0)?.value).toBe('x');
  });

  it('refuses to read a property that was not loaded', async () => {
    const excel = fakeExcel({ sheets: { S: [['a']] } });
    const range = excel.workbook.worksheets.getItem('S').getRange('A1');
    await excel.sync();
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
  });

  it('answers isNullObject only after a sync', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const missing = excel.workbook.worksheets.getItemOrNullObject('T');
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    await excel.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it('drops the rest of a batch after a failing command, like Office', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const sheet = excel.workbook.worksheets.getItem('S');
    sheet.getRange('A1').values = [['before']];
    sheet.getRange('A1:B1').values = [['only one']];
    sheet.getRange('A2').values = [['after']];
    await expect(excel.sync()).rejects.toThrow(/InvalidArgument/);
    expect(excel.model.sheet('S')?.rows()).toEqual([['before']]);
  });

  it('leaves a cell unchanged where the values array holds null', async () => {
    const excel = fakeExcel({ sheets: { S: [['keep', '']] } });
    excel.workbook.worksheets.getItem('S').getRange('A1:B1').values = [[null, 'new']];
    await excel.sync();
    expect(excel.model.sheet('S')?.rows()).toEqual([['keep', 'new']]);
  });

  it('refuses a rule over cells that already have one, until they are cleared', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const sheet = excel.workbook.worksheets.getItem('S');
    sheet.getRange('A1:A10').dataValidation.rule = { wholeNumber: { operator: 'GreaterThan', formula1: 0 } };
    await excel.sync();
    sheet.getRange('A5:A20').dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: 0 } };
    await expect(excel.sync()).rejects.toThrow(/already has data validation/);
    const range = sheet.getRange('A5:A20');
    range.dataValidation.clear();
    range.dataValidation.rule = { decimal: { operator: 'GreaterThan', formula1: 0 } };
    await excel.sync();
    expect(excel.model.sheet('S')?.validations.map((v) => [v.rect.row, v.rect.rows])).toEqual([
      [0, 4],
      [4, 16],
    ]);
  });

  it('refuses prompts and alerts longer than Excel allows', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    excel.workbook.worksheets.getItem('S').getRange('A1').dataValidation.prompt = {
      showPrompt: true,
      title: 't',
      message: 'x'.repeat(256),
    };
    await expect(excel.sync()).rejects.toThrow(/more than 255/);
  });

  it('refuses to add a sheet or a name that exists, ignoring case', async () => {
    const excel = fakeExcel({ sheets: { Sheet1: [] } });
    excel.workbook.worksheets.add('SHEET1');
    await expect(excel.sync()).rejects.toThrow(/ItemAlreadyExists/);
    excel.workbook.names.add('起点', '=Sheet1!$A$1');
    await excel.sync();
    excel.workbook.names.add('起点', '=Sheet1!$B$1');
    await expect(excel.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });

  it('counts every sync', async () => {
    const excel = fakeExcel();
    await excel.sync();
    await excel.sync();
    expect(excel.syncCount).toBe(2);
  });

  it('converts strings written through values as Excel does, unless the cell is formatted as text', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const sheet = excel.workbook.worksheets.getItem('S');
    sheet.getRange('A2').numberFormat = [['@']];
    sheet.getRange('A1:E1').values = [['007', '2026-10-05 14:30', '+86 138', '3-12', '王老师']];
    sheet.getRange('A2').values = [['007']];
    await excel.sync();
    const cells = excel.model.sheet('S');
    expect([0, 1, 2, 3, 4].map((c) => cells?.cell(0, c)?.value)).toEqual([
      7,
      46300 + 14.5 / 24,
      0,
      46093,
      '王老师',
    ]);
    expect(cells?.cell(0, 2)?.formula).toBe('=+86 138');
    expect(cells?.cell(1, 0)?.value).toBe('007');
  });

  it('gives conditional formats their position as id: a rule added on top shifts the others', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const sheet = excel.workbook.worksheets.getItem('S');
    sheet.getRange('A1').conditionalFormats.add('Custom').custom.rule.formula = '=1';
    await excel.sync();
    const before = sheet.getRange().conditionalFormats.load('items/id');
    await excel.sync();
    sheet.getRange('B1').conditionalFormats.add('Custom').custom.rule.formula = '=2';
    sheet
      .getRange()
      .conditionalFormats.getItem(before.items[0]?.id ?? '')
      .delete();
    await excel.sync();
    expect(excel.model.sheet('S')?.conditionalFormats.map((f) => f.formula)).toEqual(['=1']);
  });

  it('raises a write’s change event after its batch, so a switch of enableEvents inside the batch hides nothing', async () => {
    const excel = fakeExcel({ sheets: { S: [] } });
    const heard: ApiChangedEvent[] = [];
    excel.workbook.worksheets.onChanged.add(async (event) => void heard.push(event));
    await excel.sync();
    excel.runtime.enableEvents = false;
    excel.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
    excel.runtime.enableEvents = true;
    await excel.sync();
    expect(heard.map((e) => e.triggerSource)).toEqual(['ThisLocalAddin']);
  });

  it('gives events no triggerSource below ExcelApi 1.14', async () => {
    const excel = fakeExcel({ sheets: { S: [] } }, 13);
    const heard: ApiChangedEvent[] = [];
    excel.workbook.worksheets.onChanged.add(async (event) => void heard.push(event));
    await excel.sync();
    await excel.user.enter('S', 'A1', [['x']]);
    expect(heard).toEqual([
      { worksheetId: excel.model.sheet('S')?.id, address: 'A1', changeType: 'RangeEdited', source: 'Local' },
    ]);
  });

  it('refuses every write on a protected sheet, and activating a hidden one', async () => {
    const excel = fakeExcel({ sheets: { S: [], H: [] } });
    (excel.model.sheet('S') as { protected: boolean }).protected = true;
    excel.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
    await expect(excel.sync()).rejects.toThrow(/AccessDenied/);
    excel.workbook.worksheets.getItem('S').getRange('A1').format.font.bold = true;
    await expect(excel.sync()).rejects.toThrow(/AccessDenied/);
    (excel.model.sheet('H') as { visibility: string }).visibility = 'Hidden';
    excel.workbook.worksheets.getItem('H').activate();
    await expect(excel.sync()).rejects.toThrow(/hidden/);
  });

  it('refuses a date rule bounded by a bare serial, and a date before a 1904 workbook begins', async () => {
    const excel = fakeExcel({ sheets: { S: [] }, date1904: true });
    const dv = excel.workbook.worksheets.getItem('S').getRange('A1').dataValidation;
    dv.rule = { date: { operator: 'Between', formula1: '1', formula2: '2958465' } };
    await expect(excel.sync()).rejects.toThrow(/bound/);
    dv.rule = { date: { operator: 'Between', formula1: '1900-01-01', formula2: '9999-12-31' } };
    await expect(excel.sync()).rejects.toThrow(/before 1904-01-01/);
    dv.rule = { date: { operator: 'Between', formula1: '1904-01-01', formula2: '=B1' } };
    await excel.sync();
  });
});
