/**
 * Checks as the teacher types, in the built pane (see ./host/harness): a date typed into 班会记录
 * raises Excel's change event in the fake, and the pane lists the error and marks the cell without
 * a refresh once marking is switched on; fixing it clears both.
 */
import { MARK_STYLE } from '../../src/office/marks';
import { paneForFile } from './host/harness';

const pane = paneForFile();

describe('the built pane as the teacher types', () => {
  it('lists and marks an out-of-term date typed into 班会记录, and clears both once fixed', async () => {
    const { page } = await pane.open();
    await page.getByTestId('score').waitFor();
    // This fake Excel has API 1.9, whose add-in writes clear the undo history: marking starts off.
    const marks = page.getByRole('switch', { name: '在工作表中标出问题单元格' });
    expect(await marks.isChecked()).toBe(false);
    await marks.click();
    const row5 = page.getByRole('button', { name: /班会记录 第 5 行 · 日期/ });
    expect(await row5.count()).toBe(0);

    await page.evaluate(() => window.__fakeExcel.type('班会记录', 'B5', '2030-03-01'));
    // With row 10's date already outside the term, the two rows are one group, opened on demand.
    await page.getByRole('button', { name: /日期不在本学期 · 2 行/ }).click();
    await row5.waitFor();
    expect(await page.evaluate(() => window.__fakeExcel.fill('班会记录', 4, 1))).toBe(MARK_STYLE.error.fill);

    await page.evaluate(() => window.__fakeExcel.type('班会记录', 'B5', '2026-10-20'));
    await row5.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.__fakeExcel.fill('班会记录', 4, 1))).toBeNull();
    await page.close();
  });
});
