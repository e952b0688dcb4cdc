/**
 * The built pane's 汇总 tab in a real browser (see ./host/harness): workbooks picked with the file
 * input are read and graded in the page, and the summary workbook goes to
 * Excel.createWorkbook — nothing is sent anywhere else.
 */
import type { Page } from 'playwright-core';
import type { Outcome } from '../../src/core';
import { gradeCohort, scoreWorkbook } from '../../src/core';
import { readWorkbookBuffer } from '../../src/node/readXlsx';
import type { CohortFile } from '../taskpane/cohort';
import { cohortFile, threeClasses } from '../taskpane/cohort';
import { outsideRequests, paneForFile, screenshotPath } from './host/harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pane = paneForFile();

async function openSummary(): Promise<{ page: Page; requests: string[] }> {
  const opened = await pane.open();
  await opened.page.getByRole('tab', { name: '汇总' }).click();
  return opened;
}

async function pick(page: Page, files: readonly CohortFile[]): Promise<void> {
  await page
    .getByTestId('summary-files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
  await page.getByTestId('summary-quota').waitFor();
}

/** Each file's grade and tied mark as the pane shows them. */
function shownGrades(page: Page): Promise<Record<string, { grade: string | null; tied: string | null }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('li[data-file]')].map((row) => [
        row.getAttribute('data-file') ?? '',
        { grade: row.getAttribute('data-grade'), tied: row.getAttribute('data-tied') },
      ]),
    ),
  );
}

describe('the built pane’s 汇总 tab in chromium', () => {
  it('grades three picked workbooks as the core does and writes the summary to a new Excel workbook', async () => {
    const files = await threeClasses();
    const outcomes: Outcome[] = [];
    for (const f of files) outcomes.push(scoreWorkbook(await readWorkbookBuffer(f.bytes, f.name)));
    const cohort = gradeCohort(outcomes);
    expect(cohort.excellentQuota).toBe(0);

    const { page, requests } = await openSummary();
    await pick(page, files);
    expect(await page.getByTestId('summary-quota').textContent()).toBe(
      `优秀名额 ${cohort.excellentQuota} 名`,
    );
    expect(await shownGrades(page)).toEqual(
      Object.fromEntries(
        files.map((f, i) => [
          f.name,
          { grade: cohort.grades[i]?.grade ?? null, tied: String(cohort.grades[i]?.tiedAtCutoff) },
        ]),
      ),
    );
    expect(Object.values(await shownGrades(page)).map((g) => g.grade)).toEqual(['合格', '合格', '不合格']);

    await page.getByRole('button', { name: '写出汇总工作簿' }).click();
    await page.getByText('汇总工作簿已在新的 Excel 窗口中打开，请在那里保存。').waitFor();
    const created = await page.evaluate(() => window.__fakeExcel.createdWorkbooks());
    expect(created).toHaveLength(1);
    const summary = await readWorkbookBuffer(Buffer.from(created[0] ?? '', 'base64'), 'summary.xlsx');
    expect(Object.keys(summary.sheets)).toEqual([
      '汇总',
      '无法评分',
      '说明',
      '需要帮助',
      '基本要求达标',
      '分数分布',
    ]);
    expect(summary.sheets['汇总']?.slice(1).map((r) => [r[0], r[3], r[5], r[6]])).toEqual([
      ['会计2601.xlsx', '李老师', '合格', 77],
      ['会计2602.xlsx', '王老师', '合格', 74],
      ['会计2603.xlsx', '张老师', '不合格', null],
    ]);
    expect(outsideRequests(pane, requests)).toEqual([]);
    await page.close();
  });

  it('shows 优秀 within the places and a file that could not be scored (the guide’s screenshot)', async () => {
    const files = [
      ...(await threeClasses()),
      await cohortFile('会计2604.xlsx', { className: '会计2604', teacher: '赵老师', fewerMeetings: 2 }),
      { name: '会计2605.xls', bytes: Buffer.from('not a workbook') },
    ];
    const { page, requests } = await openSummary();
    await pick(page, files);
    expect(await page.getByTestId('summary-quota').textContent()).toBe('优秀名额 1 名');
    expect(await shownGrades(page)).toMatchObject({
      '会计2601.xlsx': { grade: '优秀', tied: 'false' },
      '会计2602.xlsx': { grade: '合格', tied: 'false' },
      '会计2603.xlsx': { grade: '不合格', tied: 'false' },
      '会计2604.xlsx': { grade: '合格', tied: 'false' },
    });
    expect(await page.getByRole('region', { name: '无法评分的文件（1 个）' }).textContent()).toContain(
      '会计2605.xls',
    );
    await page.screenshot({ path: screenshotPath('pane-summary.png'), fullPage: true });
    expect(outsideRequests(pane, requests)).toEqual([]);
    await page.close();
  });
});
