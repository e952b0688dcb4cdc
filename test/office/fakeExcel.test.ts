/** The fake behaves like Office where the adapter depends on it; these pin that down. */
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
});
