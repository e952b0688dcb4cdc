/**
 * The Office host itself (src/office/host.ts) over the Excel fake as its office.js: its queue,
 * its feature gating, the options it runs batches with, and what it tells the teacher.
 */
import { DEFAULT_RULE_SET, demoWorkbook, scoreWorkbook } from '../../src/core';
import type { WorkbookChange } from '../../src/host/contract';
import { officeHost } from '../../src/office/host';
import type { SheetModel } from './fakeExcel';
import { fakeExcel, fakeOffice } from './fakeExcel';

function hostOver(version = 19) {
  const excel = fakeExcel(demoWorkbook(), version);
  const host = officeHost(DEFAULT_RULE_SET, 'zh-CN', fakeOffice(excel));
  return { excel, host, sheet: (name: string) => excel.model.sheet(name) as SheetModel };
}

describe('the Office host', () => {
  it('waits while the teacher is editing a cell (delayForCellEdit), then reads what she typed', async () => {
    const { excel, host } = hostOver();
    await host.read();
    await excel.user.enter('班会记录', 'B5', [['2030-03-01']]);
    excel.user.startEditing();
    let done = false;
    const read = host.read([
      { kind: 'cells', worksheetId: excel.model.sheet('班会记录')?.id ?? '', address: 'B5' },
    ]);
    void read.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    excel.user.stopEditing();
    const input = await read;
    expect(input.sheets['班会记录']?.[4]?.[1]).toBe('2030-03-01');
  });

  it('on ExcelApi 1.9 (no triggerSource), writing 评分 or setting up raises no change to re-read', async () => {
    const { host } = hostOver(9);
    const changes: WorkbookChange[] = [];
    const stop = await host.watch?.((change) => changes.push(change));
    const outcome = scoreWorkbook(await host.read());
    if (!outcome.ok) throw new Error('the demo workbook scores');
    await host.writeScore(outcome, 'zh-CN');
    await host.setup({ major: '会计学' });
    expect(changes).toEqual([]);
    await stop?.();
  });

  it('has no marks, events or new windows where Excel lacks their APIs', () => {
    const old = hostOver(7).host;
    expect(old.mark).toBeUndefined();
    expect(old.watch).toBeUndefined();
    expect(old.openWorkbook).toBeUndefined();
    expect(hostOver(19).host.keepsUndo).toBe(true);
    expect(hostOver(18).host.keepsUndo).toBe(false);
  });

  it('says in the catalogue’s words that marking stopped, once', async () => {
    const { host, sheet } = hostOver();
    sheet('班会记录').protected = true;
    const outcome = scoreWorkbook(await host.read());
    await expect(host.mark?.(outcome.issues)).rejects.toThrow(/本次打开窗格期间不再标记/);
    await expect(host.mark?.(outcome.issues)).resolves.toBeUndefined();
  });

  it('says a hidden sheet is hidden, and how to show it, when asked to select a cell on it', async () => {
    const { host, sheet } = hostOver();
    sheet('班会记录').visibility = 'Hidden';
    await expect(host.select('班会记录', 'B10')).rejects.toThrow(/已隐藏.*取消隐藏/);
  });
});
