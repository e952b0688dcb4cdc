/**
 * The built pane in a real browser (see ./host/harness): the score, selecting an issue's cell,
 * setting up an empty workbook.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, outsideRequests, paneForFile, screenshotPath } from './host/harness';

const pane = paneForFile();

const openPane = (fragment = '') => pane.open(fragment);

describe('the built pane in chromium', () => {
  it('has Debian’s chromium to run in', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });

  it('shows the demo workbook’s score 77, and requests nothing beyond 127.0.0.1', async () => {
    const { page, requests } = await openPane();
    await page.getByTestId('score').waitFor();
    expect(await page.getByTestId('score').textContent()).toBe('77 分');
    expect(await page.locator('[data-bonus="meetings"]').textContent()).toContain('+6 分');
    expect(await page.locator('[data-pace="meetings"]').textContent()).toContain(
      '已开 4 次，按计划应有 3 次',
    );
    await page.screenshot({ path: screenshotPath('pane-score.png'), fullPage: true });
    expect(outsideRequests(pane, requests)).toEqual([]);
    expect(requests).toContain(`${pane.origin}/office-js/office.js`);
    await page.close();
  });

  it('selects the cell of an error when it is clicked', async () => {
    const { page } = await openPane();
    await page.getByRole('button', { name: /班会记录 第 10 行 · 日期/ }).click();
    await page.waitForFunction(() => window.__fakeExcel.selection() !== null);
    expect(await page.evaluate(() => window.__fakeExcel.selection())).toEqual({
      sheet: '班会记录',
      address: 'B10',
    });
    expect(await page.evaluate(() => window.__fakeExcel.activeSheet())).toBe('班会记录');
    await page.close();
  });

  it('offers setup on an empty workbook and creates the sheets', async () => {
    const { page, requests } = await openPane('#empty');
    await page.getByTestId('welcome').getByRole('button', { name: '设置工作簿' }).click();
    await page.getByRole('button', { name: '创建工作表' }).waitFor();
    await page.screenshot({ path: screenshotPath('pane-setup.png'), fullPage: true });
    await page.getByLabel(/学期开始日期/).fill('2026-09-07');
    await page.getByRole('button', { name: '创建工作表' }).click();
    await page.getByText('完成。').waitFor();
    const names = await page.evaluate(() => window.__fakeExcel.sheetNames());
    expect(names).toEqual(
      expect.arrayContaining([
        '基本信息',
        '学生名单',
        '班会记录',
        '谈心记录',
        '谈话记录',
        '班级活动',
        '走访宿舍',
        '联系家长',
      ]),
    );
    expect(outsideRequests(pane, requests)).toEqual([]);
    await page.close();
  });
});
