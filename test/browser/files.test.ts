/**
 * The built pane's 新建与打印 tab in chromium (see ./host/harness): each action loads the .xlsx
 * chunk on demand, builds the workbook in the browser and hands it to Excel.createWorkbook, which
 * the fake records. The files are read back here with the CLI's reader.
 */
import type { Page } from 'playwright-core';
import type { WorkbookInput } from '../../src/core';
import { demoWorkbook } from '../../src/core';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import { FORM_TITLES } from '../forms/helpers';
import { outsideRequests, paneForFile, screenshotPath } from './host/harness';

const pane = paneForFile();

/** Waits for the pane's n-th Excel.createWorkbook and reads that workbook. */
async function created(page: Page, n: number): Promise<WorkbookInput> {
  await page.waitForFunction((count) => window.__fakeExcel.createdWorkbooks().length >= count, n);
  const base64 = (await page.evaluate(() => window.__fakeExcel.createdWorkbooks()))[n - 1] ?? '';
  return readWorkbookBuffer(Buffer.from(base64, 'base64'), `created-${n}.xlsx`);
}

const infoOf = (input: WorkbookInput) =>
  new Map((input.sheets['基本信息'] ?? []).map((row) => [row[0], row[1] ?? null]));

/** Rows as the reader returns them: trailing blank cells dropped. */
const withoutTrailingBlanks = (rows: readonly (readonly unknown[])[] | undefined) =>
  (rows ?? []).map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] ?? null) === null) out.pop();
    return out;
  });

const isChunk = (url: string) => /\/(xlsx|\d+)\.[0-9a-f]{8}\.js$/.test(url);

describe('新建与打印 in the built pane', () => {
  it('opens next term’s workbook (term 2, same roster), loading exceljs only when asked', async () => {
    const { page, requests } = await pane.open();
    await page.getByTestId('score').waitFor();
    await page.getByRole('tab', { name: '新建与打印' }).click();
    // Chunks the score panel loaded (the pacing charts) are not the .xlsx code.
    const before = requests.filter(isChunk).length;

    await page.getByRole('button', { name: '生成下学期工作簿' }).click();
    const next = await created(page, 1);
    const info = infoOf(next);
    expect([info.get('学年度'), info.get('学期')]).toEqual(['2026-2027', '第二学期']);
    expect(next.sheets['学生名单']).toEqual(withoutTrailingBlanks(demoWorkbook().sheets['学生名单']));
    await page
      .getByRole('status')
      .getByText(/2026-2027 第二学期/)
      .waitFor();
    expect(requests.filter(isChunk).length).toBeGreaterThan(before);

    await page.screenshot({ path: screenshotPath('pane-files.png'), fullPage: true });
    expect(outsideRequests(pane, requests)).toEqual([]);
    await page.close();
  });

  it('opens a blank workbook and the printable forms, the open workbook untouched', async () => {
    const { page } = await pane.open();
    await page.getByTestId('score').waitFor();
    const before = await page.evaluate(() => window.__fakeExcel.sheetNames());
    await page.getByRole('tab', { name: '新建与打印' }).click();

    await page.getByRole('button', { name: '新建空白工作簿' }).click();
    const blank = await created(page, 1);
    expect(Object.keys(blank.sheets)).toContain('学生名单');
    expect(blank.sheets['班会记录']).toHaveLength(1);

    await page.getByRole('button', { name: '生成记录表' }).click();
    const forms = await created(page, 2);
    expect(Object.keys(forms.sheets)).toEqual(FORM_TITLES);
    await page
      .getByRole('status')
      .getByText(/共 15 页/)
      .waitFor();
    expect(await page.evaluate(() => window.__fakeExcel.sheetNames())).toEqual(before);
    await page.close();
  });
});
